"""The synthetic training sentences: markup, ANERcorp conventions, and the shipped files."""

from collections import Counter

import pytest

from rasd.ner import synthetic
from rasd.ner.synthetic import MarkupError, conform, parse_line, read_marked


def _ents(sent):
    out, cur = [], None
    for w, t in sent + [("", "O")]:
        if t.startswith("B-") or t == "O":
            if cur:
                out.append((cur[0], " ".join(cur[1])))
            cur = [t[2:], [w]] if t.startswith("B-") else None
        else:
            cur[1].append(w)
    return out


def test_a_marked_match_report_becomes_anercorp_tokens_and_tags():
    line = ("وسجل للفريق المهاجم الكرواتي [PER إيفان ليوبيسيتش] ( 25 ) و[PER راموس] ( 71 ) ، "
            "ليقود [ORG ريال مدريد] إلى نهائي [MISC كأس العالم للأندية] في «[LOC طوكيو]».")
    sent = parse_line(line)
    assert _ents(sent) == [("PERS", "إيفان ليوبيسيتش"), ("PERS", "وراموس"),
                           ("ORG", "ريال مدريد"), ("MISC", "كأس العالم للأندية"), ("LOC", "طوكيو")]
    words = [w for w, _ in sent]
    # punctuation is split off as ANERcorp does, the conjunction stays on the name
    assert words[-4:] == ["«", "طوكيو", "»", "."] and "،" in words and "وراموس" in words


@pytest.mark.parametrize("line", [
    "قال [PER جون سميث إن الاتفاق",
    "قال جون] سميث",
    "زار [PER كوفي] أنان [LOC نيويورك]ية",
])
def test_broken_markup_is_an_error_and_skipped_in_files(line, tmp_path):
    with pytest.raises(MarkupError):
        parse_line(line)
    f = tmp_path / "x.txt"
    f.write_text(line + "\nوصل [PER بلير] إلى [LOC بغداد] .\n", encoding="utf-8")
    assert [_ents(s) for s in read_marked(f)] == [[("PERS", "بلير"), ("LOC", "بغداد")]]


def test_conform_applies_the_training_splits_habits():
    stats = Counter()
    cases = {
        # ministries and armies are not entities in ANERcorp
        "وأعلنت [ORG وزارة الداخلية العراقية] أن [ORG الجيش الأمريكي] قتل مسلحين .": [],
        # head words stay outside the name they introduce
        "وقالت [ORG شركة نوكيا] إن مبيعاتها ارتفعت ، بحسب صحيفة [ORG يديعوت أحرونوت] .":
            [("ORG", "نوكيا"), ("ORG", "يديعوت أحرونوت")],
        # a head before a common word makes a description, mostly untagged in ANERcorp
        "ونقلت [ORG وكالة الأنباء القطرية] عن [ORG الشركة السعودية للكهرباء] الخبر .": [],
        # a place keeps its name after the head word
        "هبطت الطائرة في [LOC مطار الخرطوم] مساء أمس .": [("LOC", "الخرطوم")],
        # other entities are untouched
        "التقى [PER عمرو موسى] وفد [ORG الأمم المتحدة] في [LOC القاهرة] .":
            [("PERS", "عمرو موسى"), ("ORG", "الأمم المتحدة"), ("LOC", "القاهرة")],
    }
    for line, want in cases.items():
        assert _ents(conform(parse_line(line), stats=stats)) == want, line
    assert stats["drop ORG"] == 2 and stats["strip head ORG"] == 1 and stats["drop descriptive ORG"] == 2
    assert stats["strip head LOC"] == 1


@pytest.mark.skipif(not synthetic.available(),
                    reason="needs the source tree's data/ner/synthetic")
def test_every_shipped_line_reads_and_the_set_is_large_and_varied():
    shipped = synthetic.files()
    assert len(shipped) >= 13
    for f in shipped:
        lines = [x for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        for line in lines:
            parse_line(line)  # raises on any broken line
    sents = synthetic.load()
    assert len(sents) >= 7000
    ents = Counter(t[2:] for s in sents for _, t in s if t.startswith("B-"))
    assert ents["PERS"] > 10000 and ents["ORG"] > 3000 and ents["LOC"] > 3000 and ents["MISC"] > 1500
    names = {" ".join(w for w, t in s[a:b]) for s in sents
             for a, b in _spans([t for _, t in s], "PERS")}
    assert len(names) > 7000
    # no sentence keeps a ministry as an organization after conforming
    assert not any(w in ("وزارة", "لوزارة", "ووزارة") and t == "B-ORG" for s in sents for w, t in s)


def _spans(tags, typ):
    i = 0
    while i < len(tags):
        if tags[i] == "B-" + typ:
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + typ:
                j += 1
            yield i, j
            i = j
        else:
            i += 1


def test_align_leaves_untagged_the_names_anercorp_would_not_tag():
    # in this stand-in for ANERcorp, كأس and الحزب begin no name while برشلونة does
    real = [[("شارك", "O"), ("في", "O"), ("كأس", "O"), ("العالم", "O")]] * 5 + \
           [[("وقال", "O"), ("الحزب", "O"), ("إن", "O"), ("أوروبا", "B-LOC")]] * 5 + \
           [[("فاز", "O"), ("برشلونة", "B-ORG"), ("على", "O"), ("آسيا", "B-LOC")]] * 5
    sent = parse_line("وفاز [ORG برشلونة] بلقب [MISC كأس آسيا] ، وهنأه [ORG الحزب الديمقراطي] .")
    out = synthetic.align([sent], real, min_count=5)
    assert _ents(out[0]) == [("ORG", "برشلونة")]
    # with inner_loc a place inside the untagged name stays a place, as ANERcorp tags it
    out = synthetic.align([sent], real, min_count=5, inner_loc=True)
    assert _ents(out[0]) == [("ORG", "برشلونة"), ("LOC", "آسيا")]
    # too rare in the real data to say: kept as written
    assert synthetic.align([sent], real[:3], min_count=5) == [sent]

"""The entities component: the tagger's spans cut to the name, completed by the gazetteers."""

from rasd.article import Article
from rasd.components.entities import _complete_to_names, create


def _ents(text: str) -> set[tuple[str, str]]:
    art = create()(Article(text))
    for e in art.entities:
        assert text[e.start:e.end] == e.text
    return {(e.label, e.text) for e in art.entities}


def test_names_are_completed_to_the_whole_known_name():
    found = _ents("حسم ريال مدريد قمة الكرة الإسبانية أمام ضيفه برشلونة على ملعبه، فيما خفض البنك "
                  "المركزي المصري أسعار الفائدة، وقال جيروم باول إن التضخم يتراجع، وخفض بنك الشعب "
                  "الصيني نسبة الاحتياطي، وارتفع منسوب النيل الأزرق في السودان.")
    assert ("ORG", "ريال مدريد") in found and ("LOC", "مدريد") not in found
    assert ("ORG", "البنك المركزي المصري") in found
    assert ("ORG", "بنك الشعب الصيني") in found
    assert ("LOC", "النيل الأزرق") in found and ("LOC", "السودان") in found
    assert ("PER", "جيروم باول") in found


def test_a_nisba_after_a_club_stays_outside_and_titles_are_not_added():
    found = _ents("وتأهل الأهلي المصري إلى النهائي بعد فوزه على الترجي التونسي، وهنأ الملك عبدالله "
                  "الثاني المنتخب الأردني.")
    assert ("ORG", "الأهلي") in found and ("ORG", "الترجي") in found
    assert not any("المصري" in t or "التونسي" in t for _, t in found)
    assert not any(t.startswith("الملك") for _, t in found)


def test_a_name_that_begins_like_a_proclitic_keeps_its_first_letter():
    # ك of كاليفورنيا and ب of باسم are letters of the name, not "like" and "with"
    found = _ents("وضربت حرائق غابات ولاية كاليفورنيا، وقال القيادي في حماس باسم نعيم إن الحركة "
                  "ترفض الخطة، فيما وصل الوفد إلى لبنان وبكين.")
    assert ("LOC", "كاليفورنيا") in found
    assert ("PER", "باسم نعيم") in found
    assert ("LOC", "لبنان") in found and ("LOC", "بكين") in found


def test_complete_to_names_rules():
    match = [(), ("m=B-ORG",), ("m=I-ORG",), ("m=I-ORG",), ()]
    no_nisba = [""] * 5
    # the tagger's partial span grows to the whole name to its right
    assert _complete_to_names([(1, 2, "ORG"), (2, 3, "LOC")], match, no_nisba) == [(1, 4, "ORG")]
    # a span that starts inside the name is not moved left over its first words
    assert _complete_to_names([(2, 4, "ORG")], match, no_nisba) == [(2, 4, "ORG")]
    # a span reaching outside the name is left alone
    assert _complete_to_names([(1, 5, "ORG")], match, no_nisba) == [(1, 5, "ORG")]
    # a span of another class than the name's is left alone
    assert _complete_to_names([(1, 2, "PER")], match, no_nisba) == [(1, 2, "PER")]
    # only nisbas would be added: no change, unless the name starts with a head noun (البنك)
    nisba = ["", "", "nisba", "nisba", ""]
    assert _complete_to_names([(1, 2, "ORG")], match, nisba) == [(1, 2, "ORG")]
    nisba[1] = "head"
    assert _complete_to_names([(1, 2, "ORG")], match, nisba) == [(1, 4, "ORG")]


def test_a_place_head_that_is_part_of_the_name_is_kept():
    found = _ents("ودخلت شاحنات المساعدات إلى قطاع غزة عبر معبر رفح، فيما ارتفع منسوب نهر النيل "
                  "في مدينة الخرطوم، وهبطت الطائرة في مطار بيروت.")
    assert ("LOC", "قطاع غزة") in found and ("LOC", "معبر رفح") in found
    assert ("LOC", "نهر النيل") in found and ("LOC", "مطار بيروت") in found
    # an administrative unit's head stays outside
    assert ("LOC", "الخرطوم") in found and ("LOC", "مدينة الخرطوم") not in found


def test_named_things_the_gazetteers_know_are_added_as_misc():
    found = _ents("وتستضيف قطر بطولة كأس العالم للأندية، فيما تعثرت مفاوضات تطبيق اتفاق أوسلو، "
                  "وأطلقت الشركة هاتف آيفون 15 في دبي.")
    assert any(lab == "MISC" and "كأس العالم" in t for lab, t in found)
    assert ("MISC", "اتفاق أوسلو") in found and ("LOC", "أوسلو") not in found
    assert ("LOC", "قطر") in found and ("LOC", "دبي") in found


def test_add_named_things_only_where_the_tagger_found_nothing():
    from rasd.components.entities import _add_named_things

    match = [(), ("m=B-MISC",), ("m=I-MISC",), ("m=B-MISC", "m=B-ORG"), ("m=I-MISC", "m=I-ORG")]
    words = ["في", "حرب", "الخليج", "x", "y"]
    assert _add_named_things([], match, words) == [(1, 3, "MISC")]  # ORG-or-MISC names are not
    # a place inside an event's name gives way to the event; another span stays
    assert _add_named_things([(2, 3, "LOC")], match, words) == [(1, 3, "MISC")]
    assert _add_named_things([(1, 2, "PER")], match, words) == [(1, 2, "PER")]
    assert _add_named_things([(2, 3, "LOC")], match, ["في", "مدينة", "x", "y", "z"]) == [(2, 3, "LOC")]

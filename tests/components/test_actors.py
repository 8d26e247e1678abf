"""Actors: ids from the knowledge base, grouping inside an article, titles, capitals as governments.

Entities are built by hand so that these tests do not depend on the tagger."""

from __future__ import annotations

from rasd.article import Article
from rasd.components.actors import Actors
from rasd.kb import KnowledgeBase, skeleton, slug
from rasd.records import Entity

TEXT = (
    "التقى وزير الخارجية الأردني أيمن الصفدي نظيره الروسي سيرغي لافروف في موسكو، الأحد. "
    "وقال الصفدي إن عمان تدعم الحل السياسي، فيما قالت موسكو إن الحوار مستمر. "
    "وأكد الوزير أن حركة المقاومة الإسلامية حماس مدعوة إلى الاجتماع، وأن الحركة وافقت. "
    "وقال المتحدث باسم البلدية سامر الخوالدة إن الخوالدة سيحضر، وإن الأمم المتحدة ترحب بذلك."
)


def entity(text: str, surface: str, label: str, occurrence: int = 1) -> Entity:
    i = -1
    for _ in range(occurrence):
        i = text.index(surface, i + 1)
    return Entity(i, i + len(surface), surface, label)


def run(text: str, spec: list[tuple]) -> Article:
    art = Article(text, published="2024-05-01")
    art.entities = [entity(text, *s) for s in spec]
    return Actors()(art)


def by_text(art: Article) -> dict[str, list]:
    out: dict[str, list] = {}
    for e in art.entities:
        out.setdefault(e.text, []).append(e)
    return out


def test_knowledge_base_ids_and_canonical_names():
    art = run(TEXT, [("أيمن الصفدي", "PER"), ("سيرغي لافروف", "PER"), ("موسكو", "LOC"), ("الأمم المتحدة", "ORG")])
    e = by_text(art)
    assert e["أيمن الصفدي"][0].id == "actor:ayman-safadi"
    assert e["سيرغي لافروف"][0].id == "actor:sergey-lavrov"
    assert e["موسكو"][0].id == "place:moscow"
    assert e["الأمم المتحدة"][0].id == "actor:united-nations"
    assert all(x.name for xs in e.values() for x in xs)


def test_surname_acronym_and_long_form_share_one_id():
    art = run(TEXT, [("أيمن الصفدي", "PER"), ("الصفدي", "PER", 2), ("حركة المقاومة الإسلامية", "ORG"), ("حماس", "ORG")])
    e = by_text(art)
    assert e["الصفدي"][0].id == e["أيمن الصفدي"][0].id
    assert e["حماس"][0].id == e["حركة المقاومة الإسلامية"][0].id == "actor:hamas"


def test_unknown_person_gets_a_derived_id_shared_by_the_surname_and_across_articles():
    art = run(TEXT, [("سامر الخوالدة", "PER"), ("الخوالدة", "PER", 2)])
    e = by_text(art)
    assert e["الخوالدة"][0].id == e["سامر الخوالدة"][0].id
    assert e["الخوالدة"][0].name == "سامر الخوالدة"
    other = "وقال سامر الخوالدة للصحفيين إن المياه ستعود غدا."
    art2 = run(other, [("سامر الخوالدة", "PER")])
    assert art2.entities[0].id == e["سامر الخوالدة"][0].id


def test_titles_refer_back_to_the_named_actor():
    art = run(TEXT, [("أيمن الصفدي", "PER"), ("حركة المقاومة الإسلامية", "ORG"), ("حماس", "ORG")])
    actors = {a["id"]: a for a in art.fields["actors"]}
    safadi = [m["text"] for m in actors["actor:ayman-safadi"]["mentions"]]
    assert "الوزير" in safadi
    hamas = [m["text"] for m in actors["actor:hamas"]["mentions"]]
    assert "الحركة" in hamas


def test_capital_that_acts_stands_for_its_government_but_a_place_does_not():
    art = run(TEXT, [("موسكو", "LOC"), ("عمان", "LOC"), ("موسكو", "LOC", 2)])
    first, amman, second = art.entities
    assert "stands_for" not in first.extra  # في موسكو
    assert second.extra["stands_for"] == "actor:government-ru"  # قالت موسكو
    assert amman.id == "place:amman" and amman.extra["stands_for"] == "actor:government-jo"


def test_spelling_variants_find_one_entry():
    kb = KnowledgeBase.load()
    assert kb.lookup("الإمارات")[0].id == kb.lookup("الامارات")[0].id == "place:ae"
    assert kb.lookup("بوتن")[0].id == kb.lookup("بوتين")[0].id
    assert kb.lookup("الولايات المتحدة الأميركية")[0].id == kb.lookup("الولايات المتحدة الأمريكية")[0].id == "place:us"
    assert kb.nisba_country("الأردنية") == "place:jo"
    assert kb.nisba_country("الفرنسي") == "place:fr"


def test_knowledge_base_covers_every_un_member_state():
    kb = KnowledgeBase.load()
    countries = [e for e in kb.entries.values() if e.kind == "country"]
    assert len(countries) >= 193
    for name in ("الأردن", "مصر", "فرنسا", "البرازيل", "توفالو", "جنوب السودان"):
        assert kb.lookup(name), name


def test_derived_ids_are_ascii_and_spelling_tolerant():
    assert slug("سامر الخوالدة").isascii()
    assert skeleton("فلاديمير بوتين") == skeleton("فلاديمير بوتن")

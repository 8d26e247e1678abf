"""The pipeline checks what each component needs when it is built."""

from __future__ import annotations

import pytest

import rasd
from rasd.article import Article
from rasd.errors import PipelineError
from rasd.pipeline import Pipeline


class Marker:
    """A stand-in component that records that it ran."""

    def __init__(self, name, requires=(), provides=()):
        self.name, self.requires, self.provides = name, tuple(requires), tuple(provides)

    def __call__(self, article):
        article.annotations.setdefault("ran", []).append(self.name)
        return article


def test_components_run_in_declared_order():
    p = Pipeline([Marker("a", provides=["entities"]), Marker("b", requires=["entities", "tokens"])])
    art = p.process("قال الوزير إن الوضع مستقر.")
    assert art.annotations["ran"] == ["a", "b"]


def test_missing_requirement_fails_at_build_naming_what_is_missing():
    with pytest.raises(PipelineError) as e:
        Pipeline([Marker("quotes", requires=["entities"]), Marker("ner", provides=["entities"])])
    msg = str(e.value)
    assert "'quotes' needs entities" in msg
    assert "tokens" in msg  # names what is present


def test_unknown_component_names_the_known_ones():
    with pytest.raises(PipelineError, match="unknown component 'nope'"):
        Pipeline(["nope"])


def test_extract_returns_article_with_contract_record():
    art = rasd.extract("وقال الرئيس إن الاقتصاد يتعافى. وأضاف أن البطالة تراجعت.", published="2024-01-15", title="اقتصاد")
    assert isinstance(art, Article)
    d = art.to_dict()
    assert d["published"] == "2024-01-15" and d["title"] == "اقتصاد"
    assert len(d["sentences"]) == 2


def test_published_accepts_datetimes_and_rejects_nonsense():
    assert Article("نص", published="2024-03-05T10:11:12+03:00").published == "2024-03-05"
    with pytest.raises(rasd.RasdError, match="calendar date"):
        Article("نص", published="2024-02-30")


BATCH = [
    ("أعلنت وزارة الخارجية المصرية في القاهرة أن الوزير سامح شكري سيزور عمان الأحد المقبل "
     "للقاء نظيره الأردني أيمن الصفدي وبحث التطورات في قطاع غزة.", {"published": "2025-05-18"}),
    ("وقال الرئيس الفرنسي إيمانويل ماكرون للصحفيين في باريس إن فرنسا ستعترف بدولة فلسطين، "
     "مشيرا إلى أن القرار سيعلن في نيويورك خلال أعمال الجمعية العامة للأمم المتحدة.", {}),
    ("", {}),
    ("ونقلت وكالة رويترز عن مسؤول في وزارة الدفاع الأمريكية قوله إن واشنطن أرسلت 1200 جندي "
     "إضافي إلى المنطقة. وأكد المتحدث باسم البنتاغون أن الخطوة دفاعية. وأضاف أن ماكرون "
     "اتصل بالرئيس جو بايدن.", {}),
]


def test_a_batch_gives_each_article_the_records_it_gets_alone():
    # rasd extract runs articles through the pipeline in batches (one tagger call for all);
    # each article's record must be exactly what it gets when processed on its own
    p = rasd.pipeline.default_pipeline()
    together = p.process_many(BATCH)
    alone = [p(Article(text, **meta)) for text, meta in BATCH]
    assert [a.to_dict() for a in together] == [a.to_dict() for a in alone]
    assert any(e["label"] == "PER" for e in together[1].to_dict()["entities"])


class FailsOn:
    """A component that raises a domain error on articles containing a word."""

    name, requires, provides = "fails", (), ("x",)

    def __init__(self, word):
        self.word = word

    def __call__(self, article):
        if self.word in article.text:
            raise PipelineError(f"cannot handle {self.word}")
        article.annotations["ok"] = True
        return article

    def pipe(self, articles):
        return [self(a) for a in articles]


def test_an_error_in_a_batch_lands_on_its_article_only():
    p = Pipeline(["entities", FailsOn("رويترز")])
    out = p.process_many(BATCH)
    assert isinstance(out[3], PipelineError) and "رويترز" in str(out[3])
    for a in (out[0], out[1], out[2]):
        assert isinstance(a, Article) and a.annotations["ok"]
    # the articles redone one by one carry their entities once, not twice
    assert out[0].to_dict()["entities"] == p(Article(*BATCH[0][:1], **BATCH[0][1])).to_dict()["entities"]

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

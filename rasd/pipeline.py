"""The pipeline: components run in an order declared here, each stating what it
needs and what it adds.

A component is any object with ``name``, ``requires``, ``provides`` and
``__call__(article) -> article``; it may add ``pipe(articles) -> articles`` to
process several articles at once (the entity tagger does: batching is most of
its speed on short articles). Requirements are checked when the pipeline is
built, so a pipeline that cannot run fails before the first article with a
message naming what is missing and what is present.

Components are registered by import path and imported only when a pipeline
uses them; models load lazily on first call, once per process (a Spark worker
builds one pipeline and reuses it).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

from rasd.article import Article
from rasd.errors import PipelineError, RasdError

__all__ = ["Component", "Pipeline", "DEFAULT_COMPONENTS", "REGISTRY", "BASE_PROVIDES", "default_pipeline"]

#: What every article has before any component runs: the text layer.
BASE_PROVIDES: tuple[str, ...] = ("text", "tokens", "sentences")


@runtime_checkable
class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


#: Component name -> "module:factory". The factory takes no arguments.
REGISTRY: dict[str, str] = {
    "entities": "rasd.components.entities:create",
    "times": "rasd.components.times:create",
    "quantities": "rasd.components.quantities:create",
    "actors": "rasd.components.actors:create",
    "quotes": "rasd.components.quotes:create",
    "events": "rasd.components.events:create",
}

#: The order the default pipeline runs its components in: the one place it is declared.
DEFAULT_COMPONENTS: tuple[str, ...] = ("entities", "actors", "times", "quantities", "quotes", "events")


def register(name: str, target: str) -> None:
    """Make a component available by name; ``target`` is ``"module:factory"``."""
    REGISTRY[name] = target


def _create(name: str) -> Component:
    target = REGISTRY.get(name)
    if target is None:
        known = ", ".join(sorted(REGISTRY)) or "none"
        raise PipelineError(f"unknown component {name!r}", hint=f"known components: {known}")
    module, _, attr = target.partition(":")
    factory = getattr(importlib.import_module(module), attr)
    comp = factory()
    if not isinstance(comp, Component):
        raise PipelineError(f"component {name!r} ({target}) lacks name/requires/provides/__call__")
    return comp


class Pipeline:
    """Components in order, checked at construction."""

    def __init__(self, components: Sequence[str | Component] | None = None) -> None:
        names_or_comps = DEFAULT_COMPONENTS if components is None else components
        self.components: list[Component] = [c if not isinstance(c, str) else _create(c) for c in names_or_comps]
        present = list(BASE_PROVIDES)
        for comp in self.components:
            missing = [r for r in comp.requires if r not in present]
            if missing:
                raise PipelineError(
                    f"component {comp.name!r} needs {', '.join(missing)}, which no earlier component provides",
                    hint=f"present before it: {', '.join(present)}; add the component that provides it earlier",
                )
            present.extend(p for p in comp.provides if p not in present)
        self.provides = tuple(present)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"

    def __call__(self, article: Article) -> Article:
        for comp in self.components:
            article = comp(article)
        return article

    def process(self, text: str, **meta: Any) -> Article:
        return self(Article(text, **meta))

    def pipe(self, articles: Iterable[Article]) -> Iterable[Article]:
        for article in articles:
            yield self(article)

    def process_many(self, items: Sequence[tuple[str, dict[str, Any]]]) -> list[Article | RasdError]:
        """Articles built from ``(text, meta)`` pairs and run through the pipeline together.

        Components with a ``pipe`` method get the whole batch. When the batch
        fails with a :class:`RasdError`, each article is built again and run on
        its own, so the error lands on the article that caused it and the rest
        of the batch is unaffected; the result holds the error in its place.
        """
        if len(items) > 1:
            try:
                arts = [Article(text, **meta) for text, meta in items]
                for comp in self.components:
                    pipe = getattr(comp, "pipe", None)
                    arts = pipe(arts) if pipe is not None else [comp(a) for a in arts]
                return list(arts)
            except RasdError:
                pass  # find the article at fault: run them one by one
        out: list[Article | RasdError] = []
        for text, meta in items:
            try:
                out.append(self(Article(text, **meta)))
            except RasdError as e:
                out.append(e)
        return out


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The default pipeline, built once per process."""
    return Pipeline()

"""Helpers the components share for relating records to tokens."""

from __future__ import annotations

from rasd.article import Article
from rasd.records import Entity
from rasd.text.tokenize import Token


def entity_index(article: Article, toks: list[Token]) -> tuple[dict[int, Entity], dict[int, Entity]]:
    """For a run of tokens (a sentence): which entity starts at each token position, and
    which entity covers it. Positions are indices into ``toks``."""
    entity_at: dict[int, Entity] = {}
    in_entity: dict[int, Entity] = {}
    if not toks:
        return entity_at, in_entity
    lo, hi = toks[0].start, toks[-1].end
    k = 0
    for e in sorted((e for e in article.entities if e.end > lo and e.start < hi), key=lambda e: e.start):
        while k < len(toks) and toks[k].end <= e.start:
            k += 1
        j = k
        while j < len(toks) and toks[j].start < e.end:
            in_entity[j] = e
            if j == k:
                entity_at[j] = e
            j += 1
    return entity_at, in_entity

"""The records components add to an article (../CONTRACT.md, "The article record").

Each record is a small dataclass whose :meth:`to_dict` gives its JSON shape.
Offsets are code-point offsets into the article text; ``text[start:end]``
equals the record's ``text`` (for a quote, its ``content``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class SpanRef:
    """A span that an argument of a record points at: a speaker, a place, ..."""

    start: int
    end: int
    text: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "id": self.id}


def _opt(ref: SpanRef | None) -> dict[str, Any] | None:
    return ref.to_dict() if ref is not None else None


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC, MISC
    id: str | None = None
    name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {"start": self.start, "end": self.end, "text": self.text, "label": self.label, "id": self.id, "name": self.name}
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    content: str
    direct: bool
    cue: str | None
    speaker: SpanRef | None = None
    via: SpanRef | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "start": self.start,
            "end": self.end,
            "content": self.content,
            "direct": self.direct,
            "cue": self.cue,
            "speaker": _opt(self.speaker),
            "via": _opt(self.via),
        }
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | int
    unit: str | None = None
    approximate: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "approximate": self.approximate,
        }
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Time:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Event:
    start: int
    end: int
    text: str
    type: str  # a PLOVER type
    mode: str | None = None
    negated: bool = False
    source: SpanRef | None = None
    target: SpanRef | None = None
    time: str | None = None
    location: SpanRef | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "mode": self.mode,
            "negated": self.negated,
            "source": _opt(self.source),
            "target": _opt(self.target),
            "time": self.time,
            "location": _opt(self.location),
        }
        d.update(self.extra)
        return d


LABELS = ("PER", "ORG", "LOC", "MISC")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

"""The article: the text exactly as given, its views, tokens and sentences, and
the records components add. :meth:`Article.to_dict` is the contract record."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from typing import Any

from rasd.errors import InvalidDateError
from rasd.records import Entity, Event, Quantity, Quote, Time
from rasd.text.clitics import CLITIC, match_from_clitic
from rasd.text.normalize import MATCH, Normalization, NormalizedView, normalize_view
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import Token, tokenize

SCHEMA = 1

_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_published(value: Any) -> str | None:
    """A publication date as ``YYYY-MM-DD``, from a date, a datetime or an ISO string.

    Raises :class:`~rasd.errors.InvalidDateError` for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = _DATE_PREFIX.match(value.strip())
        if m:
            try:
                return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                pass
    raise InvalidDateError(
        f"published date {str(value)[:40]!r} is not a calendar date",
        hint="use YYYY-MM-DD, e.g. 2023-03-16",
    )


def text_id(text: str) -> str:
    """The default article id: the SHA-256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Article:
    """One article. The text is never modified; everything else points into it."""

    def __init__(
        self,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        published: Any = None,
    ) -> None:
        if not isinstance(text, str):
            raise TypeError(f"article text must be str, not {type(text).__name__}")
        self.text = text
        self.id = str(id) if id not in (None, "") else text_id(text)
        self.title = title
        self.url = url
        self.source = source
        self.published = parse_published(published)
        self.entities: list[Entity] = []
        self.quotes: list[Quote] = []
        self.quantities: list[Quantity] = []
        self.times: list[Time] = []
        self.events: list[Event] = []
        #: Top-level record fields components add beyond the five lists (e.g. ``actors``),
        #: serialized after them in insertion order.
        self.fields: dict[str, Any] = {}
        #: Free-form data components leave for later ones (not serialized).
        self.annotations: dict[str, Any] = {}
        self._views: dict[str, NormalizedView] = {}
        self._tokens: list[Token] | None = None
        self._sentences: list[tuple[int, int, int, int]] | None = None

    def __repr__(self) -> str:
        return f"Article(id={self.id[:12]!r}, chars={len(self.text)}, published={self.published!r})"

    # --- the text layer, built on first use ---------------------------------

    def view(self, normalization: Normalization = MATCH) -> NormalizedView:
        """The text under ``normalization``, with a map back to original offsets."""
        v = self._views.get(normalization.name)
        if v is None:
            if normalization is MATCH:
                v = match_from_clitic(self.view(CLITIC))  # one character for one: same map
            else:
                v = normalize_view(self.text, normalization)
            self._views[normalization.name] = v
        return v

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self.text, self.view(CLITIC))
        return self._tokens

    @property
    def sentence_spans(self) -> list[tuple[int, int, int, int]]:
        """Sentences as (start, end, first token, last token exclusive)."""
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.tokens)
        return self._sentences

    @property
    def sentences(self) -> list[list[int]]:
        return [[s, e] for s, e, _, _ in self.sentence_spans]

    def sentence_tokens(self) -> list[list[Token]]:
        """The tokens of each sentence."""
        toks = self.tokens
        return [toks[a:b] for _, _, a, b in self.sentence_spans]

    # --- the record ----------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The article record of the contract (schema 1)."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published,
            "text": self.text,
            "sentences": self.sentences,
            "entities": [r.to_dict() for r in self.entities],
            "quotes": [r.to_dict() for r in self.quotes],
            "quantities": [r.to_dict() for r in self.quantities],
            "times": [r.to_dict() for r in self.times],
            "events": [r.to_dict() for r in self.events],
            **self.fields,
        }

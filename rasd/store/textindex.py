"""What the full-text index holds, how a user's query becomes safe FTS5, and snippets.

The index never sees the raw text. Each word is reduced to its *stem*: the
MATCH normalization (hamza, alef, ya, taa marbuta folded; diacritics and
tatweel gone) without proclitics, article and enclitic, so العراق, والعراق
and بالعراق are one term. A second column holds each stem's spelling
skeleton (:func:`rasd.kb.skeleton`: long vowels inside the word dropped), so
الأمريكية finds الأميركية. A query goes through the same two reductions and
matches either column.

User queries are parsed here, never handed to FTS5: every term is rebuilt
from word characters and double-quoted, so no string can reach the FTS5 or
SQL grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.errors import QueryError
from rasd.kb import skeleton
from rasd.text.tokenize import LATIN, NUMBER, WORD, Token, tokenize

__all__ = ["index_terms", "stem_of", "skel_of", "ParsedQuery", "parse_query", "snippet", "shingles"]

_INDEXED = (WORD, NUMBER, LATIN)
#: Longest query accepted, in characters.
MAX_QUERY_CHARS = 500
#: Most terms (words of all phrases) in one query.
MAX_QUERY_TERMS = 32


def stem_of(tok: Token) -> str:
    """The indexed form of a token: normalized, without clitics or article, lower case."""
    return (tok.stem_norm or tok.base_norm or tok.norm).lower()


@lru_cache(maxsize=200_000)
def skel_of(stem: str) -> str:
    return skeleton(stem) or stem


def index_terms(text: str, tokens: list[Token] | None = None) -> list[str]:
    """The stems of ``text``'s words, in order."""
    if tokens is None:
        tokens = tokenize(text) if text else []
    return [s for s in (stem_of(t) for t in tokens if t.kind in _INDEXED) if s]


def shingles(terms: list[str], n: int = 5) -> list[bytes]:
    """Word n-grams of ``terms`` (the whole text when shorter), UTF-8 encoded for MinHash."""
    if len(terms) <= n:
        return [" ".join(terms).encode("utf-8")] if terms else []
    return [" ".join(terms[i : i + n]).encode("utf-8") for i in range(len(terms) - n + 1)]


# --- queries ----------------------------------------------------------------------

_QUERY_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+)|(?P<quote>")')


@dataclass
class ParsedQuery:
    """A user query: groups OR-ed together, each an AND of phrases; phrases to exclude."""

    groups: list[list[list[str]]] = field(default_factory=list)
    exclude: list[list[str]] = field(default_factory=list)

    def stems(self) -> set[str]:
        return {s for g in self.groups for phrase in g for s in phrase}

    def fts(self) -> str:
        """The FTS5 MATCH expression; every term is a double-quoted string of word characters."""

        def phrase(stems: list[str]) -> str:
            plain = " ".join(stems)
            skel = " ".join(skel_of(s) for s in stems)
            return f'({{title body}} : "{plain}" OR skel : "{skel}")'

        ors = ["(" + " AND ".join(phrase(p) for p in g) + ")" for g in self.groups]
        expr = " OR ".join(ors)
        if len(ors) > 1:
            expr = f"({expr})"
        for p in self.exclude:
            expr += f" NOT {phrase(p)}"
        return expr


def _stems(chunk: str) -> list[str]:
    return index_terms(chunk)


def parse_query(query: str) -> ParsedQuery:
    """Parse a search query: words (all must match), ``"a phrase"``, ``OR`` between alternatives,
    ``-word`` or ``-"a phrase"`` to exclude. Anything else raises :class:`QueryError`."""
    if not isinstance(query, str):
        raise QueryError("the query must be text")
    if "\x00" in query:
        raise QueryError("the query contains a NUL character", hint="type the words to search for")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters long, over the limit of {MAX_QUERY_CHARS}", hint="search for a few words")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in query):
        raise QueryError("the query contains an unpaired surrogate character")
    if query.count('"') % 2:
        raise QueryError('unbalanced double quote in the query', hint='close the phrase: "وقف إطلاق النار"')
    parsed = ParsedQuery()
    group: list[list[str]] = []
    pending_or = False
    nterms = 0
    for m in _QUERY_TOKEN.finditer(query):
        negate = False
        if m.group("word") is not None:
            word = m.group("word")
            if word == "OR":
                if not group:
                    raise QueryError("OR needs words on both sides", hint="write: غزة OR لبنان")
                pending_or = True
                continue
            if word.startswith("-") and len(word) > 1:
                negate, word = True, word[1:]
            stems = _stems(word)
        else:
            text = m.group("phrase")
            negate = query[m.start() - 1 : m.start()] == "-" and m.start() > 0
            stems = _stems(text)
        if not stems:
            continue  # punctuation or symbols only: nothing to search for
        nterms += len(stems)
        if nterms > MAX_QUERY_TERMS:
            raise QueryError(f"the query has more than {MAX_QUERY_TERMS} words", hint="search for fewer words")
        if negate:
            parsed.exclude.append(stems)
            continue
        if pending_or:
            parsed.groups.append(group)
            group = []
            pending_or = False
        group.append(stems)
    if pending_or:
        raise QueryError("OR needs words on both sides", hint="write: غزة OR لبنان")
    if group:
        parsed.groups.append(group)
    if not parsed.groups:
        if parsed.exclude:
            raise QueryError("the query only excludes words", hint="add at least one word to search for")
        raise QueryError("the query has no words to search for", hint='give words, "a phrase", OR, or -word to exclude')
    return parsed


# --- snippets ---------------------------------------------------------------------


_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
#: A word with its diacritics and tatweel, or a number or date with its separators.
_WORDISH = re.compile(rf"[\w{_MARKS}]+(?:[.,/\-'’][\w{_MARKS}]+)*")


@lru_cache(maxsize=200_000)
def _word_stems(word: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, stem) of the tokens of one written word; cached, since words repeat."""
    return tuple((t.start, t.end, stem_of(t)) for t in tokenize(word) if t.kind in _INDEXED)


def _hits(text: str, stems: set[str], skels: set[str]) -> list[tuple[int, int]]:
    out = []
    for m in _WORDISH.finditer(text):
        base = m.start()
        for s, e, stem in _word_stems(m.group()):
            if stem in stems or skel_of(stem) in skels:
                out.append((base + s, base + e))
    return out


def snippet(text: str, query: ParsedQuery, *, width: int = 240, mark: tuple[str, str] = ("«", "»")) -> str:
    """A window of the ORIGINAL text around the densest matches, each matched word marked."""
    stems = query.stems()
    skels = {skel_of(s) for s in stems}
    hits = _hits(text, stems, skels) if text else []
    if not hits:
        end = min(len(text), width)
        return text[:end].replace("\n", " ") + ("…" if end < len(text) else "")
    # the window starting at the hit that has the most other hits within ``width``
    best, best_n = 0, -1
    j = 0
    for i, (hs, _) in enumerate(hits):
        while j < len(hits) and hits[j][1] - hs <= width:
            j += 1
        if j - i > best_n:
            best, best_n = i, j - i
    first = hits[best][0]
    start = max(0, first - width // 4)
    while start > 0 and not text[start - 1].isspace() and first - start < width // 2:
        start -= 1
    if len(text) <= width:
        start = 0
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 30:
        end += 1
    out, pos = [], start
    for hs, he in hits:
        if hs < start or he > end:
            continue
        out.append(text[pos:hs])
        out.append(mark[0] + text[hs:he] + mark[1])
        pos = he
    out.append(text[pos:end])
    s = "".join(out).replace("\n", " ")
    return ("…" if start > 0 else "") + s + ("…" if end < len(text) else "")

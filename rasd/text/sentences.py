"""Sentence boundaries from tokens.

A sentence ends at ``. ؟ ! ? ؛ …`` or at a line break, but not inside quotes or
brackets, not after an abbreviation (``د.``, ``أ.ف.ب``) and not inside a number
(``3.5`` is one token). A run of terminators and the closing quotes or
brackets after them stay with the sentence they close: ``«... ممكنة».``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rasd.text import chars
from rasd.text.normalize import MATCH, normalize
from rasd.text.tokenize import NUMBER, PUNCT, WORD, Token

__all__ = ["split_sentences", "abbreviations"]

_CLOSERS = frozenset(chars.PAIRS.values())
_OPENERS = frozenset(chars.PAIRS)
_TERMINATORS = chars.SENTENCE_TERMINATORS
#: A quote or bracket left open for this many tokens is taken to be unbalanced.
_MAX_OPEN_TOKENS = 400


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Normalized words that a full stop follows without ending a sentence."""
    ref = resources.files("rasd.text").joinpath("data/abbreviations.txt")
    with ref.open("r", encoding="utf-8") as f:
        return frozenset(
            normalize(w, MATCH)
            for line in f
            if (w := line.split("#", 1)[0].strip())
        )


def _is_abbreviation(tokens: list[Token], i: int) -> bool:
    """Is the full stop at ``tokens[i]`` part of an abbreviation?"""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    if prev.kind == WORD and (len(prev.norm) == 1 or prev.norm in abbreviations()):
        # a single letter before a dot: د. ، أ.ف.ب ; but 2020م. ends a sentence
        before = tokens[i - 2] if i >= 2 else None
        if len(prev.norm) == 1 and before is not None and before.kind == NUMBER and before.end == prev.start:
            return False
        return True
    if prev.kind != PUNCT and len(prev.norm) == 1 and prev.norm.isalpha():
        return True  # Latin initials: J. Smith
    return False


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int, int, int]]:
    """Sentences as ``(start, end, first_token, last_token_exclusive)``.

    ``start``/``end`` are offsets into ``text`` from the first token's start to
    the last token's end, so surrounding white space is never inside.
    """
    out: list[tuple[int, int, int, int]] = []
    n = len(tokens)
    first = 0
    stack: list[tuple[str, int]] = []  # (expected closer, token index where it opened)
    in_straight = -1  # index of an open straight double quote, or -1

    def close(last: int) -> None:
        nonlocal first
        if last > first:
            out.append((tokens[first].start, tokens[last - 1].end, first, last))
        first = last

    i = 0
    while i < n:
        tok = tokens[i]
        if i > first and "\n" in text[tokens[i - 1].end : tok.start]:
            close(i)
            stack.clear()
            in_straight = -1
        c = tok.text if tok.kind == PUNCT else ""
        if stack and i - stack[-1][1] > _MAX_OPEN_TOKENS:
            stack.clear()
        if in_straight >= 0 and i - in_straight > _MAX_OPEN_TOKENS:
            in_straight = -1
        if c in _OPENERS:
            stack.append((chars.PAIRS[c], i))
        elif c in _CLOSERS:
            if any(exp == c for exp, _ in stack):
                while stack and stack.pop()[0] != c:
                    pass
                before = tokens[i - 1].text if i else ""
                if not stack and in_straight < 0 and before in _TERMINATORS and not (
                    before == "." and _is_abbreviation(tokens, i - 1)
                ):
                    close(i + 1)  # «... ممكنة.» ends the sentence with the quote
        elif c == '"':
            in_straight = -1 if in_straight >= 0 else i
        elif c in _TERMINATORS and not stack and in_straight < 0:
            if c == "." and _is_abbreviation(tokens, i):
                i += 1
                continue
            j = i + 1
            while j < n and tokens[j].kind == PUNCT and (
                tokens[j].text in _TERMINATORS or tokens[j].text in _CLOSERS or tokens[j].text == '"'
            ) and "\n" not in text[tokens[j - 1].end : tokens[j].start]:
                if tokens[j].text == '"' and in_straight < 0 and tokens[j - 1].end != tokens[j].start:
                    break  # an opening quote of the next sentence
                j += 1
            close(j)
            i = j
            continue
        i += 1
    close(n)
    return out

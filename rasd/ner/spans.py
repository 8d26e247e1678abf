"""Where a name starts inside a tagged token.

ANERcorp-style tokens keep their proclitics (والأردن، لباريس، وماكرون), and the
tagger labels the whole token. The record contract keeps a clitic that is not
part of the name outside the entity span, so callers trim each entity's first
token by :func:`name_start` characters.

A letter is only taken for a clitic when the rest is a more common word than
the whole token in general Arabic, or a known name when neither is listed
(والأردن -> الأردن, لباريس -> باريس, وماكرون -> ماكرون), so names that merely
begin with those letters stay whole (فرنسا، بغداد، لبنان، كاسياس، فالنسيا).
"""

from __future__ import annotations

from rasd.ner.features import lexicons, norm

__all__ = ["name_start"]

_CONJ = "وف"
_PREP = "بلك"
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0640", "\u0670"}


def _skip_marks(token: str, i: int) -> int:
    while i < len(token) and token[i] in _MARKS:
        i += 1
    return i


def _better(rest: str, whole: str) -> bool:
    """Is ``rest`` (the token without a leading clitic) the likelier word?

    The more frequent form in general Arabic wins; when neither is listed, a
    known name or lexicon word wins.
    """
    r, w = norm(rest), norm(whole)
    if len(r) < 2:
        return False
    lex = lexicons()
    fr, fw = lex.freq.get(r, 0), lex.freq.get(w, 0)
    if fr or fw:
        return fr > fw
    return r in lex.index and w not in lex.index


def name_start(token: str) -> int:
    """Number of leading characters of ``token`` that are proclitics, not part of the name."""
    i = 0
    if len(token) > 3 and token[0] in _CONJ and _better(token[_skip_marks(token, 1):], token):
        i = _skip_marks(token, 1)
    rest = token[i:]
    if len(rest) > 3 and rest[0] in _PREP and not rest.startswith("لل"):
        j = _skip_marks(token, i + 1)
        if _better(token[j:], rest):
            i = j
    return i

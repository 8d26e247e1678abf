"""Character sets of the Arabic script, as frozensets and compiled patterns.

Every other module of the text layer takes its characters from here, so that
"what is a diacritic" is decided once.
"""

from __future__ import annotations

import re

#: Harakat, tanwin, shadda, sukun, superscript alef and the Quranic marks
#: that news text occasionally carries. They are removed for matching.
DIACRITICS: frozenset[str] = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. hamza below / wavy hamza
    + [chr(0x0670)]  # superscript alef
    + [chr(c) for c in range(0x06D6, 0x06DD)]  # small high ligatures
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]  # extended-A marks
)

TATWEEL = "\u0640"

#: Format and control characters that carry no letters: bidi marks and
#: embeddings, zero-width joiners, the BOM, soft hyphen.
INVISIBLES: frozenset[str] = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff"
)

#: Alef with hamza above/below, madda, wasla -> bare alef.
ALEF_VARIANTS: frozenset[str] = frozenset("\u0623\u0625\u0622\u0671")
ALEF = "\u0627"
ALEF_MAQSURA = "\u0649"
YA = "\u064a"
FARSI_YA = "\u06cc"
TAA_MARBUTA = "\u0629"
HA = "\u0647"
KEHEH = "\u06a9"  # Persian kaf, seen in copied text
KAF = "\u0643"

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DECIMAL_SEPARATOR = "\u066b"  # ٫
ARABIC_THOUSANDS_SEPARATOR = "\u066c"  # ٬
ARABIC_PERCENT = "\u066a"  # ٪

#: The 28 letters plus hamza forms, as they appear after normalization for matching.
ARABIC_LETTERS: frozenset[str] = frozenset(chr(c) for c in range(0x0621, 0x064B)) - {TATWEEL}

#: Sentence terminators: full stop, question marks, exclamation, Arabic semicolon.
SENTENCE_TERMINATORS: frozenset[str] = frozenset(".?!؟؛…")

#: Opening quote/bracket -> its closing partner.
PAIRS: dict[str, str] = {
    "«": "»",
    "“": "”",
    "„": "”",
    "‹": "›",
    "(": ")",
    "[": "]",
    "{": "}",
    "﴾": "﴿",
}

_ARABIC_RANGE = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
#: Any character of the Arabic blocks, presentation forms included.
ARABIC_CHAR_RE = re.compile(f"[{_ARABIC_RANGE}]")


def is_arabic_letter(ch: str) -> bool:
    """True for a base Arabic letter (hamza .. ya), false for marks and digits."""
    return ch in ARABIC_LETTERS

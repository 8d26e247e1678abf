"""Time expressions resolved to the calendar (TIMEX3 values).

Handles the three Gregorian month-name systems (يناير / كانون الثاني / جانفي) and
combined forms (آب/أغسطس), numeric dates, years, ordinal day words, Hijri dates
(converted with the Umm al-Qura calendar of ``hijridate``), weekdays and
relative expressions resolved against the publication date, parts of the day
and of periods, ranges, durations and sets.

Resolution rules, in news terms:

* a bare weekday in past narration is the latest such day on or before the
  publication date; with a future marker (سـ، سوف، من المقرر، المقبل) it is the
  next one after it; ``الماضي`` means strictly before;
* a day or month without a year takes the year that puts it on the right side
  of the publication date for the tense;
* without a publication date, relative expressions get ``value: null``;
  anything impossible (31 فبراير) gets ``null`` too — never a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.article import Article
from rasd.components.lexicon import norm, phrases, table, words
from rasd.components.numbers import approximator_before, parse_number
from rasd.records import Time
from rasd.text.clitics import CLITIC, vocabulary
from rasd.text.normalize import normalize
from rasd.text.tokenize import DATE, NUMBER, PUNCT, WORD, Token

_YEAR_WORDS = frozenset(norm(w) for w in "عام العام سنة السنة".split())
_UNIT_DAYS = {"D": 1, "W": 7}
_AMBIGUOUS_MONTHS = frozenset(norm(w) for w in "آب مارس ماي".split())
_RELATIVE_DAY = {norm("أمس"): -1, norm("البارحة"): -1, norm("اليوم"): 0, norm("غدا"): 1, norm("غد"): 1, norm("الغد"): 1}
_SEASONS = {"SU", "WI", "SP", "FA"}
_FRIDAY_PRAYER = frozenset(norm(w) for w in "صلاة صلاه خطبة خطبه خطب منبر إمام امام".split())
_RANGE_HEADS = frozenset({"بين", "من"})


def _head(tok: Token) -> str:
    """The token's base, with a conjunction the clitic splitter left on (وبين -> بين).

    The conjunction is dropped only when that turns an unknown word into a
    trigger word, so فيفري stays فيفري.
    """
    b = tok.base_norm
    if len(b) > 3 and b[0] in "وف" and not tok.prefix:
        triggers = _triggers()
        if b not in triggers and b[1:] in triggers:
            return b[1:]
    return b


@dataclass
class _Match:
    first: int  # token index
    last: int  # token index after
    type: str
    value: str | None
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _months() -> dict[tuple[str, ...], int]:
    return {k: int(v[0]) for k, v in phrases("months.tsv").items()}


@lru_cache(maxsize=1)
def _hijri_months() -> dict[tuple[str, ...], int]:
    return {k: int(v[0]) for k, v in phrases("hijri_months.tsv").items()}


@lru_cache(maxsize=1)
def _ordinals() -> dict[tuple[str, ...], int]:
    return {k: int(v[0]) for k, v in phrases("ordinals.tsv").items()}


@lru_cache(maxsize=1)
def _time_words() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for k, v in table("time_words.tsv").items():
        out[k] = (v[0], v[1] if len(v) > 1 else "")
    return out


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {k: int(v[0]) for k, v in table("weekdays.tsv").items()}


def _lookup(tokens: list[Token], i: int, lex: dict[tuple[str, ...], int], first_base: bool = True) -> tuple[int, int] | None:
    """Longest lexicon phrase at ``i`` (the first word may carry a clitic): (value, end)."""
    for n in (3, 2, 1):
        if i + n > len(tokens):
            continue
        ws = [tokens[i].base_norm if first_base else tokens[i].norm] + [t.norm for t in tokens[i + 1 : i + n]]
        if tuple(ws) in lex:
            return lex[tuple(ws)], i + n
    return None


def _month_at(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """A month name at ``i``, with a combined form (آب/أغسطس): (month, end, ambiguous)."""
    m = _lookup(tokens, i, _months())
    if m is None:
        return None
    month, j = m
    ambiguous = tokens[i].base_norm in _AMBIGUOUS_MONTHS and j == i + 1
    # آب/أغسطس, آذار (مارس)
    if j + 1 < len(tokens) and tokens[j].text in ("/", "(", "-") :
        m2 = _lookup(tokens, j + 1, _months(), first_base=False)
        if m2 is not None and m2[0] == month:
            j = m2[1]
            ambiguous = False
            if j < len(tokens) and tokens[j].text == ")" and tokens[j - 1].kind == WORD:
                j += 1
    return month, j, ambiguous


def _year_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A four-digit year (1000-2999) at ``i``, with an optional م / هـ marker."""
    if i >= len(tokens):
        return None
    t = tokens[i]
    if t.kind != NUMBER or not t.base_norm.isdigit() or len(t.base_norm) != 4:
        return None
    y = int(t.base_norm)
    if not 1000 <= y <= 2999:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].norm in ("م", "ميلادي", "للميلاد") and tokens[j].start - t.end <= 1:
        j += 1
    return y, j


def _modifier(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """past / future / current after an expression (الماضي، المقبل، الجاري)."""
    if j < len(tokens):
        w = _time_words().get(tokens[j].norm)
        if w and w[0] in ("past", "future", "current"):
            return w[0], j + 1
    return None, j


def _is_future(tokens: list[Token], first: int, last: int) -> bool:
    """Future context: a future marker in the clause before the expression.

    Markers: سوف، من المقرر، المقبل (see data/future_cues.txt), scheduling verbs
    in the present (تنطلق، يعقد), and the future prefix سـ on a verb (سيعقد).
    """
    cues = words("future_cues.txt")
    vocab = vocabulary()
    k = first - 1
    while k >= 0 and first - k <= 12:
        t = tokens[k]
        if t.kind == PUNCT and t.text in "،,؛;:.«»\"()":
            break
        if t.kind == WORD:
            b = _head(t)
            if t.norm in cues or b in cues or (len(b) > 3 and b[0] in "وف" and b[1:] in cues):
                return True
            if "س" in t.prefix:
                return True
            if t.norm == "ان" and k > 0 and tokens[k - 1].norm == "علي":
                return True  # على أن تعلن: a plan
            body = b[1:] if len(b) > 4 and b[0] in "وف" else b
            if len(body) >= 4 and body[0] == "س" and body[1] in "يتن" and vocab.get(body[1:], 0) > 0:
                return True  # سيعقد، وستبدأ
        k -= 1
    return False


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _infer_year(pub: dt.date, month: int, day: int | None, when: str | None) -> int:
    """The year for a month (and day) given without one.

    ``when`` is past, future, current or None (no cue). Without a cue, news
    narrates the past, except for a date a few weeks ahead whose past reading
    would be most of a year back (in late December, "12 كانون الثاني").
    """
    d = day or 1
    this = _safe_date(pub.year, month, min(d, 28)) or dt.date(pub.year, month, 1)
    ref = pub if day else pub.replace(day=1)
    if when == "current":
        return pub.year
    if when == "future":
        return pub.year if this >= ref else pub.year + 1
    if when == "past" and not day:
        return pub.year if month < pub.month else pub.year - 1  # أيار الماضي, said in May: last year
    past_year = pub.year if this <= pub or (when is None and month == pub.month) else pub.year - 1
    if when is None and day:
        past = _safe_date(past_year, month, min(d, 28))
        nxt = this if this > pub else _safe_date(pub.year + 1, month, min(d, 28))
        if past and nxt and (pub - past).days > 200 and (nxt - pub).days <= 45:
            return nxt.year
    return past_year


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


_NAME_HEADS_FILE = "time_names.txt"
#: Nouns that العام follows as the adjective "general": الأمين العام، المدعي العام.
_GENERAL_NOUNS = frozenset(
    norm(w)
    for w in "الأمين المدعي النائب المدير المفتش الرأي القطاع المؤتمر الإضراب العفو المال الشأن الأمن الدين التعليم الاتحاد المنسق القائد المرشد الإطار الطابع الصالح النظام الوضع الموقف الانطباع".split()
)


@lru_cache(maxsize=1)
def _clock_hours() -> dict[tuple[str, ...], int]:
    return {k: int(v[0]) for k, v in phrases("clock_hours.tsv").items()}


class _Resolver:
    def __init__(self, article: Article, tokens: list[Token]) -> None:
        self.text = article.text
        self.tokens = tokens
        self.pub = dt.date.fromisoformat(article.published) if article.published else None

    def _named(self, i: int) -> bool:
        """Is the expression at ``i`` part of a name (قوى 14 آذار، جامعة 6 أكتوبر)?"""
        return i > 0 and _head(self.tokens[i - 1]) in words(_NAME_HEADS_FILE)

    # --- matchers: each returns a _Match starting at i, or None -----------------

    def numeric_date(self, i: int) -> _Match | None:
        t = self.tokens[i]
        if t.kind != DATE:
            return None
        parts = [int(p) for p in t.norm.replace("-", "/").split("/")]
        if len(t.norm.replace("-", "/").split("/")[0]) == 4:
            y, m, d = parts
        else:
            d, m, y = parts
            if y < 100:
                y += 2000 if y < 50 else 1900
        date = _safe_date(y, m, d)
        if date is None and m > 12:
            return None  # 45/13/2020 is not a date at all
        return _Match(i, i + 1, "DATE", date.isoformat() if date else None)

    def _day(self, i: int) -> tuple[int, int] | None:
        """A day of the month at ``i`` (a number up to 31 or an ordinal word): (day, end)."""
        toks = self.tokens
        t = toks[i]
        if t.kind == NUMBER and t.base_norm.isdigit() and len(t.base_norm) <= 2 and 1 <= int(t.base_norm) <= 31:
            return int(t.base_norm), i + 1
        o = _lookup(toks, i, _ordinals())
        if o is None:
            return None
        day, j = o
        if j < len(toks) and toks[j].norm == "من":
            j += 1
        return day, j

    def day_month(self, i: int, when_hint: str | None = None) -> _Match | None:
        toks = self.tokens
        d = self._day(i)
        if d is None or self._named(i):
            return None
        day, j = d
        if j < len(toks) and toks[j].norm in ("من", "شهر"):
            j += 1
        mo = _month_at(toks, j)
        if mo is None:
            return self.hijri(i, day, j)
        month, j, _ = mo
        y = _year_at(toks, j)
        when, k = _modifier(toks, j)
        if y is not None:
            year, j = y
        elif self.pub is not None:
            j = k
            when = when or when_hint
            if when is None:
                when = "future" if _is_future(toks, i, j) else None
            year = _infer_year(self.pub, month, day, when)
        else:
            j = k
            return _Match(i, j, "DATE", None)
        date = _safe_date(year, month, day)
        return _Match(i, j, "DATE", date.isoformat() if date else None)

    def hijri(self, i: int, day: int | None, j: int) -> _Match | None:
        toks = self.tokens
        hm = _lookup(toks, j, _hijri_months(), first_base=False)
        if hm is None:
            return None
        month, j = hm
        year = None
        if j < len(toks) and toks[j].kind == NUMBER and toks[j].base_norm.isdigit() and len(toks[j].base_norm) == 4:
            year = int(toks[j].base_norm)
            j += 1
        if j < len(toks) and toks[j].norm in ("ه", "هجري", "هجريه", "للهجره"):
            j += 1
        from hijridate import Gregorian, Hijri

        if year is None:
            if day is None or self.pub is None:
                return None if day is None else _Match(i, j, "DATE", None, {"calendar": "hijri"})
            hpub = Gregorian(self.pub.year, self.pub.month, self.pub.day).to_hijri()
            future = _is_future(toks, i, j)
            year = hpub.year
            if future and (month, day) < (hpub.month, hpub.day):
                year += 1
            elif not future and (month, day) > (hpub.month, hpub.day):
                year -= 1
        if day is None:
            return _Match(i, j, "DATE", None, {"calendar": "hijri"})  # a Hijri month spans two Gregorian ones
        try:
            value = Hijri(year, month, day).to_gregorian().isoformat()
        except (ValueError, OverflowError):
            value = None
        return _Match(i, j, "DATE", value, {"calendar": "hijri"})

    def hijri_month(self, i: int) -> _Match | None:
        """شعبان 1443 هـ (a month with a year and no day): value null."""
        toks = self.tokens
        if toks[i].kind != WORD:
            return None
        m = self.hijri(i, None, i)
        if m is None or m.last == i + 1 or not any(t.kind == NUMBER for t in toks[i : m.last]):
            return None
        return m

    def month_year(self, i: int) -> _Match | None:
        toks = self.tokens
        j = i
        lead = toks[i].base_norm == "شهر"
        if lead:
            j += 1
        mo = _month_at(toks, j)
        if mo is None or self._named(i):
            return None
        if i >= 1 and toks[i - 1].kind == NUMBER and self._named(i - 1):
            return None  # قوى 14 آذار
        month, j, ambiguous = mo
        y = _year_at(toks, j)
        if y is not None:
            return _Match(i, y[1], "DATE", f"{y[0]}-{month:02d}")
        # تشرين الأول من العام المقبل
        if j + 1 < len(toks) and toks[j].norm == "من":
            rel = self.relative_period(j + 1)
            if rel is not None and rel.value and len(rel.value) == 4:
                return _Match(i, rel.last, "DATE", f"{rel.value}-{month:02d}")
            yy = self.year(j + 1)
            if yy is not None and yy.value:
                return _Match(i, yy.last, "DATE", f"{yy.value}-{month:02d}")
        when, k = _modifier(toks, j)
        prev = _head(toks[i - 1]) if i else ""
        if when is None and not lead and prev not in ("في", "خلال", "منذ", "حتي", "مطلع", "منتصف", "نهايه", "اواخر", "اوائل", "بدايه", "الي", "قبل", "بعد", "حلول", "بحلول"):
            return None  # a month name alone after anything else is a name: حميد شباط، شركة نيسان
        if self.pub is None:
            return _Match(i, k, "DATE", None)
        if when is None and _is_future(toks, i, k):
            when = "future"
        year = _infer_year(self.pub, month, None, when)
        return _Match(i, k, "DATE", f"{year}-{month:02d}")

    def year(self, i: int) -> _Match | None:
        toks = self.tokens
        t = toks[i]
        if t.base_norm in _YEAR_WORDS or t.base_norm in ("عامي", "سنتي"):
            y = _year_at(toks, i + 1)
            if y is not None and not self._counted(y[1]):
                return _Match(i, y[1], "DATE", str(y[0]))
            return None
        y = _year_at(toks, i)
        if y is None or self._counted(y[1]):
            return None
        prev = _head(toks[i - 1]) if i else ""
        if prev in ("في", "منذ", "حتي", "خلال", "قبل", "بعد", "الي", "لعام", "بين", "من") or prev in _YEAR_WORDS:
            return _Match(i, y[1], "DATE", str(y[0]))
        if y[1] > i + 1:  # 2020م
            return _Match(i, y[1], "DATE", str(y[0]))
        return None

    def _counted(self, j: int) -> bool:
        """Is the token at ``j`` a counted noun or currency (2023 دولارا is not a year)?"""
        if j >= len(self.tokens):
            return False
        t = self.tokens[j]
        if t.kind != WORD or t.prefix or t.article:
            return False
        if t.norm in table("currencies.tsv"):
            return True
        # an indefinite accusative noun: 2030 إطارا، 2000 جنديا
        return t.norm.endswith("ا") and len(t.norm) > 3 and vocabulary().get(normalize(t.text, CLITIC)[:-1], 0) > 0

    def weekday(self, i: int) -> _Match | None:
        toks = self.tokens
        j = i
        lead = toks[i].base_norm == "يوم"
        if lead:
            j += 1
        if j >= len(toks):
            return None
        wd_tok = toks[j]
        key = wd_tok.base_norm if j == i else wd_tok.norm
        wd = _weekdays().get(key)
        if wd is None or (not lead and not key.startswith("ال")):
            return None
        if wd == 5 and j > 0 and toks[j - 1].base_norm in _FRIDAY_PRAYER and _modifier(toks, j + 1)[0] is None:
            return None  # صلاة الجمعة، منبر الجمعة: the prayer; خطبة الجمعة الماضية is a date
        first = j  # the span starts at the weekday: يوم stays outside
        j += 1
        # الجمعة 22 فيفري: the explicit date decides
        if j < len(toks):
            explicit = self.day_month(j)
            if explicit is not None:
                explicit.first = first
                return explicit
        when, k = _modifier(toks, j)
        if self.pub is None:
            return _Match(first, k, "DATE", None)
        if when is None and _is_future(toks, i, k):
            when = "future"
        delta = (self.pub.isoweekday() - wd) % 7
        if when == "future":
            ahead = (wd - self.pub.isoweekday()) % 7 or 7
            d = self.pub + dt.timedelta(days=ahead)
        elif when == "past":
            d = self.pub - dt.timedelta(days=delta or 7)
        else:
            d = self.pub - dt.timedelta(days=delta)
        return _Match(first, k, "DATE", d.isoformat())

    def relative_day(self, i: int) -> _Match | None:
        toks = self.tokens
        t = toks[i]
        n = t.base_norm
        j = i + 1
        if n == "اول" and j < len(toks) and toks[j].norm == "امس":
            off, j = -2, j + 1
        elif n == "بعد" and j < len(toks) and toks[j].norm == "غد":
            off, j = 2, j + 1
        elif n in _RELATIVE_DAY:
            off = _RELATIVE_DAY[n]
            if n == "غد" and not t.prefix:
                return None
            if n == "غدا" and t.norm.startswith("ف"):
                return None  # فغدا إنسانا: "became", not tomorrow
            if n == "الغد" and i and toks[i - 1].norm in ("صحيفه", "جريده", "حزب", "تيار"):
                return None
            if n == "اليوم" and j < len(toks) and toks[j].article and toks[j].kind == WORD and toks[j].norm not in _weekdays():
                return None  # اليوم السابع, اليوم الوطني: a name or another day
            if n == "امس" and j < len(toks) and toks[j].norm == "الاول":
                off, j = -2, j + 1
        else:
            return None
        # أمس الأربعاء / اليوم الثلاثاء: the weekday only confirms
        if j < len(toks) and toks[j].norm in _weekdays() and toks[j].norm.startswith("ال"):
            j += 1
            if j < len(toks):
                explicit = self.day_month(j)
                if explicit is not None:
                    explicit.first = i
                    return explicit
        if self.pub is None:
            return _Match(i, j, "DATE", None)
        return _Match(i, j, "DATE", (self.pub + dt.timedelta(days=off)).isoformat())

    def tonight(self, i: int) -> _Match | None:
        """الليلة، الليلة الماضية."""
        toks = self.tokens
        if toks[i].base_norm != "الليله":
            return None
        when, k = _modifier(toks, i + 1)
        if k < len(toks) and toks[k].article and toks[k].kind == WORD and when is None:
            return None  # الليلة الأولى، ليلة القدر
        if self.pub is None:
            return _Match(i, k, "TIME", None)
        d = self.pub - dt.timedelta(days=1) if when == "past" else self.pub
        return _Match(i, k, "TIME", d.isoformat() + "TNI")

    def relative_period(self, i: int) -> _Match | None:
        toks = self.tokens
        t = toks[i]
        units = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y"}
        unit = units.get(t.base_norm)
        this = False
        j = i + 1
        if unit is None and t.base_norm in ("هذا", "هذه") and j < len(toks):
            unit = units.get(toks[j].norm)
            this, j = unit is not None, j + 1
        if unit is None:
            return None
        if i and not this and t.base_norm == "العام" and _head(toks[i - 1]) in _GENERAL_NOUNS:
            return None  # الأمين العام السابق: "general", not a year
        when, k = _modifier(toks, j)
        if when is None and not this:
            return None
        off = {"past": -1, "future": 1, "current": 0, None: 0}[when]
        if self.pub is None:
            return _Match(i, k, "DATE", None)
        return _Match(i, k, "DATE", self._shift(unit, off))

    def _shift(self, unit: str, off: int) -> str:
        assert self.pub is not None
        if unit == "W":
            return _iso_week(self.pub + dt.timedelta(weeks=off))
        if unit == "M":
            y, m = _add_months(self.pub, off)
            return f"{y}-{m:02d}"
        if unit == "Y":
            return str(self.pub.year + off)
        return (self.pub + dt.timedelta(days=off)).isoformat()

    def ago(self, i: int) -> _Match | None:
        """قبل يومين، قبل ثلاثة أسابيع، بعد شهرين; بعد أسبوعين من الاحتجاجات is a duration."""
        toks = self.tokens
        head = _head(toks[i])
        if head not in ("قبل", "بعد"):
            return None
        dur = self._duration_at(i + 1)
        if dur is None:
            return None
        amount, unit, j = dur
        if j < len(toks) and toks[j].norm in ("من", "علي") and head == "بعد":
            return self.duration(i + 1)  # anchored on an event, not on the publication date
        if unit not in ("D", "W", "M", "Y") or amount != int(amount):
            return None
        n = int(amount) * (-1 if head == "قبل" else 1)
        if self.pub is None:
            return _Match(i, j, "DATE", None)
        if unit == "D":
            value = (self.pub + dt.timedelta(days=n)).isoformat()
        elif unit == "W":
            value = _iso_week(self.pub + dt.timedelta(weeks=n))
        else:
            value = self._shift(unit, n) if unit == "M" else str(self.pub.year + n)
        return _Match(i, j, "DATE", value)

    def _duration_at(self, i: int) -> tuple[float, str, int] | None:
        toks = self.tokens
        if i >= len(toks):
            return None
        tw = _time_words()
        w = tw.get(toks[i].base_norm)
        if w and w[0] == "unit2":
            amount, unit, j = 2.0, w[1], i + 1
        elif (
            w
            and w[0] == "unit"
            and i + 1 < len(toks)
            and toks[i + 1].norm in ("واحد", "واحدا", "واحده", "كامل", "كاملا", "كامله", "كاملين", "ونصف")
            and not (toks[i].base_norm in ("عاما", "عام") and i and toks[i - 1].kind == WORD and toks[i - 1].norm.endswith("ا") and not toks[i - 1].article and len(toks[i - 1].norm) > 3)
        ):  # يوما واحدا; but in موقفا عاما واحدا, عاما is "public"
            amount, unit, j = 1.0, w[1], i + 2  # يوما واحدا، عاما كاملا، ساعة ونصف
            if toks[i + 1].norm == "ونصف":
                amount = 1.5
                if j < len(toks) and toks[j].article and tw.get(toks[j].stem_norm, ("",))[0] == "unit":
                    j += 1  # ساعة ونصف الساعة
                return amount, unit, j
        elif w and w[0] == "unitpl":
            # الأيام الثلاثة الماضية، الساعات الأربع والعشرين الماضية
            k = i + 1
            if k < len(toks) and toks[k].article and toks[k].kind == WORD:
                probe = [_strip_article(t) for t in toks[k : k + 4]]
                num = parse_number(probe, 0)
                if num is not None and not num.vague:
                    end = k + num.last
                    when, end2 = _modifier(toks, end)
                    if when is not None:
                        return float(num.value), w[1], end2
            return None
        else:
            num = parse_number(toks, i)
            if num is None or num.vague or num.last >= len(toks):
                return None
            w = tw.get(toks[num.last].norm) or tw.get(toks[num.last].base_norm)
            if not w or w[0] not in ("unit", "unit2"):
                return None
            amount, unit, j = float(num.value), w[1], num.last + 1
        if j < len(toks) and toks[j].norm == "ونصف":
            amount += 0.5
            j += 1
            if j < len(toks) and tw.get(toks[j].stem_norm, ("",))[0] == "unit" and toks[j].article:
                j += 1
        return amount, unit, j

    def duration(self, i: int) -> _Match | None:
        dur = self._duration_at(i)
        if dur is None:
            return None
        amount, unit, j = dur
        return _Match(i, j, "DURATION", _duration_value(amount, unit))

    def time_set(self, i: int) -> _Match | None:
        toks = self.tokens
        w = _time_words().get(toks[i].base_norm)
        if w and w[0] == "set":
            return _Match(i, i + 1, "SET", w[1])
        if _head(toks[i]) != "كل" or i + 1 >= len(toks):
            return None
        nxt = toks[i + 1]
        if nxt.norm == "يوم" and i + 2 < len(toks):
            wd = _weekdays().get(toks[i + 2].norm)
            if wd is not None:
                return _Match(i, i + 3, "SET", f"XXXX-WXX-{wd}")  # كل يوم جمعة
        dur = self._duration_at(i + 1)
        if dur is not None:
            amount, unit, j = dur
            return _Match(i, j, "SET", _duration_value(amount, unit))
        u = _time_words().get(nxt.norm)
        if u and u[0] == "unit":
            return _Match(i, i + 2, "SET", _duration_value(1, u[1]))
        return None

    def clock(self, i: int) -> _Match | None:
        """الساعة 4:17 فجر الاثنين، الساعة العاشرة مساء الخميس، الساعة 20:00."""
        toks = self.tokens
        if toks[i].base_norm != "الساعه" or i + 1 >= len(toks):
            # في السابعة مساء اليوم: an hour word needs a part of the day after it
            if i and _head(toks[i - 1]) in ("في", "عند") and _lookup(toks, i, _clock_hours(), first_base=False):
                h = _lookup(toks, i, _clock_hours(), first_base=False)
                if h and h[1] < len(toks) and _time_words().get(toks[h[1]].base_norm, ("",))[0] == "part":
                    return self._clock_from(i, i)
            return None
        return self._clock_from(i, i + 1)

    def _clock_from(self, i: int, j: int) -> _Match | None:
        toks = self.tokens
        t = toks[j]
        minute = 0
        if t.kind == NUMBER and t.base_norm.isdigit() and int(t.base_norm) <= 24:
            hour = int(t.base_norm)
            j += 1
            if j + 1 < len(toks) and toks[j].text == ":" and toks[j + 1].kind == NUMBER and toks[j + 1].base_norm.isdigit():
                minute = int(toks[j + 1].base_norm)
                j += 2
        else:
            h = _lookup(toks, j, _clock_hours(), first_base=False)
            if h is None:
                return None
            hour, j = h
            if j < len(toks) and toks[j].norm in ("والنصف",):
                minute, j = 30, j + 1
            elif j < len(toks) and toks[j].norm in ("والربع",):
                minute, j = 15, j + 1
            elif j + 1 < len(toks) and toks[j].norm.startswith("و"):
                mins = parse_number(toks, j)  # السادسة وسبع دقائق
                if mins is not None and mins.last < len(toks) and toks[mins.last].norm in ("دقائق", "دقيقه", "دقيقة"):
                    minute, j = int(mins.value), mins.last + 1
        if minute >= 60 or hour > 24:
            return None
        day_value = self.pub.isoformat() if self.pub else None
        part = None
        if j < len(toks) and toks[j].norm == "من":
            j += 1
        if j < len(toks):
            pod = self.part_of_day(j)
            if pod is not None:
                part = _time_words().get(toks[j].base_norm, ("", ""))[1]
                day_value = pod.value[:10] if pod.value else None
                j = pod.last
            else:
                w = _time_words().get(toks[j].norm)
                if w and w[0] == "part":
                    part, j = w[1], j + 1
                    inner = (self.relative_day(j) or self.weekday(j) or self.day_month(j)) if j < len(toks) else None
                    if inner is not None and inner.value and len(inner.value) == 10:
                        day_value, j = inner.value, inner.last
        if part in ("TEV", "TAF", "TNI") and hour < 12 and not (part == "TNI" and hour <= 4):
            hour += 12
        if part == "T12:00" and hour < 12:
            hour += 12 if hour < 6 else 0
        value = f"{day_value}T{hour % 24:02d}:{minute:02d}" if day_value else None
        m = _Match(i, j, "TIME", value)
        m.extra["_clock"] = (hour % 24, minute, day_value == (self.pub.isoformat() if self.pub else None))
        return m

    def part_of_day(self, i: int) -> _Match | None:
        toks = self.tokens
        tw = _time_words()
        w = tw.get(toks[i].base_norm)
        j = i + 1
        if toks[i].base_norm == "بعد" and j < len(toks) and toks[j].norm == "ظهر":
            w, j = ("part", "TAF"), j + 1
        if toks[i].base_norm == "منتصف" and j < len(toks) and toks[j].norm == "ليل":
            w, j = ("part", "TNI"), j + 1
        if not w or w[0] != "part":
            return None
        if j < len(toks) and toks[j].norm == "يوم":
            j += 1
        inner = None
        if j < len(toks):
            inner = self.relative_day(j) or self.weekday(j) or self.day_month(j)
        if inner is None:
            return None
        if inner.value and len(inner.value) == 10:
            suffix = w[1] if w[1].startswith("T") else f"T{w[1]}"
            value = inner.value + suffix
        else:
            value = inner.value
        return _Match(i, inner.last, "TIME", value)

    def period_part(self, i: int) -> _Match | None:
        toks = self.tokens
        w = _time_words().get(toks[i].base_norm)
        if not w or w[0] != "mod":
            return None
        j = i + 1
        if j >= len(toks):
            return None  # a period word ending the sentence (نهاية) has nothing to qualify
        inner = (
            self.month_year(j)
            or self.hijri_month(j)
            or self.relative_period(j)
            or self.year(j)
            or self.bare_year(j)
            or self.decade(j)
        )
        if inner is None:
            return None
        extra = dict(inner.extra)
        extra["mod"] = w[1]
        return _Match(i, inner.last, "DATE", inner.value, extra)

    def bare_year(self, i: int) -> _Match | None:
        y = _year_at(self.tokens, i)
        if y is None or self._counted(y[1]):
            return None
        return _Match(i, y[1], "DATE", str(y[0]))

    def since_start(self, i: int) -> _Match | None:
        """منذ مطلع الشهر / منذ بداية العام: the period, from its start."""
        toks = self.tokens
        if _head(toks[i]) != "منذ" or i + 1 >= len(toks):
            return None
        part = self.period_part(i + 1)
        if part is not None:
            return part
        w = _time_words().get(toks[i + 1].base_norm)
        if w and w[0] == "mod" and i + 2 < len(toks):
            unit = {"الشهر": "M", "العام": "Y", "السنه": "Y", "الاسبوع": "W"}.get(toks[i + 2].norm)
            if unit and self.pub is not None:
                when, k = _modifier(toks, i + 3)
                off = {"past": -1, "future": 1, "current": 0, None: 0}[when]
                return _Match(i + 1, k, "DATE", self._shift(unit, off), {"mod": w[1]})
        return None

    def decade(self, i: int) -> _Match | None:
        """التسعينيات، تسعينيات القرن الماضي -> 199X."""
        toks = self.tokens
        w = _time_words().get(toks[i].base_norm)
        if not w or w[0] != "decade":
            return None
        century, j = "19", i + 1
        if j + 1 < len(toks) and toks[j].norm == "القرن":
            c = self.century(j)
            if c is not None and c.value and c.value.isdigit():
                century, j = c.value, c.last
        return _Match(i, j, "DATE", f"{century}{w[1]}X")

    def century(self, i: int) -> _Match | None:
        """القرن التاسع عشر -> 18; القرن الماضي -> the century before ``published``."""
        toks = self.tokens
        if toks[i].base_norm != "القرن" or i + 1 >= len(toks):
            return None
        o = _lookup(toks, i + 1, _ordinals(), first_base=False)
        if o is not None:
            return _Match(i, o[1], "DATE", f"{o[0] - 1:02d}")
        when, k = _modifier(toks, i + 1)
        if when is None or self.pub is None:
            return None
        off = {"past": -1, "future": 1, "current": 0}[when]
        return _Match(i, k, "DATE", f"{self.pub.year // 100 + off:02d}")

    def season_quarter(self, i: int) -> _Match | None:
        """صيف 2022 -> 2022-SU; الربع الثاني من العام الجاري -> 2023-Q2; النصف الأول من 2021 -> 2021-H1."""
        toks = self.tokens
        t = toks[i]
        w = _time_words().get(t.base_norm)
        if w and w[0] == "season":
            inner = self._year_ref(i + 1)
            if inner is None:
                return None
            value, j = inner
            return _Match(i, j, "DATE", f"{value}-{w[1]}" if value else None)
        if t.base_norm in ("الربع", "النصف") and i + 1 < len(toks):
            o = _lookup(toks, i + 1, _ordinals(), first_base=False)
            if o is None:
                return None
            n, j = o
            limit = 4 if t.base_norm == "الربع" else 2
            if not 1 <= n <= limit:
                return None
            if j < len(toks) and toks[j].norm == "من":
                inner = self._year_ref(j + 1)
                if inner is None:
                    return None
                value, j = inner
            elif self.pub is not None and t.base_norm == "الربع":
                value = str(self.pub.year)
            else:
                return None
            code = "Q" if t.base_norm == "الربع" else "H"
            return _Match(i, j, "DATE", f"{value}-{code}{n}" if value else None)
        return None

    def _year_ref(self, j: int) -> tuple[str | None, int] | None:
        """A year at ``j``: 2021, عام 2021, العام الجاري/الماضي."""
        toks = self.tokens
        if j >= len(toks):
            return None
        y = _year_at(toks, j)
        if y is not None:
            return str(y[0]), y[1]
        m = self.year(j) or self.relative_period(j)
        if m is not None and (m.value is None or len(m.value) == 4):
            return m.value, m.last
        when, k = _modifier(toks, j)
        if when is not None and self.pub is not None:
            off = {"past": -1, "future": 1, "current": 0}[when]
            return str(self.pub.year + off), k
        if toks[j].base_norm in ("العام", "السنه") and self.pub is not None:
            return str(self.pub.year), j + 1  # النصف الثاني من العام: this year
        return None

    def date_range(self, i: int) -> _Match | None:
        """بين 3 و6 أيار، من 10 إلى 14 شباط، من 28 ديسمبر إلى 3 يناير، بين عامي 2015 و2018."""
        toks = self.tokens
        head = _head(toks[i])
        if head == "يومي" or (toks[i].kind == NUMBER and i + 1 < len(toks) and toks[i + 1].kind == NUMBER and toks[i + 1].prefix == "و"):
            # يومي 16 و17 أيلول، 16 و17 أيلول
            first = i + 1 if head == "يومي" else i
            d = self._day(first)
            if d is None or d[1] >= len(toks) or not (toks[d[1]].kind == NUMBER and toks[d[1]].prefix == "و"):
                return None
            end = self.day_month(d[1])
            if end is None or not end.value or len(end.value) != 10:
                return None
            start = _safe_date(int(end.value[:4]), int(end.value[5:7]), d[0])
            if start is None or start > dt.date.fromisoformat(end.value):
                return None
            return _Match(first, end.last, "DATE", start.isoformat(), {"range_end": end.value})
        if head not in _RANGE_HEADS or i + 3 >= len(toks):
            return None
        # years: من 1998 إلى 2003، بين عامي 2015 و2018
        k = i + 1
        if toks[k].base_norm in ("عامي", "سنتي", "عام", "العام", "الاعوام", "السنوات"):
            k += 1
        ya = _year_at(toks, k)
        if ya is not None:
            sep = toks[ya[1]] if ya[1] < len(toks) else None
            if sep is not None and sep.norm in ("الي", "حتي", "-"):
                yb = _year_at(toks, ya[1] + 1)
            elif sep is not None and sep.prefix == "و" and sep.kind == NUMBER:
                yb = (int(sep.base_norm), ya[1] + 1) if sep.base_norm.isdigit() and len(sep.base_norm) == 4 else None
            else:
                yb = None
            if yb is not None and yb[0] >= ya[0]:
                return _Match(i, yb[1], "DATE", str(ya[0]), {"range_end": str(yb[0])})
            return None
        # days: X (إلى|حتى|و) Y month
        d = self._day(i + 1)
        if d is None:
            return None
        day_a, k = d
        hint = "future" if _is_future(toks, i, i + 1) else None
        start_full = self.day_month(i + 1, hint)
        if start_full is not None and start_full.last < len(toks):
            k = start_full.last
        sep = toks[k] if k < len(toks) else None
        if sep is None:
            return None
        if sep.norm in ("الي", "حتي", "-"):
            k += 1
        elif not (sep.prefix == "و" and sep.kind == NUMBER and head == "بين"):
            return None
        end = self.day_month(k, hint)
        if end is None or not end.value or len(end.value) != 10:
            return None
        end_date = dt.date.fromisoformat(end.value)
        if start_full is not None and start_full.value and len(start_full.value) == 10 and start_full.last < k:
            start = dt.date.fromisoformat(start_full.value)
            start = _safe_date(end_date.year, start.month, start.day) or start
            if start > end_date:
                start = _safe_date(end_date.year - 1, start.month, start.day) or start
        else:
            start = _safe_date(end_date.year, end_date.month, day_a)
            if start is None:
                return None
        return _Match(i, end.last, "DATE", start.isoformat(), {"range_end": end.value})

    MATCHERS = (
        "date_range",
        "since_start",
        "clock",
        "part_of_day",
        "period_part",
        "season_quarter",
        "numeric_date",
        "weekday",
        "relative_day",
        "tonight",
        "day_month",
        "hijri_month",
        "month_year",
        "relative_period",
        "decade",
        "century",
        "ago",
        "year",
        "duration",
        "time_set",
    )

    def run(self) -> list[_Match]:
        out: list[_Match] = []
        toks = self.tokens
        triggers = _triggers()
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.kind not in (NUMBER, DATE) and t.base_norm not in triggers and _head(t) not in triggers:
                i += 1
                continue
            best: _Match | None = None
            for name in self.MATCHERS:
                m = getattr(self, name)(i)
                if m is not None and m.last > m.first and (best is None or m.last > best.last):
                    best = m
            if best is None:
                i += 1
                continue
            if best.type == "DURATION":
                a = approximator_before(toks, best.first)
                if a is not None:
                    best.first = a  # نحو ثلاث ساعات
            clock = best.extra.pop("_clock", None)
            if clock is not None and clock[2] and out and out[-1].value and len(out[-1].value) == 10 and best.first - out[-1].last <= 3:
                # الأربعاء عند الساعة السابعة: the clock time is on that day
                best.value = f"{out[-1].value}T{clock[0]:02d}:{clock[1]:02d}"
            out.append(best)
            i = best.last
        return out


def _strip_article(tok: Token) -> Token:
    """A copy of a token read without its article (الثلاثة -> ثلاثة), for number words."""
    if not tok.article:
        return tok
    return Token(tok.i, tok.start, tok.end, tok.text, tok.prefix + tok.stem_norm, tok.kind)


def _duration_value(amount: float, unit: str) -> str:
    """TIMEX3 duration; a fraction moves to the next smaller unit (نصف ساعة -> PT30M)."""
    if unit == "DE":
        amount, unit = amount * 10, "Y"
    elif unit == "CE":
        amount, unit = amount * 100, "Y"
    if amount != int(amount):
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN")}
        if unit in smaller:
            k, unit = smaller[unit]
            amount *= k
    a = int(amount) if amount == int(amount) else round(amount, 3)
    if unit in ("H", "MIN"):
        return f"PT{a}{'M' if unit == 'MIN' else 'H'}"
    return f"P{a}{unit}"


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every word a time expression can start with; other tokens are skipped fast."""
    first = {k[0] for lex in (_months(), _hijri_months(), _ordinals(), _clock_hours()) for k in lex}
    first |= set(_time_words()) | set(_weekdays()) | set(_RELATIVE_DAY) | set(table("number_words.tsv"))
    first |= {norm(w) for w in "بين من قبل بعد منذ كل يوم شهر هذا هذه اول عام العام سنة السنة الأسبوع الشهر منتصف الساعة الليلة القرن الربع النصف عامي سنتي".split()}
    return frozenset(first)


class Times:
    """Adds ``times``: TIMEX3 values resolved against ``published``."""

    name = "times"
    requires = ("tokens", "sentences")
    provides = ("times",)

    def __call__(self, article: Article) -> Article:
        triggers = _triggers()
        for sent in article.sentence_tokens():
            for m in _Resolver(article, sent).run():
                first = sent[m.first]
                last = sent[m.last - 1]
                start = first.base_start
                if first.base_norm not in triggers and _head(first) in triggers and first.kind == WORD:
                    view = article.view(CLITIC)  # وبين: start after the conjunction
                    start = view.start_to_original(view.from_original(start) + 1)
                end = last.end if last.kind != WORD else last.base_end if not last.suffix else last.end
                article.times.append(Time(start, end, article.text[start:end], m.type, m.value, dict(m.extra)))
        return article


def create() -> Times:
    return Times()

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
from rasd.components.lexicon import norm, phrases, table
from rasd.components.numbers import parse_number
from rasd.records import Time
from rasd.text.clitics import CLITIC
from rasd.text.tokenize import DATE, NUMBER, PUNCT, WORD, Token

_FUTURE_WORDS = frozenset(norm(w) for w in "سوف المقبل المقبلة القادم القادمة غدا غداً المرتقب المرتقبة".split())
_FUTURE_PHRASES = (("من", "المقرر"), ("من", "المنتظر"), ("من", "المتوقع"), ("يعتزم",), ("تعتزم",), ("يتوقع",))
_YEAR_WORDS = frozenset(norm(w) for w in "عام العام سنة السنة".split())
_UNIT_DAYS = {"D": 1, "W": 7}
_AMBIGUOUS_MONTHS = frozenset(norm(w) for w in "آب مارس ماي".split())
_RELATIVE_DAY = {norm("أمس"): -1, norm("البارحة"): -1, norm("اليوم"): 0, norm("غدا"): 1, norm("غد"): 1}
_RANGE_HEADS = frozenset({"بين", "من"})


def _head(tok: Token) -> str:
    """The token's base, with a conjunction the clitic splitter left on (وبين -> بين)."""
    b = tok.base_norm
    if len(b) > 3 and b[0] in "وف" and not tok.prefix:
        return b[1:]
    return b


@dataclass
class _Match:
    first: int  # token index
    last: int  # token index after
    type: str
    value: str | None
    extra: dict = field(default_factory=dict)
    start_override: int | None = None


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


_FUTURE_PHRASES_N = tuple(tuple(norm(w) for w in ph) for ph in _FUTURE_PHRASES)


def _is_future(tokens: list[Token], first: int, last: int) -> bool:
    """Future context: a future marker in the clause before the expression."""
    k = first - 1
    while k >= 0 and first - k <= 8:
        t = tokens[k]
        if t.kind == PUNCT and t.text in "،,؛;:.«»\"()":
            break
        if t.norm in _FUTURE_WORDS or (t.kind == WORD and "س" in t.prefix):
            return True
        for ph in _FUTURE_PHRASES_N:
            span = tokens[k : k + len(ph)]
            if len(span) == len(ph) and (_head(span[0]),) + tuple(x.norm for x in span[1:]) == ph:
                return True
        k -= 1
    return False


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _infer_year(pub: dt.date, month: int, day: int | None, when: str | None) -> int:
    """The year for a month (and day) given without one."""
    d = day or 1
    this = _safe_date(pub.year, month, min(d, 28)) or dt.date(pub.year, month, 1)
    ref = pub if day else pub.replace(day=1)
    if when == "current":
        return pub.year
    if when == "future":
        return pub.year if this >= ref else pub.year + 1
    # past (or unknown: news mostly narrates the past)
    return pub.year if this <= pub or (when is None and month == pub.month) else pub.year - 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


class _Resolver:
    def __init__(self, article: Article, tokens: list[Token]) -> None:
        self.text = article.text
        self.tokens = tokens
        self.pub = dt.date.fromisoformat(article.published) if article.published else None

    # --- matchers: each returns a _Match starting at i, or None -----------------

    def numeric_date(self, i: int) -> _Match | None:
        t = self.tokens[i]
        if t.kind != DATE:
            return None
        parts = [int(p) for p in t.norm.replace("-", "/").split("/")]
        if len(str(t.norm.replace("-", "/").split("/")[0])) == 4:
            y, m, d = parts
        else:
            d, m, y = parts
            if y < 100:
                y += 2000 if y < 50 else 1900
        date = _safe_date(y, m, d)
        return _Match(i, i + 1, "DATE", date.isoformat() if date else None)

    def day_month(self, i: int) -> _Match | None:
        toks = self.tokens
        t = toks[i]
        day: int | None = None
        j = i
        if t.kind == NUMBER and t.base_norm.isdigit() and len(t.base_norm) <= 2:
            day, j = int(t.base_norm), i + 1
        else:
            o = _lookup(toks, i, _ordinals())
            if o is None:
                return None
            day, j = o
            if j < len(toks) and toks[j].norm == "من":
                j += 1
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
        if j >= len(toks) or toks[j].kind != NUMBER or not toks[j].base_norm.isdigit():
            return None
        year = int(toks[j].base_norm)
        j += 1
        if j < len(toks) and toks[j].norm in ("ه", "هـ", "هجري", "هجريه", "للهجره"):
            j += 1
        if j < len(toks) and toks[j].text == "." and toks[j - 1].norm == "ه" and toks[j].start == toks[j - 1].end:
            pass
        value = None
        try:
            from hijridate import Hijri

            value = Hijri(year, month, day or 1).to_gregorian().isoformat()
            if day is None:
                value = value[:7]
        except (ValueError, OverflowError):
            value = None
        return _Match(i, j, "DATE", value, {"calendar": "hijri"})

    def month_year(self, i: int) -> _Match | None:
        toks = self.tokens
        j = i
        lead = toks[i].base_norm == "شهر"
        if lead:
            j += 1
        mo = _month_at(toks, j)
        if mo is None:
            return None
        month, j, ambiguous = mo
        y = _year_at(toks, j)
        if y is not None:
            return _Match(i, y[1], "DATE", f"{y[0]}-{month:02d}")
        when, k = _modifier(toks, j)
        prev = toks[i - 1].norm if i else ""
        if ambiguous and not lead and when is None:
            return None
        if when is None and not lead and prev not in ("في", "خلال", "منذ", "حتي", "مطلع", "منتصف", "نهايه", "اواخر", "اوائل", "بدايه"):
            if ambiguous:
                return None
        if self.pub is None:
            return _Match(i, k, "DATE", None)
        if when is None and _is_future(toks, i, k):
            when = "future"
        year = _infer_year(self.pub, month, None, when)
        return _Match(i, k, "DATE", f"{year}-{month:02d}")

    def year(self, i: int) -> _Match | None:
        toks = self.tokens
        t = toks[i]
        if t.base_norm in _YEAR_WORDS:
            y = _year_at(toks, i + 1)
            if y is not None:
                return _Match(i, y[1], "DATE", str(y[0]))
            return None
        y = _year_at(toks, i)
        if y is None:
            return None
        prev = toks[i - 1].norm if i else ""
        if prev in ("في", "منذ", "حتي", "خلال", "قبل", "بعد", "الي", "لعام", "بين") or prev in _YEAR_WORDS:
            return _Match(i, y[1], "DATE", str(y[0]))
        if y[1] > i + 1:  # 2020م
            return _Match(i, y[1], "DATE", str(y[0]))
        return None

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
        j += 1
        # يوم الثلاثاء 10 أيلول: the explicit date decides
        if j < len(toks):
            explicit = self.day_month(j)
            if explicit is not None:
                explicit.first = i
                return explicit
        when, k = _modifier(toks, j)
        if self.pub is None:
            return _Match(i, k, "DATE", None)
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
        return _Match(i, k, "DATE", d.isoformat())

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

    def relative_period(self, i: int) -> _Match | None:
        toks = self.tokens
        t = toks[i]
        unit = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y"}.get(t.base_norm)
        this = False
        j = i + 1
        if unit is None and t.base_norm in ("هذا", "هذه") and j < len(toks):
            unit = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y"}.get(toks[j].norm)
            this, j = unit is not None, j + 1
        if unit is None:
            return None
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
        days = {"D": 1}[unit]
        return (self.pub + dt.timedelta(days=off * days)).isoformat()

    def ago(self, i: int) -> _Match | None:
        """قبل يومين، قبل ثلاثة أسابيع، بعد شهرين."""
        toks = self.tokens
        head = _head(toks[i])
        if head not in ("قبل", "بعد"):
            return None
        dur = self._duration_at(i + 1)
        if dur is None:
            return None
        amount, unit, j = dur
        if unit not in ("D", "W", "M", "Y") or amount != int(amount):
            return None
        sign = -1 if head == "قبل" else 1
        n = int(amount) * sign
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
        words = _time_words()
        w = words.get(toks[i].base_norm)
        if w and w[0] == "unit2":
            amount, unit, j = 2.0, w[1], i + 1
        else:
            num = parse_number(toks, i)
            if num is None or num.vague or num.last >= len(toks):
                return None
            w = words.get(toks[num.last].norm)
            if not w or w[0] != "unit":
                return None
            amount, unit, j = float(num.value), w[1], num.last + 1
        if j < len(toks) and toks[j].norm == "ونصف":
            amount += 0.5
            j += 1
        return amount, unit, j

    def duration(self, i: int) -> _Match | None:
        dur = self._duration_at(i)
        if dur is None:
            return None
        amount, unit, j = dur
        if unit == "DE":
            amount, unit = amount * 10, "Y"
        elif unit == "CE":
            amount, unit = amount * 100, "Y"
        if amount != int(amount):
            if unit == "Y":
                amount, unit = amount * 12, "M"
            elif unit == "D":
                amount, unit = amount * 24, "H"
        a = int(amount) if amount == int(amount) else amount
        value = f"PT{a}{'M' if unit == 'MIN' else unit}" if unit in ("H", "MIN") else f"P{a}{unit}"
        return _Match(i, j, "DURATION", value)

    def time_set(self, i: int) -> _Match | None:
        toks = self.tokens
        w = _time_words().get(toks[i].base_norm)
        if w and w[0] == "set":
            return _Match(i, i + 1, "SET", w[1])
        if toks[i].base_norm == "كل" and i + 1 < len(toks):
            u = _time_words().get(toks[i + 1].norm)
            if u and u[0] == "unit":
                unit = {"DE": "P10Y", "CE": "P100Y", "MIN": "PT1M", "H": "PT1H"}.get(u[1], f"P1{u[1]}")
                return _Match(i, i + 2, "SET", unit)
        return None

    def part_of_day(self, i: int) -> _Match | None:
        toks = self.tokens
        words = _time_words()
        w = words.get(toks[i].base_norm)
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
        if j < len(toks) and toks[j].norm in ("شهر",):
            pass
        inner = self.month_year(j) or self.relative_period(j) or self.year(j) or self.bare_year(j)
        if inner is None:
            return None
        return _Match(i, inner.last, "DATE", inner.value, {"mod": w[1]})

    def bare_year(self, i: int) -> _Match | None:
        y = _year_at(self.tokens, i)
        if y is None:
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

    def date_range(self, i: int) -> _Match | None:
        """بين 3 و6 أيار، من 1998 إلى 2003."""
        toks = self.tokens
        head = _head(toks[i])
        if head not in _RANGE_HEADS or i + 3 >= len(toks):
            return None
        a = toks[i + 1]
        if head == "بين" and a.kind == NUMBER and a.base_norm.isdigit() and len(a.base_norm) <= 2:
            b = toks[i + 2]
            if b.kind == NUMBER and b.prefix == "و" and b.base_norm.isdigit():
                end = self.day_month(i + 2)
                if end is not None and end.value:
                    start = end.value[:8] + f"{int(a.base_norm):02d}"
                    if _safe_date(*map(int, start.split("-"))) is None:
                        return None
                    return _Match(i, end.last, "DATE", start, {"range_end": end.value})
        ya = _year_at(toks, i + 1)
        if ya is not None and ya[1] < len(toks) and toks[ya[1]].norm in ("الي", "حتي", "و", "-"):
            yb = _year_at(toks, ya[1] + 1)
            if yb is not None and yb[0] >= ya[0]:
                return _Match(i, yb[1], "DATE", str(ya[0]), {"range_end": str(yb[0])})
        if ya is not None and head == "بين":
            nb = toks[ya[1]] if ya[1] < len(toks) else None
            if nb is not None and nb.prefix == "و" and nb.kind == NUMBER and len(nb.base_norm) == 4:
                yb = int(nb.base_norm)
                if yb >= ya[0]:
                    return _Match(i, ya[1] + 1, "DATE", str(ya[0]), {"range_end": str(yb)})
        return None

    MATCHERS = (
        "date_range",
        "since_start",
        "part_of_day",
        "period_part",
        "numeric_date",
        "weekday",
        "relative_day",
        "day_month",
        "month_year",
        "relative_period",
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
            out.append(best)
            i = best.last
        return out


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every word a time expression can start with; other tokens are skipped fast."""
    first = {k[0] for lex in (_months(), _hijri_months(), _ordinals()) for k in lex}
    first |= set(_time_words()) | set(_weekdays()) | set(_RELATIVE_DAY) | set(table("number_words.tsv"))
    first |= {norm(w) for w in "بين من قبل بعد منذ كل يوم شهر هذا هذه اول عام العام سنة السنة الأسبوع الشهر منتصف".split()}
    return frozenset(first)


class Times:
    """Adds ``times``: TIMEX3 values resolved against ``published``."""

    name = "times"
    requires = ("tokens", "sentences")
    provides = ("times",)

    def __call__(self, article: Article) -> Article:
        for sent in article.sentence_tokens():
            for m in _Resolver(article, sent).run():
                first = sent[m.first]
                last = sent[m.last - 1]
                start = first.base_start
                if _head(first) != first.base_norm:
                    view = article.view(CLITIC)  # وبين: start after the conjunction
                    start = view.start_to_original(view.from_original(start) + 1)
                end = last.end if last.kind != WORD else last.base_end if not last.suffix else last.end
                article.times.append(Time(start, end, article.text[start:end], m.type, m.value, dict(m.extra)))
        return article


def create() -> Times:
    return Times()

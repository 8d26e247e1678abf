"""Times and quantities (issue 5): rasd beside dateparser and Duckling on the gold sets.

Each system runs in its own venv and writes its predictions; one scoring run
reads them all and prints the table:

    .venv/bin/python          benchmarks/bench_times.py --system rasd
    .venv-bench/bin/python    benchmarks/bench_times.py --system dateparser
    .venv-duckling/bin/python benchmarks/bench_times.py --system duckling
    .venv/bin/python          benchmarks/bench_times.py --score [--failures [N]]

Predictions go to benchmarks/out/<system>_times.jsonl and, for rasd and
Duckling, <system>_quantities.jsonl: one line per gold case, {"id": ..., "items":
[...]}, items with character offsets into the sentence. Speed goes to
<system>_speed.json: one warm-up pass over a set (which also yields the
predictions), then three timed passes over the whole set; the median pass, in
sentences/s.

The code a peer runs through (everything except ``score``) uses only the
standard library and Python 3.8 syntax, so the same file runs in the Python 3.8
venv that Duckling's wheel needs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
OUT = ROOT / "benchmarks" / "out"
TIMES_GOLD = DATA / "times_gold.jsonl"
QUANT_GOLD = DATA / "quantities_gold.jsonl"
SYSTEMS = ("rasd", "dateparser", "duckling")
REPEAT = 3
QUANT_REF_DATE = "2024-01-01"  # the quantity cases have no publication date; Duckling needs one


# --------------------------------------------------------------------------- io


def load_gold(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return {r["id"]: r["items"] for r in (json.loads(line) for line in fh if line.strip())}


def timed_runs(fn, cases):
    """Warm-up pass (its output is returned), then REPEAT timed passes; median sentences/s."""
    t0 = time.perf_counter()
    preds = [fn(c) for c in cases]
    first = time.perf_counter() - t0
    secs = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        for c in cases:
            fn(c)
        secs.append(time.perf_counter() - t0)
    med = statistics.median(secs)
    return preds, {
        "sentences": len(cases),
        "first_pass_s": round(first, 3),
        "pass_s": [round(s, 3) for s in secs],
        "sentences_per_s": round(len(cases) / med, 1),
    }


def locate(sentence, text, cursor=0):
    """(start, end) of ``text`` in ``sentence`` at or after ``cursor``, else anywhere, else None."""
    i = sentence.find(text, cursor)
    if i < 0:
        i = sentence.find(text)
    if i < 0:
        return None
    return i, i + len(text)


def _save(system, kind, preds, cases, speed, speeds):
    write_jsonl(OUT / "{}_{}.jsonl".format(system, kind), [{"id": c["id"], "items": p} for c, p in zip(cases, preds)])
    speeds[kind] = speed
    print("{} {}: {} sentences, {} sentences/s (median of {}), first pass {} s".format(
        system, kind, speed["sentences"], speed["sentences_per_s"], REPEAT, speed["first_pass_s"]))


# --------------------------------------------------------------------------- rasd


def run_rasd():
    import rasd

    t0 = time.perf_counter()
    rasd.extract("وصل أمس 30 جنديا", published="2023-01-01")  # loads lexicons
    load_s = time.perf_counter() - t0

    def times_fn(c):
        d = rasd.extract(c["sentence"], published=c["published"]).to_dict()
        out = []
        for t in d["times"]:
            out.append({"start": t["start"], "end": t["end"], "text": t["text"], "type": t["type"],
                        "value": t["value"], "range_end": t.get("range_end"), "mod": t.get("mod")})
        return out

    def quant_fn(c):
        d = rasd.extract(c["sentence"]).to_dict()
        return [{"start": q["start"], "end": q["end"], "text": q["text"], "value": q["value"],
                 "unit": q["unit"], "approximate": q["approximate"]} for q in d["quantities"]]

    speeds = {"load_s": round(load_s, 3)}
    for kind, path, fn in (("times", TIMES_GOLD, times_fn), ("quantities", QUANT_GOLD, quant_fn)):
        cases = load_gold(path)
        preds, speed = timed_runs(fn, cases)
        _save("rasd", kind, preds, cases, speed, speeds)
    return speeds


# --------------------------------------------------------------------------- dateparser


def run_dateparser():
    import dateparser
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    search_dates("وصل أمس", languages=["ar"])
    load_s = time.perf_counter() - t0

    def times_fn(c):
        y, m, d = (int(x) for x in c["published"].split("-"))
        settings = {"RELATIVE_BASE": datetime(y, m, d), "PREFER_DATES_FROM": "past"}
        try:
            hits = search_dates(c["sentence"], languages=["ar"], settings=settings) or []
        except Exception as exc:  # a crash is no prediction, recorded
            return [{"error": repr(exc)}]
        out, cursor = [], 0
        for text, when in hits:
            span = locate(c["sentence"], text, cursor)
            if span is None:
                continue
            cursor = span[1]
            out.append({"start": span[0], "end": span[1], "text": text, "type": "DATE",
                        "value": when.strftime("%Y-%m-%d"), "range_end": None})
        return out

    cases = load_gold(TIMES_GOLD)
    speeds = {"load_s": round(load_s, 3), "version": getattr(dateparser, "__version__", "?")}
    preds, speed = timed_runs(times_fn, cases)
    _save("dateparser", "times", preds, cases, speed, speeds)
    return speeds


# --------------------------------------------------------------------------- duckling

_DUCKLING_ZONE = "Asia/Amman"
_CURRENCY = {"USD": "دولار", "$": "دولار", "EUR": "يورو", "GBP": "جنيه", "EGP": "جنيه", "JOD": "دينار",
             "KWD": "دينار", "IQD": "دينار", "BHD": "دينار", "SAR": "ريال", "QAR": "ريال", "AED": "درهم",
             "MAD": "درهم", "LBP": "ليرة", "SYP": "ليرة", "TRY": "ليرة", "dinar": "دينار", "dirham": "درهم",
             "riyal": "ريال", "pound": "جنيه", "cent": "سنت"}
_DUR_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}
_DUR_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
                "hour": ("minute", 60), "minute": ("second", 60)}


def duckling_zone_dir():
    """A directory holding only the zone Duckling needs, in the "fat" TZif layout.

    Duckling's Haskell zone reader (timezone-olson) rejects the "slim" TZif files
    of current tzdata (/usr/share/zoneinfo, the ``tzdata`` wheel: "invalid
    timezone file: no timezone found in OlsonData"); pytz ships fat files, so
    one is copied from there (any pytz on the machine will do).
    """
    import shutil
    import tempfile

    candidates = []
    for base in (ROOT / ".venv-bench", ROOT / ".venv", ROOT / ".venv-duckling"):
        candidates.extend(sorted(base.glob("lib/python*/site-packages/pytz/zoneinfo")))
    candidates.append(Path("/usr/share/zoneinfo"))
    for zi in candidates:
        src = zi / _DUCKLING_ZONE
        if src.exists():
            d = Path(tempfile.mkdtemp(prefix="duckling_tz_"))
            (d / "Asia").mkdir()
            shutil.copy(str(src), str(d / _DUCKLING_ZONE))
            return str(d), str(src)
    raise SystemExit("no zoneinfo file for {} found".format(_DUCKLING_ZONE))


def _dk_format(value, grain):
    """Duckling's local ISO time string at a grain -> (TIMEX3 type, value)."""
    d = date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
    if grain == "year":
        return "DATE", value[:4]
    if grain == "quarter":
        return "DATE", "{}-Q{}".format(value[:4], (int(value[5:7]) - 1) // 3 + 1)
    if grain == "month":
        return "DATE", value[:7]
    if grain == "week":
        iy, iw, _ = d.isocalendar()
        return "DATE", "{}-W{:02d}".format(iy, iw)
    if grain == "day":
        return "DATE", value[:10]
    return "TIME", value[:16] if grain in ("minute", "second") else value[:13] + ":00"


def _dk_minus_grain(value, grain):
    """The end of a Duckling interval is exclusive: step back one grain."""
    d = datetime(int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]), int(value[14:16]))
    if grain == "year":
        d = d.replace(year=d.year - 1)
    elif grain == "quarter" or grain == "month":
        n = 3 if grain == "quarter" else 1
        m = d.month - n
        d = d.replace(year=d.year + (m - 1) // 12, month=(m - 1) % 12 + 1)
    else:
        step = {"week": timedelta(days=7), "day": timedelta(days=1), "hour": timedelta(hours=1),
                "minute": timedelta(minutes=1), "second": timedelta(seconds=1)}.get(grain, timedelta(0))
        d = d - step
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def _dk_duration(v):
    unit, n = v.get("unit"), v.get("value")
    if unit not in _DUR_UNIT or n is None:
        return None
    while float(n) != int(n) and unit in _DUR_SMALLER:
        unit, k = _DUR_SMALLER[unit]
        n = n * k
    n = int(round(n))
    if unit in ("hour", "minute", "second"):
        return "PT{}{}".format(n, _DUR_UNIT[unit])
    return "P{}{}".format(n, _DUR_UNIT[unit])


def _dk_time_item(r):
    v = r["value"]
    item = {"start": r["start"], "end": r["end"], "type": "DATE", "value": None, "range_end": None}
    if r["dim"] == "duration":
        item["type"], item["value"] = "DURATION", _dk_duration(v)
        return item
    if v.get("type") == "interval":
        frm, to = v.get("from"), v.get("to")
        if frm:
            item["type"], item["value"] = _dk_format(frm["value"], frm["grain"])
        if to and frm:  # closed interval: its end is exclusive
            item["range_end"] = _dk_format(_dk_minus_grain(to["value"], to["grain"]), to["grain"])[1]
        elif to:  # open ("until X"): the boundary itself
            item["type"], item["value"] = _dk_format(to["value"], to["grain"])
        return item
    if "value" in v and "grain" in v:
        item["type"], item["value"] = _dk_format(v["value"], v["grain"])
    return item


def _dk_quantity_item(r):
    v = r["value"]
    item = {"start": r["start"], "end": r["end"], "value": v.get("value"), "unit": None, "approximate": False}
    if r["dim"] == "amount-of-money":
        item["unit"] = _CURRENCY.get(v.get("unit"), v.get("unit"))
    elif r["dim"] == "quantity":
        item["unit"] = v.get("unit")
        if v.get("product"):
            item["unit"] = v.get("product")
    return item


def run_duckling():
    import duckling
    import pendulum

    import shutil

    t0 = time.perf_counter()
    zdir, zsrc = duckling_zone_dir()
    try:
        tzs = duckling.load_time_zones(zdir)
    finally:
        shutil.rmtree(zdir, ignore_errors=True)
    lang = duckling.parse_lang("AR")
    locale = duckling.default_locale_lang(lang)
    dims = duckling.parse_dimensions(["time", "duration", "number", "quantity", "amount-of-money"])
    contexts = {}

    def context(published):
        if published not in contexts:
            y, m, d = (int(x) for x in published.split("-"))
            ts = pendulum.datetime(y, m, d, 12, tz=_DUCKLING_ZONE).int_timestamp  # noon: no day shift
            contexts[published] = duckling.Context(duckling.parse_ref_time(tzs, _DUCKLING_ZONE, ts), locale)
        return contexts[published]

    duckling.parse("أمس", context("2023-01-01"), dims, False)
    load_s = time.perf_counter() - t0

    def fix_text(c, items):
        for it in items:
            it["text"] = c["sentence"][it["start"]:it["end"]]  # "body" comes back Latin-1 decoded
        return items

    def times_fn(c):
        res = duckling.parse(c["sentence"], context(c["published"]), dims, False)
        return fix_text(c, [_dk_time_item(r) for r in res if r["dim"] in ("time", "duration")])

    def quant_fn(c):
        res = duckling.parse(c["sentence"], context(QUANT_REF_DATE), dims, False)
        return fix_text(c, [_dk_quantity_item(r) for r in res if r["dim"] in ("number", "quantity", "amount-of-money")])

    speeds = {"load_s": round(load_s, 3), "zone_file": zsrc}
    for kind, path, fn in (("times", TIMES_GOLD, times_fn), ("quantities", QUANT_GOLD, quant_fn)):
        cases = load_gold(path)
        preds, speed = timed_runs(fn, cases)
        _save("duckling", kind, preds, cases, speed, speeds)
    return speeds


# --------------------------------------------------------------------------- scoring

YMD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def gold_spans(case):
    """Gold items with (start, end) located in the sentence; repeated texts take successive occurrences."""
    used, out = set(), []
    for g in case["expected"]:
        i = case["sentence"].find(g["text"])
        while i >= 0 and (i, i + len(g["text"])) in used:
            i = case["sentence"].find(g["text"], i + 1)
        if i < 0:
            raise SystemExit("gold text not in sentence: {} {!r}".format(case["id"], g["text"]))
        used.add((i, i + len(g["text"])))
        item = dict(g)
        item["range_end"] = g.get("end")  # the gold range end; "end" becomes the span end
        item["start"], item["end"] = i, i + len(g["text"])
        out.append(item)
    return out


def _overlap(a, b):
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def align(golds, preds, lenient):
    """One-to-one: gold index -> pred index. Exact: same span; lenient: largest overlap."""
    pairs, taken = {}, set()
    for gi, g in enumerate(golds):
        best, best_ov = None, 0
        for pi, p in enumerate(preds):
            if pi in taken:
                continue
            if lenient:
                ov = _overlap(g, p)
                if ov > best_ov:
                    best, best_ov = pi, ov
            elif p["start"] == g["start"] and p["end"] == g["end"]:
                best = pi
                break
        if best is not None:
            pairs[gi] = best
            taken.add(best)
    return pairs


def time_correct(g, p, truncate=False):
    if truncate:  # the DATE d/m/y subset: a day-level prediction may answer a month or year
        pv = p.get("value") or ""
        return p.get("type") == "DATE" and len(pv) >= len(g["value"]) and pv[: len(g["value"])] == g["value"]
    return p.get("type") == g["type"] and p.get("value") == g["value"] and p.get("range_end") == g.get("range_end")


def quant_correct(g, p, norm_unit):
    gv, pv = g["value"], p.get("value")
    if pv is None or not isinstance(pv, (int, float)):
        return False
    if abs(pv - gv) > 1e-3 * max(abs(gv), 1e-9):
        return False
    gu = norm_unit(g["unit"]) if g["unit"] is not None else None
    pu = norm_unit(p["unit"]) if p.get("unit") is not None else None
    return gu == pu and bool(p.get("approximate")) == bool(g["approximate"])


def prf(tp_pred, n_pred, tp_gold, n_gold):
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(cases, preds, correct, subset=None):
    """Scores over all cases. ``subset(gold_item)`` restricts the gold items scored; a
    prediction that overlaps only gold items outside the subset is then neither
    right nor wrong, one that overlaps no gold item is a false positive."""
    res = {}
    details = []
    for lenient in (False, True):
        n_gold = n_pred = tp = ok = 0
        for c in cases:
            golds = gold_spans(c)
            ps = [p for p in preds.get(c["id"], []) if "start" in p]
            if subset is not None:
                keep = [g for g in golds if subset(g)]
                ps = [p for p in ps if any(_overlap(p, g) > 0 for g in keep)
                      or not any(_overlap(p, g) > 0 for g in golds)]
                golds = keep
            pairs = align(golds, ps, lenient)
            good = {gi for gi, pi in pairs.items() if correct(golds[gi], ps[pi])}
            n_gold += len(golds)
            n_pred += len(ps)
            tp += len(pairs)
            ok += len(good)
            if not lenient:
                details.append((c, golds, ps, pairs, good))
        p, r, f = prf(tp, n_pred, tp, n_gold)
        key = "overlap" if lenient else "exact"
        res[key] = {"P": p, "R": r, "F1": f, "acc": ok / n_gold if n_gold else 0.0,
                    "gold": n_gold, "pred": n_pred, "matched": tp, "correct": ok}
    n_cases = len(details)
    case_ok = sum(1 for c, golds, ps, pairs, good in details if len(good) == len(golds) and len(ps) == len(golds))
    res["case_acc"] = case_ok / n_cases if n_cases else 0.0
    res["details"] = details
    return res


def per_tag(details):
    """tag -> [cases, cases fully right, gold items, items right (exact span)]."""
    tags = {}
    for c, golds, ps, pairs, good in details:
        case_ok = len(good) == len(golds) and len(ps) == len(golds)
        for t in c["tags"]:
            row = tags.setdefault(t, [0, 0, 0, 0])
            row[0] += 1
            row[1] += case_ok
            row[2] += len(golds)
            row[3] += len(good)
    return tags


def _fmt_item(it, kind):
    if kind == "times":
        s = "{} {}={}".format(it["text"], it.get("type"), it.get("value"))
        return s + (" ..{}".format(it["range_end"]) if it.get("range_end") else "")
    return "{} ={} [{}]{}".format(it["text"], it.get("value"), it.get("unit"), " ~" if it.get("approximate") else "")


def failures(details, kind, limit):
    out = []
    for c, golds, ps, pairs, good in details:
        if len(good) == len(golds) and len(ps) == len(golds):
            continue
        gold_txt = "; ".join(_fmt_item(g, kind) for g in golds) or "(none)"
        pred_txt = "; ".join(_fmt_item(p, kind) for p in ps) or "(none)"
        out.append("{} [{}] {}\n    gold: {}\n    pred: {}".format(
            c["id"], c.get("published", ""), c["sentence"], gold_txt, pred_txt))
        if len(out) >= limit:
            break
    return out


def score(args):
    from rasd.text.normalize import MATCH, normalize

    def norm_unit(u):
        return normalize(u, MATCH)

    tcases, qcases = load_gold(TIMES_GOLD), load_gold(QUANT_GOLD)
    is_ymd = lambda g: g["type"] == "DATE" and g["value"] is not None and bool(YMD.match(g["value"]))  # noqa: E731
    rows = []
    rasd_res = {}
    for system in SYSTEMS:
        tpath, qpath = OUT / "{}_times.jsonl".format(system), OUT / "{}_quantities.jsonl".format(system)
        spath = OUT / "{}_speed.json".format(system)
        if not tpath.exists():
            print("(no predictions for {}: run --system {})".format(system, system))
            continue
        speed = json.loads(spath.read_text()) if spath.exists() else {}
        tp = read_jsonl(tpath)
        t = evaluate(tcases, tp, time_correct)
        sub = evaluate(tcases, tp, lambda g, p: time_correct(g, p, truncate=True), subset=is_ymd)
        q = None
        if qpath.exists():
            q = evaluate(qcases, read_jsonl(qpath), lambda g, p: quant_correct(g, p, norm_unit))
        if system == "rasd":
            rasd_res = {"times": t, "quantities": q}
        errors = sum(1 for items in tp.values() for p in items if "error" in p)
        rows.append((system, t, sub, q, speed, errors))

    def pct(x):
        return "{:.1%}".format(x)

    print("\n## Times ({} cases, {} gold items) and quantities ({} cases, {} gold items)\n".format(
        len(tcases), sum(len(c["expected"]) for c in tcases), len(qcases), sum(len(c["expected"]) for c in qcases)))
    print("| system | times span P / R / F1 (exact) | span F1 (overlap) | resolution acc (exact / overlap) "
          "| times case acc | DATE d/m/y subset: F1 (overlap) / value acc | quantities span F1 (exact / overlap) "
          "| quantity acc (exact / overlap) | times sent/s | quantities sent/s |")
    print("| --- " * 10 + "|")
    for system, t, sub, q, speed, errors in rows:
        e, o = t["exact"], t["overlap"]
        cells = [
            system,
            "{} / {} / {}".format(pct(e["P"]), pct(e["R"]), pct(e["F1"])),
            pct(o["F1"]),
            "{} / {}".format(pct(e["acc"]), pct(o["acc"])),
            pct(t["case_acc"]),
            "{} / {}".format(pct(sub["overlap"]["F1"]), pct(sub["overlap"]["acc"])),
            "{} / {}".format(pct(q["exact"]["F1"]), pct(q["overlap"]["F1"])) if q else "n/a",
            "{} / {}".format(pct(q["exact"]["acc"]), pct(q["overlap"]["acc"])) if q else "n/a",
            str(speed.get("times", {}).get("sentences_per_s", "?")),
            str(speed.get("quantities", {}).get("sentences_per_s", "n/a")),
        ]
        print("| " + " | ".join(cells) + " |")
        if errors:
            print("|   ({} {} sentences raised an exception: no prediction) |".format(system, errors))
    n_sub = sum(1 for c in tcases for g in c["expected"] if is_ymd(g))
    print("\nDATE d/m/y subset: the {} gold DATE items whose value is a day, month or year (what dateparser "
          "can express); a prediction counts right when its value, cut to the gold granularity, equals it. "
          "Predictions overlapping only other gold items are left out of that column's precision.".format(n_sub))
    for system, t, sub, q, speed, errors in rows:
        extra = "load {} s".format(speed.get("load_s", "?"))
        print("{}: times {}/{} items resolved (exact span), {} predicted; {}{}".format(
            system, t["exact"]["correct"], t["exact"]["gold"], t["exact"]["pred"], extra,
            "; quantities {}/{} right, {} predicted".format(q["exact"]["correct"], q["exact"]["gold"], q["exact"]["pred"]) if q else ""))

    if rasd_res:
        for kind in ("times", "quantities"):
            res = rasd_res[kind]
            if res is None:
                continue
            print("\n## rasd per tag, {} (case = every gold item right and nothing extra; item = exact span, right value)\n".format(kind))
            print("| tag | cases | cases right | items | items right |")
            print("| --- | ---: | ---: | ---: | ---: |")
            tags = per_tag(res["details"])
            for tag, (n, nok, ng, gok) in sorted(tags.items(), key=lambda kv: (kv[1][3] / kv[1][2] if kv[1][2] else kv[1][1] / kv[1][0], kv[0])):
                print("| {} | {} | {} ({}) | {} | {} |".format(
                    tag, n, nok, pct(nok / n), ng, "{} ({})".format(gok, pct(gok / ng)) if ng else "-"))
        if args.failures is not None:
            for kind in ("times", "quantities"):
                res = rasd_res[kind]
                if res is None:
                    continue
                fails = failures(res["details"], kind, args.failures)
                total = sum(1 for c, golds, ps, pairs, good in res["details"]
                            if not (len(good) == len(golds) and len(ps) == len(golds)))
                print("\n## rasd failures, {} (first {} of {})\n".format(kind, len(fails), total))
                print("\n".join(fails))
    return 0


# --------------------------------------------------------------------------- main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--system", choices=SYSTEMS, help="run one system and write its predictions")
    g.add_argument("--score", action="store_true", help="score the predictions in benchmarks/out")
    ap.add_argument("--failures", nargs="?", type=int, const=40, default=None,
                    help="with --score: list rasd's first N failing cases per set (default 40)")
    ap.add_argument("--set", choices=("gold", "heldout"), default="gold",
                    help="gold: the development sets; heldout: the sets written later by another author, never tuned on")
    args = ap.parse_args(argv)
    global TIMES_GOLD, QUANT_GOLD, OUT
    if args.set == "heldout":
        TIMES_GOLD, QUANT_GOLD = DATA / "times_heldout.jsonl", DATA / "quantities_heldout.jsonl"
        OUT = OUT / "heldout"
    if args.score:
        sys.path.insert(0, str(ROOT))
        return score(args)
    runner = {"rasd": run_rasd, "dateparser": run_dateparser, "duckling": run_duckling}[args.system]
    speeds = runner()
    speeds["python"] = sys.version.split()[0]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "{}_speed.json".format(args.system)).write_text(json.dumps(speeds, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_v, "1")
    sys.exit(main())

"""PLOVER event records from an article record.

One object per event, with PLOVER's field names: ``id``, ``date``, ``actor``,
``recipient``, ``event``, ``mode``, ``event_text``, ``text_info`` (where the
event is in the article, with offsets) and ``cite_info`` (where the article is
from). ``date`` is the event's own time when the sentence gives a day, else the
publication date, and ``date_source`` says which (``text`` or ``published``).
"""

from __future__ import annotations

from typing import Any


def _span(ref: dict[str, Any] | None) -> dict[str, Any] | None:
    if not ref:
        return None
    return {"start": ref["start"], "end": ref["end"], "text": ref["text"], "id": ref.get("id")}


def plover_events(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of one article record (docs/RECORD.md) as PLOVER records."""
    out = []
    sentences = record.get("sentences") or []
    text = record["text"]
    for n, ev in enumerate(record.get("events", []), 1):
        sent = next(([a, b] for a, b in sentences if a <= ev["start"] < b), [ev["start"], ev["end"]])
        time = ev.get("time")
        if time and len(time) >= 10 and time[4] == "-" and time[7] == "-":
            date, date_source = time[:10], "text"
        else:
            date, date_source = record.get("published"), "published"
        src, tgt = ev.get("source") or {}, ev.get("target") or {}
        out.append(
            {
                "id": f"{record['id']}-{n}",
                "date": date,
                "date_source": date_source,
                "actor": src.get("text"),
                "actor_id": src.get("id"),
                "recipient": tgt.get("text"),
                "recipient_id": tgt.get("id"),
                "event": ev["type"],
                "mode": ev.get("mode"),
                "negated": ev.get("negated", False),
                "future": ev.get("future", False),
                "event_text": text[sent[0] : sent[1]],
                "location": (ev.get("location") or {}).get("text"),
                "location_id": (ev.get("location") or {}).get("id"),
                "text_info": {
                    "article_id": record["id"],
                    "sentence": sent,
                    "trigger": {"start": ev["start"], "end": ev["end"], "text": ev["text"]},
                    "actor": _span(ev.get("source")),
                    "recipient": _span(ev.get("target")),
                    "location": _span(ev.get("location")),
                    "time": time,
                },
                "cite_info": {
                    "title": record.get("title"),
                    "source": record.get("source"),
                    "url": record.get("url"),
                    "published": record.get("published"),
                },
            }
        )
    return out

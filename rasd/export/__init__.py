"""Exports of article records: PLOVER event JSON."""

from rasd.export.plover import plover_events

__all__ = ["plover_events"]

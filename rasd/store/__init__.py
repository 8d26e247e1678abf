"""The corpus store: articles and their records in SQLite, with Arabic-aware full-text search.

    >>> from rasd.store import Store, ingest, search
    >>> with Store("/tmp/corpus.db") as store:              # doctest: +SKIP
    ...     ingest(store, ["examples/"])
    ...     search(store, "الأمريكية")

The default database is ``$RASD_DB`` or ``~/.local/share/rasd/rasd.db``.
"""

from rasd.store.db import Prepared, Store, content_hash, default_db_path
from rasd.store.ingestion import IngestReport, ingest
from rasd.store.queries import event_counts, events, export, quotes, resolve_actor, search, timeline, top_actors
from rasd.store.textindex import parse_query

__all__ = [
    "Store", "Prepared", "content_hash", "default_db_path", "IngestReport", "ingest", "parse_query",
    "search", "resolve_actor", "top_actors", "quotes", "events", "event_counts", "timeline", "export",
]

"""The store's schema as named migrations, applied in order, each in one transaction.

A migration is never edited once released: a schema change is a new entry at
the end of :data:`MIGRATIONS`. The ``migrations`` table records which ones a
database has.
"""

from __future__ import annotations

#: (name, statements) in the order they are applied.
MIGRATIONS: list[tuple[str, tuple[str, ...]]] = [
    (
        "0001_articles_and_records",
        (
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT, url TEXT, source TEXT, published TEXT,
                duplicate_of TEXT REFERENCES articles(id),
                ingested_at TEXT NOT NULL,
                -- the long columns last, so that filters never read their overflow pages
                text TEXT NOT NULL,
                record_json TEXT NOT NULL  -- the article record without "text" (stored once, above)
            )""",
            "CREATE INDEX articles_published ON articles(published)",
            "CREATE INDEX articles_source ON articles(source)",
            "CREATE INDEX articles_duplicate_of ON articles(duplicate_of)",
            # one row per entity span
            """CREATE TABLE entities (
                article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                label TEXT, actor_id TEXT, name TEXT,
                PRIMARY KEY (article_id, n)
            )""",
            "CREATE INDEX entities_actor ON entities(actor_id)",
            # one row per actor of an article (record["actors"]), with its mention count
            """CREATE TABLE actors (
                article_id TEXT NOT NULL REFERENCES articles(id), actor_id TEXT NOT NULL,
                name TEXT NOT NULL, name_key TEXT NOT NULL, label TEXT, kb INTEGER NOT NULL,
                mentions INTEGER NOT NULL,
                PRIMARY KEY (article_id, actor_id)
            )""",
            "CREATE INDEX actors_actor ON actors(actor_id)",
            "CREATE INDEX actors_key ON actors(name_key)",
            # every form an actor takes, for looking actors up by name
            """CREATE TABLE actor_mentions (
                article_id TEXT NOT NULL REFERENCES articles(id), actor_id TEXT NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                name_key TEXT NOT NULL, kind TEXT
            )""",
            "CREATE INDEX actor_mentions_key ON actor_mentions(name_key)",
            "CREATE INDEX actor_mentions_article ON actor_mentions(article_id)",
            """CREATE TABLE quotes (
                article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL,
                direct INTEGER, cue TEXT,
                speaker_text TEXT, speaker_id TEXT, speaker_start INTEGER, speaker_end INTEGER,
                via_text TEXT, via_id TEXT, speaker_kind TEXT,
                PRIMARY KEY (article_id, n)
            )""",
            "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
            """CREATE TABLE quantities (
                article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                value REAL, unit TEXT, approximate INTEGER,
                PRIMARY KEY (article_id, n)
            )""",
            """CREATE TABLE times (
                article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                type TEXT, value TEXT,
                PRIMARY KEY (article_id, n)
            )""",
            """CREATE TABLE events (
                article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                type TEXT NOT NULL, mode TEXT, negated INTEGER, future INTEGER,
                source_text TEXT, source_id TEXT, target_text TEXT, target_id TEXT,
                location_text TEXT, location_id TEXT, time_text TEXT, time_value TEXT,
                PRIMARY KEY (article_id, n)
            )""",
            "CREATE INDEX events_type ON events(type)",
            "CREATE INDEX events_source ON events(source_id)",
            "CREATE INDEX events_target ON events(target_id)",
            # full text: normalized, clitic-free stems of title and text, and their spelling skeletons.
            # Contentless (the stems are not stored twice); search_docs maps its rowids to articles.
            """CREATE TABLE search_docs (
                rowid INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL UNIQUE REFERENCES articles(id)
            )""",
            """CREATE VIRTUAL TABLE search USING fts5(
                title, body, skel, content = '',
                tokenize = "unicode61 remove_diacritics 0"
            )""",
            # MinHash signatures, to rebuild the near-duplicate index when a database is reopened
            """CREATE TABLE minhashes (
                article_id TEXT PRIMARY KEY REFERENCES articles(id),
                signature BLOB NOT NULL
            )""",
        ),
    ),
]

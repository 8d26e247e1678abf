"""Ingest: read inputs (files, directories, stdin, feed URLs), extract records, store them.

Extraction can run in worker processes (``jobs > 1``); each worker builds the
pipeline once, in the pool initializer. The parent alone writes to the
database, one transaction per article, so an interrupted ingest leaves whole
articles only and a second run stores the rest.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rasd.errors import InputError, RasdError, StoreError
from rasd.io import DEFAULT_MAX_BYTES, RawArticle, read_inputs
from rasd.store.db import Prepared, Store, content_hash

__all__ = ["IngestReport", "ingest", "iter_inputs", "prepare"]


@dataclass
class IngestReport:
    """What an ingest did: counts and the reason for every input skipped."""

    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.stored + self.duplicates + len(self.skipped)


def iter_inputs(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """Articles from paths (like ``rasd extract``) and from RSS/Atom feed URLs."""
    from rasd.store.feeds import is_url, read_feed

    for inp in inputs:
        if is_url(inp):
            yield from read_feed(inp, max_bytes=max_bytes)
        else:
            yield from read_inputs([inp], max_bytes=max_bytes)


# --- extraction (in the parent or in a worker) --------------------------------------

_pipeline = None  # one per worker process, built by _init_worker
INGEST_BATCH = 16  # articles run through the pipeline together in a one-process ingest
WORKER_BATCH = 8  # articles sent to a worker process at a time (--jobs N)
_frozen = False  # gc.freeze() done in this process


def _init_worker() -> None:
    global _pipeline  # noqa: PLW0603 - per-process cache of the pipeline
    from rasd.pipeline import default_pipeline

    _pipeline = default_pipeline()


def prepare(text: str, meta: dict[str, Any], pipeline: Any = None) -> Prepared:
    """Run the pipeline on one article and compute what the store and the index need."""
    from rasd.article import Article

    if pipeline is None:
        if _pipeline is None:
            _init_worker()
        pipeline = _pipeline
    return _prepared(pipeline(Article(text, **meta)), text)


def _prepared(article: Any, text: str) -> Prepared:
    """What the store and the index need of an article the pipeline has run on."""
    from rasd.store.dedup import signature
    from rasd.store.textindex import index_terms

    global _frozen  # noqa: PLW0603
    if not _frozen:
        # models and lexicons are loaded now and live as long as the process: keep the
        # garbage collector from walking them again and again (as rasd extract does)
        gc.freeze()
        _frozen = True
    record = article.to_dict()
    body = index_terms(text, article.tokens)
    title = index_terms(record.get("title") or "")
    return Prepared(record=record, content_hash=content_hash(text), title_terms=title, body_terms=body, signature=signature(body))


def prepare_many(tasks: list[tuple[str, dict[str, Any], str]], pipeline: Any) -> list[Prepared | str]:
    """:func:`prepare` for several articles, run through the pipeline together (see
    ``Pipeline.process_many``); an article that fails gets its error message instead."""
    process_many = getattr(pipeline, "process_many", None)
    arts: list[Any] | None = None
    if process_many is not None and len(tasks) > 1:
        try:
            arts = process_many([(text, meta) for text, meta, _ in tasks])
        except Exception:  # noqa: BLE001 - redo them one by one below, where the error is caught per article
            arts = None
    out: list[Prepared | str] = []
    for i, (text, meta, _) in enumerate(tasks):
        try:
            if arts is None:
                out.append(prepare(text, meta, pipeline))
            elif isinstance(arts[i], RasdError):
                out.append(str(arts[i]))
            else:
                out.append(_prepared(arts[i], text))
        except RasdError as e:
            out.append(str(e))
        except Exception as e:  # noqa: BLE001 - one article failing must not stop the batch
            out.append(f"extraction failed ({type(e).__name__}: {e})")
    return out


def _prepare_task(tasks: list[tuple[str, dict[str, Any], str]]) -> list[tuple[str, Prepared | str]]:
    """A worker's share: a few articles, run through its pipeline together."""
    if _pipeline is None:
        _init_worker()
    return [(origin, result) for (_, _, origin), result in zip(tasks, prepare_many(tasks, _pipeline))]


# --- the ingest loop ----------------------------------------------------------------


def ingest(
    store: Store,
    inputs: Iterable[str],
    *,
    jobs: int = 1,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_item: Callable[[str, str, str], None] | None = None,
    items: Iterable[RawArticle | InputError] | None = None,
    pipeline: Any = None,
) -> IngestReport:
    """Store every article of ``inputs`` (or of ``items``, articles already read).

    ``on_item(kind, origin, detail)`` is told about each one (kind: stored,
    duplicate, near-duplicate or skipped). ``pipeline`` replaces the default
    pipeline when ``jobs`` is 1."""
    from rasd.store.dedup import NearDuplicates

    report = IngestReport()
    notify = on_item or (lambda kind, origin, detail: None)
    near: NearDuplicates | None = None
    pending: set[str] = set()

    def tasks() -> Iterator[tuple[str, dict[str, Any], str]]:
        source = items if items is not None else iter_inputs(inputs, max_bytes=max_bytes)
        for item in source:
            if isinstance(item, InputError):
                reason = item.cause + (f" ({item.hint})" if item.hint else "")
                report.skipped.append((item.source, reason))
                notify("skipped", item.source, reason)
                continue
            digest = content_hash(item.text)
            stored_as = store.has_hash(digest)
            if stored_as is not None or digest in pending:
                report.duplicates += 1
                notify("duplicate", item.origin, f"same text as {stored_as or 'an earlier input'}")
                continue
            pending.add(digest)
            meta = item.meta()
            if meta["published"] is None:
                meta["published"] = published
            yield item.text, meta, item.origin

    def store_one(origin: str, result: Prepared | str) -> None:
        nonlocal near
        if isinstance(result, str):
            report.skipped.append((origin, result))
            notify("skipped", origin, result)
            return
        aid = result.record["id"]
        if store.has_id(aid):
            reason = f"another text is stored under the id {aid!r}"
            report.skipped.append((origin, reason))
            notify("skipped", origin, reason)
            return
        if near is None:
            near = NearDuplicates(store.signatures())
        original = near.find(result.signature)
        if original is not None:
            original = store.root_of(original)
        if not store.add(result, duplicate_of=original):
            report.duplicates += 1
            notify("duplicate", origin, "same text stored meanwhile")
            return
        near.add(aid, result.signature)
        if original is not None:
            report.near_duplicates += 1
            notify("near-duplicate", origin, f"near-duplicate of {original}")
        else:
            report.stored += 1
            notify("stored", origin, aid)

    if jobs <= 1:
        if pipeline is None:
            from rasd.pipeline import default_pipeline

            pipeline = default_pipeline()
        # articles go through the pipeline 16 at a time (one entity-tagger call for all of them)
        batch: list[tuple[str, dict[str, Any], str]] = []
        for task in tasks():
            batch.append(task)
            if len(batch) >= INGEST_BATCH:
                for (_, _, origin), result in zip(batch, prepare_many(batch, pipeline)):
                    store_one(origin, result)
                batch = []
        for (_, _, origin), result in zip(batch, prepare_many(batch, pipeline)):
            store_one(origin, result)
        return report

    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    # a worker that dies (killed, out of memory) breaks the pool loudly instead of hanging it
    try:
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker) as pool:
            window: deque[Any] = deque()
            batch: list[tuple[str, dict[str, Any], str]] = []

            def drain(keep: int) -> None:
                while len(window) > keep:
                    for origin, result in window.popleft().result():
                        store_one(origin, result)

            # each worker gets WORKER_BATCH articles at a time (one entity-tagger call for them)
            for task in tasks():
                batch.append(task)
                if len(batch) >= WORKER_BATCH:
                    window.append(pool.submit(_prepare_task, batch))
                    batch = []
                    drain(jobs * 2)
            if batch:
                window.append(pool.submit(_prepare_task, batch))
            drain(0)
    except BrokenProcessPool:
        raise StoreError(
            "a worker process died during extraction",
            hint=f"{report.stored + report.near_duplicates} articles were stored; run the same ingest again to store the rest",
        ) from None
    return report

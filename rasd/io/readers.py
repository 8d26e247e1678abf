"""Readers: plain text, HTML, JSON Lines, JSON, directories and stdin.

:func:`read_inputs` yields one :class:`RawArticle` per article and one
:class:`~rasd.errors.InputError` per input that cannot be read, so that a
caller processes the rest of the batch and reports each failure on one line.
Nothing here raises for bad input.
"""

from __future__ import annotations

import io
import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from rasd.article import parse_published
from rasd.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InvalidDateError,
    MalformedInputError,
    NotUtf8Error,
    TooLargeError,
    UnreadableError,
)

__all__ = ["RawArticle", "read_inputs", "read_bytes", "DEFAULT_MAX_BYTES"]

#: Largest article (or file, for plain text and HTML) read by default: 10 MB.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
_JSON_EXT = {".json"}
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_FIELDS = ("id", "title", "url", "source")


@dataclass
class RawArticle:
    """An article as read, before any processing. ``origin`` names where it came from."""

    text: str
    origin: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "url": self.url, "source": self.source, "published": self.published}


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB"


def _decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise NotUtf8Error(origin, f"broken UTF-16 ({e.reason} at byte {e.start})") from None
    if b"\x00" in data:
        raise BinaryInputError(origin, "binary data (contains NUL bytes), not text", hint="give UTF-8 text, HTML or JSON Lines")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NotUtf8Error(
            origin,
            f"not UTF-8 (byte 0x{data[e.start]:02x} at position {e.start} is invalid)",
            hint="convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8",
        ) from None


def _check_text(text: str, origin: str) -> str:
    if not text.strip():
        raise EmptyInputError(origin, "empty (no text)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise MalformedInputError(
            origin, f"text contains an unpaired surrogate (U+{ord(text[e.start]):04X}) at character {e.start}"
        ) from None
    return text


def _sniff(text: str) -> str:
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        first = head.split("\n", 1)[0]
        try:
            if isinstance(json.loads(text.lstrip().split("\n", 1)[0]), dict):
                return "jsonl"
        except ValueError:
            pass
        if first.strip() == "{":
            return "json"
    if head.startswith("[") and head[1:].lstrip().startswith("{"):
        return "json"
    if head.startswith("<") and any(t in head for t in ("<html", "<!doctype", "<body", "<p", "<div", "<article", "<head")):
        return "html"
    return "text"


def _from_html(html: str, origin: str) -> RawArticle:
    import trafilatura  # heavy: import on first HTML input

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
        except Exception as e:  # noqa: BLE001 - a third-party parser failing is an input problem
            doc = None
            error = f"{type(e).__name__}: {e}"
        else:
            error = ""
        text = (getattr(doc, "text", None) or "") if doc is not None else ""
        if not text.strip():
            try:
                text = trafilatura.html2txt(html) or ""
            except Exception:  # noqa: BLE001
                text = ""
        if not text.strip():
            try:
                import lxml.html

                text = lxml.html.fromstring(html).text_content().strip()
            except Exception:  # noqa: BLE001
                text = ""
    if not text.strip():
        cause = "no main text found in the HTML" + (f" ({error})" if error else "")
        raise MalformedInputError(origin, cause)
    raw = RawArticle(text=text, origin=origin)
    if doc is not None:
        raw.title = getattr(doc, "title", None) or None
        raw.url = getattr(doc, "url", None) or None
        raw.source = getattr(doc, "sitename", None) or None
        date = getattr(doc, "date", None)
        if date:
            try:
                raw.published = parse_published(date)
            except InvalidDateError:
                raw.warnings.append(f"{origin}: ignoring unreadable date {date!r}")
    return raw


def _from_record(obj: Any, origin: str) -> RawArticle:
    if not isinstance(obj, dict):
        raise MalformedInputError(origin, f"expected a JSON object with a \"text\" field, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        raise MalformedInputError(origin, 'record has no "text" field')
    if not isinstance(text, str):
        raise MalformedInputError(origin, f'"text" must be a string, got {type(text).__name__}')
    _check_text(text, origin)
    raw = RawArticle(text=text, origin=origin)
    for key in _FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raw.warnings.append(f"{origin}: ignoring {key!r}, which is a {type(value).__name__}, not a string")
            continue
        setattr(raw, key, None if value is None else str(value))
    date = obj.get("published", obj.get("date"))
    if date not in (None, ""):
        try:
            raw.published = parse_published(date)
        except InvalidDateError as e:
            raw.warnings.append(f"{origin}: {e.message}; published left empty")
    return raw


def _iter_jsonl(stream: Iterable[bytes], origin: str, max_bytes: int) -> Iterator[RawArticle | InputError]:
    for lineno, line in enumerate(stream, 1):
        where = f"{origin}:{lineno}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield TooLargeError(where, f"record is {_mb(len(line))}, over the {_mb(max_bytes)} limit", hint="raise it with --max-bytes")
            continue
        try:
            text = _decode(line, where)
            obj = json.loads(text)
            yield _from_record(obj, where)
        except InputError as e:
            yield e
        except ValueError as e:
            yield MalformedInputError(where, f"not valid JSON ({e})")
        except RecursionError:
            yield MalformedInputError(where, "JSON nested too deeply")


def read_bytes(data: bytes, origin: str, *, kind: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """Articles in ``data``; ``kind`` is text, html, jsonl or json (sniffed when None)."""
    if kind == "jsonl":
        yield from _iter_jsonl(io.BytesIO(data), origin, max_bytes)
        return
    try:
        if len(data) > max_bytes and kind != "json":
            raise TooLargeError(origin, f"{_mb(len(data))}, over the {_mb(max_bytes)} limit per article", hint="raise it with --max-bytes")
        text = _decode(data, origin)
        if not text.strip():
            raise EmptyInputError(origin, "empty (no text)")
        kind = kind or _sniff(text)
        if kind == "jsonl":
            yield from _iter_jsonl(io.BytesIO(data), origin, max_bytes)
        elif kind == "json":
            yield from _iter_json(text, origin)
        elif kind == "html":
            yield _from_html(text, origin)
        else:
            yield RawArticle(text=_check_text(text, origin), origin=origin)
    except InputError as e:
        yield e


def _iter_json(text: str, origin: str) -> Iterator[RawArticle | InputError]:
    try:
        obj = json.loads(text)
    except ValueError as e:
        # Many ".json" files are JSON Lines in disguise.
        if "Extra data" in str(e):
            yield from _iter_jsonl(io.BytesIO(text.encode("utf-8")), origin, DEFAULT_MAX_BYTES)
            return
        yield MalformedInputError(origin, f"not valid JSON ({e})")
        return
    except RecursionError:
        yield MalformedInputError(origin, "JSON nested too deeply")
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        where = f"{origin}[{i}]" if isinstance(obj, list) else origin
        try:
            yield _from_record(item, where)
        except InputError as e:
            yield e


def _kind_for(path: str) -> str | None:
    ext = os.path.splitext(path)[1].lower()
    if ext in _JSONL_EXT:
        return "jsonl"
    if ext in _JSON_EXT:
        return "json"
    if ext in _HTML_EXT:
        return "html"
    return None


def _read_file(path: str, max_bytes: int) -> Iterator[RawArticle | InputError]:
    kind = _kind_for(path)
    try:
        if kind == "jsonl":
            with open(path, "rb") as f:
                yield from _iter_jsonl(f, path, max_bytes)
            return
        size = os.path.getsize(path)
        if size > max_bytes and kind != "json":
            yield TooLargeError(path, f"{_mb(size)}, over the {_mb(max_bytes)} limit per article", hint="raise it with --max-bytes")
            return
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        yield UnreadableError(path, "is a directory")
        return
    except FileNotFoundError:
        cause = "broken symbolic link" if os.path.islink(path) else "no such file"
        yield UnreadableError(path, cause)
        return
    except PermissionError:
        yield UnreadableError(path, "permission denied")
        return
    except OSError as e:
        yield UnreadableError(path, e.strerror or str(e))
        return
    yield from read_bytes(data, path, kind=kind, max_bytes=max_bytes)


_TEXT_EXT = {".txt", ".text", ""}


def _is_article_file(name: str) -> bool:
    """In a directory walk: files whose ending says article (README.md and images are left alone)."""
    ext = os.path.splitext(name)[1].lower()
    return ext in _TEXT_EXT or ext in _JSONL_EXT or ext in _JSON_EXT or ext in _HTML_EXT


def _walk(root: str) -> Iterator[str | InputError]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and _is_article_file(name):
                yield os.path.join(dirpath, name)
        while errors:
            e = errors.pop()
            yield UnreadableError(e.filename or root, e.strerror or str(e))
    while errors:
        e = errors.pop()
        yield UnreadableError(e.filename or root, e.strerror or str(e))


def read_inputs(
    paths: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[RawArticle | InputError]:
    """Articles from files, directories (recursive, hidden files skipped) and ``-`` (stdin)."""
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_bytes(stream.read(), "<stdin>", max_bytes=max_bytes)
        elif os.path.isdir(path):
            for item in _walk(path):
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from _read_file(item, max_bytes)
        else:
            yield from _read_file(path, max_bytes)

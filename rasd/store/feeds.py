"""RSS and Atom feeds: the feed is parsed with feedparser, each linked page fetched
with urllib and its main text extracted by the same HTML reader as files.

Like :func:`rasd.io.read_inputs`, :func:`read_feed` never raises for bad input:
it yields one :class:`~rasd.errors.InputError` per item that cannot be read.
"""

from __future__ import annotations

import io
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from email.message import Message

from rasd import __version__
from rasd.errors import BinaryInputError, InputError, InvalidDateError, MalformedInputError, NotUtf8Error, TooLargeError, UnreadableError
from rasd.io import DEFAULT_MAX_BYTES, RawArticle, read_bytes

__all__ = ["is_url", "read_feed", "fetch"]

#: Seconds to wait for a server before giving up on a feed or a page.
TIMEOUT = 20.0
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, Message]:
    """The body and headers of ``url``; raises an InputError naming the cause."""
    if not is_url(url):
        raise UnreadableError(url, "not an http(s) address")
    req = urllib.request.Request(url, headers={"User-Agent": f"rasd/{__version__} (+feed reader)", "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            data = resp.read(max_bytes + 1)
            headers = resp.headers
    except urllib.error.HTTPError as e:
        raise UnreadableError(url, f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise UnreadableError(url, f"cannot fetch ({e.reason})") from None
    except (TimeoutError, socket.timeout):
        raise UnreadableError(url, f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as e:
        raise UnreadableError(url, f"cannot fetch ({e})") from None
    if len(data) > max_bytes:
        raise TooLargeError(url, f"over the {max_bytes / 1_048_576:.1f} MB limit", hint="raise it with --max-bytes")
    return data, headers


def _to_utf8(data: bytes, headers: Message, url: str) -> bytes:
    """Page bytes re-encoded as UTF-8, using the charset of the header or the page's meta tag."""
    ctype = (headers.get_content_type() or "").lower()
    if ctype and ctype not in _HTML_TYPES and not ctype.startswith("text/"):
        raise BinaryInputError(url, f"not a web page (Content-Type: {ctype})")
    if b"\x00" in data[:4096]:
        raise BinaryInputError(url, "binary data (contains NUL bytes), not a web page")
    charset = headers.get_content_charset()
    if not charset:
        m = _META_CHARSET.search(data[:4096])
        charset = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(charset).encode("utf-8") if charset.lower().replace("_", "-") not in ("utf-8", "utf8") else data
    except LookupError:
        return data  # unknown charset name: let the UTF-8 reader decide
    except UnicodeDecodeError as e:
        raise NotUtf8Error(url, f"not valid {charset} (byte 0x{data[e.start]:02x} at position {e.start})") from None


def read_feed(url: str, *, timeout: float = TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """One article per item of the feed at ``url``, or an InputError per item that failed."""
    import feedparser

    from rasd.article import parse_published

    try:
        data, headers = fetch(url, timeout=timeout, max_bytes=max_bytes)
    except InputError as e:
        yield e
        return
    # a stream, never bytes: feedparser opens bytes that name a local file (a body of "/etc/passwd")
    feed = feedparser.parse(io.BytesIO(data), response_headers={"content-type": headers.get("Content-Type", "application/xml")})
    if not feed.entries:
        cause = "not an RSS or Atom feed" if feed.get("bozo") else "the feed has no items"
        if feed.get("bozo_exception") is not None:
            cause += f" ({type(feed.bozo_exception).__name__}: {feed.bozo_exception})"
        yield MalformedInputError(url, cause)
        return
    site = (feed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(feed.entries, 1):
        link = (entry.get("link") or "").strip()
        if not link:
            yield MalformedInputError(f"{url} item {i}", "the item has no link")
            continue
        link = urllib.parse.urljoin(url, link)
        try:
            page, page_headers = fetch(link, timeout=timeout, max_bytes=max_bytes)
            html = _to_utf8(page, page_headers, link)
        except InputError as e:
            yield e
            continue
        for item in read_bytes(html, link, kind="html", max_bytes=max_bytes):
            if isinstance(item, InputError):
                yield item
                continue
            item.url = link
            item.title = item.title or (entry.get("title") or "").strip() or None
            item.source = item.source or site
            if item.published is None:
                tm = entry.get("published_parsed") or entry.get("updated_parsed")
                if tm:
                    try:
                        item.published = parse_published(f"{tm.tm_year:04d}-{tm.tm_mon:02d}-{tm.tm_mday:02d}")
                    except InvalidDateError:
                        pass
            yield item


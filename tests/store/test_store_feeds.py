"""Feeds: an RSS file and article pages served by a local HTTP server inside the test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.store import Store, ingest

PAGE = """<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head>
<body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>{title}</h1>
<p>{body}</p><p>وأضاف المصدر أن الاجتماعات ستستأنف الأسبوع المقبل في العاصمة، وسط ترقب لنتائجها.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""

PAGES = {
    "/news/1": ("text/html; charset=utf-8", "utf-8", "الحكومة العراقية تبحث الموازنة",
                "بغداد - عقد مجلس الوزراء العراقي جلسة استثنائية يوم الأحد لبحث مشروع قانون الموازنة العامة للعام المقبل، وقال المتحدث باسم الحكومة إن المجلس أقر معظم أبوابها."),
    "/news/2": ("text/html", "windows-1256", "الأردن يستضيف مؤتمرا للمانحين",
                "عمان - أعلنت وزارة التخطيط الأردنية أن المملكة تستضيف الشهر المقبل مؤتمرا دوليا للمانحين لدعم اللاجئين، بمشاركة ممثلين عن أكثر من ثلاثين دولة ومنظمة."),
}

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title><link>{base}/</link><description>أخبار</description>
<item><title>الحكومة العراقية تبحث الموازنة</title><link>{base}/news/1</link><pubDate>Sun, 05 May 2024 10:00:00 GMT</pubDate></item>
<item><title>خطأ في الخادم</title><link>{base}/news/broken</link></item>
<item><title>الأردن يستضيف مؤتمرا للمانحين</title><link>{base}/news/2</link><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate></item>
<item><title>صورة</title><link>{base}/media/photo.png</link></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            self._send(200, "application/rss+xml; charset=utf-8", RSS.format(base=base).encode("utf-8"))
        elif self.path in PAGES:
            ctype, charset, title, body = PAGES[self.path]
            self._send(200, ctype, PAGE.format(charset=charset, title=title, body=body).encode(charset))
        elif self.path == "/media/photo.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
        elif self.path == "/local-path":  # a body naming a local file must not be opened as the feed
            self._send(200, "application/rss+xml", str(self.server.local_feed).encode())
        elif self.path == "/news/broken":
            self._send(500, "text/html", b"<h1>Internal Server Error</h1>")
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.local_feed = tmp_path / "local-feed.xml"  # type: ignore[attr-defined]
    httpd.local_feed.write_text(RSS.format(base=f"http://127.0.0.1:{httpd.server_address[1]}"), encoding="utf-8")  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_feed_items_are_fetched_and_the_bad_ones_reported(server: str, tmp_path: Path) -> None:
    with Store(tmp_path / "feed.db") as s:
        report = ingest(s, [f"{server}/feed.xml"])
        assert report.stored == 2
        reasons = dict(report.skipped)
        assert "HTTP 500" in reasons[f"{server}/news/broken"]
        assert "image/png" in reasons[f"{server}/media/photo.png"]
        rows = {r["url"]: r for r in s.conn.execute("SELECT url, title, source, published, text FROM articles")}
        one, two = rows[f"{server}/news/1"], rows[f"{server}/news/2"]
        assert "مجلس الوزراء العراقي" in one["text"] and "جميع الحقوق" not in one["text"]
        assert one["published"] == "2024-05-05" and one["source"]
        assert "مؤتمرا دوليا للمانحين" in two["text"]  # windows-1256 page decoded
        # a second run stores nothing new
        assert ingest(s, [f"{server}/feed.xml"]).stored == 0


def test_cli_ingest_of_a_feed_names_each_failure(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["ingest", f"{server}/feed.xml", "--db", str(tmp_path / "f.db")])
    err = capsys.readouterr().err
    assert rc == 1
    assert f"skipped {server}/news/broken: HTTP 500" in err
    assert f"skipped {server}/media/photo.png: not a web page" in err
    assert "2 stored" in err


def test_unreachable_feed_is_reported(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        report = ingest(s, ["http://127.0.0.1:9/feed.xml"])
    assert report.stored == 0 and len(report.skipped) == 1
    assert "cannot fetch" in report.skipped[0][1]


def test_a_page_that_is_not_a_feed(server: str, tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        report = ingest(s, [f"{server}/news/1"])
    assert report.stored == 0 and "feed" in report.skipped[0][1]


def test_a_feed_body_naming_a_local_file_is_not_read_from_disk(server: str, tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        report = ingest(s, [f"{server}/local-path"])
    assert report.stored == 0
    assert "not an RSS or Atom feed" in report.skipped[0][1]

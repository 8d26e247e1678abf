"""`rasd extract` as a user runs it: formats, stdin, and bad input in a batch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main

from _support import ROOT, assert_spans_point_at_text

ARTICLE = (
    "أعلن وزير الخارجية الأردني أيمن الصفدي، الثلاثاء، أن المحادثات مع الجانب السوري ستستأنف في عمان "
    "الأسبوع المقبل. وقال الصفدي للصحفيين «نريد حلا سياسيا شاملا». "
    "وأضاف أن بلاده استقبلت نحو 1.3 مليون لاجئ منذ عام 2011."
)


def run(args, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "also-good.txt").write_text("وقال الرئيس إن الاقتصاد يتعافى.", encoding="utf-8")
    (d / "latin1.txt").write_bytes("قال".encode("utf-8") + b"\xe9t\xe9")
    (d / "cp1256.txt").write_bytes("وزير الخارجية".encode("cp1256"))
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (d / "broken.html").write_text("<html><body><div><<p>وقال الوزير إن <b>الوضع</i> مستقر", encoding="utf-8")
    (d / "records.jsonl").write_text(
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2024-03-12", "title": "محادثات"}, ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"id": "a3", "title": "بلا نص"})
        + "\n"
        + json.dumps({"id": "a4", "text": "خبر", "published": "2024-02-31"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    (d / ".hidden.txt").write_text("لا يقرأ", encoding="utf-8")
    os.symlink(d / "missing.txt", d / "dangling.txt")
    return d


def test_bad_inputs_are_named_and_the_rest_of_the_batch_runs(batch, capsys):
    code, out, err = run(["extract", str(batch), "--format", "jsonl"], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    ids = {r["id"] for r in records}
    assert "a1" in ids and "a4" in ids
    texts = {r["text"] for r in records}
    assert ARTICLE in texts and "وقال الرئيس إن الاقتصاد يتعافى." in texts
    assert any("الوزير" in t for t in texts)  # malformed HTML still yields its text
    assert code == 1
    lines = [line for line in err.splitlines() if "skipped" in line and " skipped in " not in line]
    by_file = {Path(line.split("skipped ", 1)[1].split(":", 1)[0]).name: line for line in lines}
    assert "not UTF-8" in by_file["latin1.txt"]
    assert "not UTF-8" in by_file["cp1256.txt"]
    assert "binary" in by_file["image.txt"]
    assert "empty" in by_file["empty.txt"] and "empty" in by_file["blank.txt"]
    assert "broken symbolic link" in by_file["dangling.txt"]
    assert any("records.jsonl:2" in line and "not valid JSON" in line for line in lines)
    assert any("records.jsonl:3" in line and '"text"' in line for line in lines)
    assert any("records.jsonl:4" in line and "not a calendar date" in line for line in err.splitlines())
    assert "Traceback" not in err
    assert "hidden" not in out


def test_unreadable_file_is_reported(tmp_path, capsys, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text("سري", encoding="utf-8")
    real_open = open

    def guarded_open(path, *a, **k):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", guarded_open)
    code, out, err = run(["extract", str(tmp_path)], capsys)
    assert code == 1
    assert "locked.txt: permission denied" in err
    assert len(out.splitlines()) == 1


def test_huge_file_is_skipped_with_its_size(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.write(("قال الوزير إن الوضع مستقر. " * 1000).encode("utf-8") * 1100)  # ~52 MB
    small = tmp_path / "small.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["extract", str(big), str(small)], capsys)
    assert code == 1
    assert "big.txt" in err and "MB" in err and "limit" in err
    assert len(out.splitlines()) == 1


def test_all_inputs_bad_exits_2(tmp_path, capsys):
    (tmp_path / "e.txt").write_bytes(b"")
    code, out, err = run(["extract", str(tmp_path / "e.txt")], capsys)
    assert code == 2 and out == ""


def test_stdin_with_published(capsys, monkeypatch):
    code, out, err = run(["extract", "-", "--published", "2023-03-16"], capsys, stdin=ARTICLE.encode(), monkeypatch=monkeypatch)
    assert code == 0
    rec = json.loads(out)
    assert rec["text"] == ARTICLE and rec["published"] == "2023-03-16"
    assert rec["id"] == __import__("hashlib").sha256(ARTICLE.encode()).hexdigest()
    assert len(rec["sentences"]) == 3
    assert_spans_point_at_text(rec)


def test_record_has_every_contract_field(capsys, monkeypatch):
    code, out, _ = run(["extract", "-"], capsys, stdin=ARTICLE.encode(), monkeypatch=monkeypatch)
    rec = json.loads(out)
    contract = [
        "schema", "id", "title", "url", "source", "published", "text",
        "sentences", "entities", "quotes", "quantities", "times", "events",
    ]
    assert list(rec)[: len(contract)] == contract  # the contract's fields, in order
    assert list(rec)[len(contract) :] == ["actors"]  # added fields come after them
    assert rec["schema"] == 1


def test_json_and_table_formats(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("خبر قصير.", encoding="utf-8")
    code, out, _ = run(["extract", str(tmp_path), "--format", "json"], capsys)
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run(["extract", str(tmp_path / "a.txt"), "--format", "table", "--published", "2024-01-01"], capsys)
    assert code == 0 and "2024-01-01" in out and "sentences" in out


def test_html_main_text_and_metadata(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='ar'><head><title>محادثات في عمان</title>"
        "<meta property='article:published_time' content='2024-05-07T10:00:00Z'>"
        "<meta property='og:site_name' content='وكالة الأنباء'></head><body>"
        "<nav><a href='/'>الرئيسية</a> <a href='/c'>اتصل بنا</a></nav>"
        f"<article><h1>محادثات في عمان</h1><p>{ARTICLE}</p><p>وتابع الوزير أن الجولة المقبلة ستعقد في دمشق.</p></article>"
        "<footer>جميع الحقوق محفوظة ٢٠٢٤</footer></body></html>",
        encoding="utf-8",
    )
    code, out, _ = run(["extract", str(page)], capsys)
    rec = json.loads(out)
    assert "الصفدي" in rec["text"] and "دمشق" in rec["text"]
    assert "اتصل بنا" not in rec["text"] and "الحقوق" not in rec["text"]
    assert rec["title"] == "محادثات في عمان"
    assert rec["published"] == "2024-05-07"


def test_bad_published_flag_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main(["extract", "-", "--published", "yesterday"])
    assert e.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_console_script_runs_the_examples():
    """The README's main job, through the installed console script."""
    exe = Path(sys.executable).with_name("rasd")
    p = subprocess.run(
        [str(exe), "extract", str(ROOT / "examples"), "--published", "2025-05-18"],
        capture_output=True, text=True, timeout=300,
    )
    assert p.returncode == 0, p.stderr
    records = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(records) >= 7
    assert all(r["published"] for r in records)
    for r in records:
        assert_spans_point_at_text(r)
    assert "Traceback" not in p.stderr


def test_pipe_closed_early_is_not_an_error(tmp_path):
    exe = Path(sys.executable).with_name("rasd")
    (tmp_path / "many.jsonl").write_text(
        "".join(json.dumps({"id": str(i), "text": ARTICLE}, ensure_ascii=False) + "\n" for i in range(300)), encoding="utf-8"
    )
    p = subprocess.run(f"'{exe}' extract '{tmp_path / 'many.jsonl'}' | head -c 100 > /dev/null", shell=True, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in p.stderr


def test_directory_walk_leaves_documentation_and_images_alone(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes about this corpus", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    code, out, err = run(["extract", str(tmp_path)], capsys)
    assert code == 0 and len(out.splitlines()) == 1
    assert "README" not in err and "photo" not in err


def test_every_command_and_option_is_documented_in_the_readme():
    """A newcomer reads the README: every subcommand and every long option must appear there."""
    from rasd.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    missing = []

    def walk(p, path):
        for action in p._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt not in ("--help", "--version") and opt not in readme:
                    missing.append(f"{path} {opt}")
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    if f"rasd {path + ' ' if path else ''}{name}".replace("  ", " ") not in readme and f"{path} {name}".strip() not in readme:
                        missing.append(f"command {path} {name}")
                    walk(sub, f"{path} {name}".strip())

    walk(parser, "")
    assert not missing, f"not in README.md: {missing}"

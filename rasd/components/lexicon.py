"""Loading the components' data files: once, normalized (MATCH) on load."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rasd.errors import ModelError
from rasd.text.normalize import MATCH, normalize


def _lines(name: str) -> list[list[str]]:
    try:
        ref = resources.files("rasd.components").joinpath(f"data/{name}")
        raw = ref.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise ModelError(f"data file {name} is missing from the rasd package ({e})", hint="reinstall rasd") from None
    rows = []
    for line in raw.splitlines():
        line = line.split("  #", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def norm(s: str) -> str:
    return normalize(s.strip(), MATCH)


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A TSV data file as {normalized first column: remaining columns}."""
    return {norm(row[0]): tuple(c.strip() for c in row[1:]) for row in _lines(name)}


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A one-column data file as a set of normalized entries."""
    return frozenset(norm(row[0]) for row in _lines(name))


@lru_cache(maxsize=None)
def phrases(name: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A TSV data file keyed by the normalized words of its first column."""
    return {tuple(norm(row[0]).split()): tuple(c.strip() for c in row[1:]) for row in _lines(name)}

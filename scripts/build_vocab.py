#!/usr/bin/env python3
"""Rebuild rasd/text/data/vocab.tsv, the word counts the clitic splitter scores against.

The counts come from the tokens of ANERcorp's training split (CC BY-SA 4.0):

    python scripts/build_vocab.py ../shared/data/ner/anercorp_train.txt

Words are stored as written (minus diacritics and tatweel) with their count;
the splitter normalizes them on load.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.text.normalize import LIGHT, normalize  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "rasd" / "text" / "data" / "vocab.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll", nargs="+", help="token-per-line files (ANERcorp format)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    for path in args.conll:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if parts and any("\u0621" <= c <= "\u064a" for c in parts[0]):
                    counts[normalize(parts[0], LIGHT)] += 1
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# word\tcount — token counts from ANERcorp train (CC BY-SA 4.0); rebuilt by scripts/build_vocab.py\n")
        for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{word}\t{n}\n")
    print(f"{len(counts)} words -> {args.out}")


if __name__ == "__main__":
    main()

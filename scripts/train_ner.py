"""Retrain the shipped NER model.

    python scripts/train_ner.py --data ../shared/data/ner/anercorp_train.txt

Same as ``python -m rasd.ner.train train --data PATH`` (needs python-crfsuite).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rasd.ner.train import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(["train", *sys.argv[1:]]))

"""Named entities: a trained Arabic NER tagger shipped with rasd.

>>> from rasd.ner import load_tagger
>>> tagger = load_tagger()
>>> tagger.tag(["وقال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون"])  # doctest: +SKIP
['O', 'O', 'O', 'B-PER', 'I-PER']

The shipped model (``data/ner_crf.npz``) is a linear-chain CRF trained on
ANERcorp (CC BY-SA 4.0), run with numpy alone; see ``rasd/ner/data/README.md``.
:class:`NeuralTagger` runs the BiLSTM-CRF that ``rasd train ner --kind nn``
trains (character CNN, word-feature bag, USE-multilingual subwords), also with
numpy alone; it is not shipped, as it did not beat the CRF on the test split
(see docs/BENCHMARKS.md). :func:`load_tagger` reads either kind of file.
Tokens keep their proclitics;
:func:`name_start` says how many leading characters of an entity's first token
to leave outside its span (والأردن -> الأردن).
"""

from __future__ import annotations

from pathlib import Path

from rasd.errors import ModelError
from rasd.ner.model import DEFAULT_MODEL, NerTagger
from rasd.ner.nn import NeuralTagger
from rasd.ner.spans import name_start

__all__ = ["NerTagger", "NeuralTagger", "load_tagger", "name_start", "DEFAULT_MODEL"]


def load_tagger(path: str | Path | None = None) -> NeuralTagger | NerTagger:
    """The tagger stored at ``path`` (default: the shipped CRF), neural or CRF by the file's content."""
    import zipfile

    p = Path(path) if path is not None else DEFAULT_MODEL
    if not p.exists():
        raise ModelError(f"NER model not found at {p}", hint="train one with `rasd train ner --data PATH`")
    try:
        with zipfile.ZipFile(p) as z:
            names = set(z.namelist())
        if "attrs.npy" in names:
            return NerTagger.load(p)
        if "features.npy" in names:
            return NeuralTagger.load(p)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as e:
        raise ModelError(f"{p} is not a readable NER model ({e})", hint="retrain it or reinstall rasd") from None
    raise ModelError(f"{p} is not an NER model written by rasd (unknown arrays)", hint="retrain it")

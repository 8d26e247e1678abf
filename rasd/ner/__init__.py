"""Named entities: a trained Arabic NER tagger shipped with rasd.

>>> from rasd.ner import load_tagger
>>> tagger = load_tagger()
>>> tagger.tag(["وقال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون"])  # doctest: +SKIP
['O', 'O', 'O', 'B-PER', 'I-PER']

The shipped tagger (:class:`SumTagger`) sums the label scores of two models
trained here on ANERcorp (CC BY-SA 4.0) and synthetic news sentences, and
decodes them once: a convolutional neural tagger (``data/ner_nn.npz``,
:class:`NeuralTagger`) and a linear-chain CRF (``data/ner_crf.npz``,
:class:`NerTagger`); see ``rasd/ner/data/README.md``. Both run with numpy
(and sentencepiece for the neural model's subword pieces); no torch.
:func:`load_tagger` reads any of the three kinds from its file.
Tokens keep their proclitics;
:func:`name_start` says how many leading characters of an entity's first token
to leave outside its span (والأردن -> الأردن).
"""

from __future__ import annotations

from pathlib import Path

from rasd.errors import ModelError
from rasd.ner.combined import SumTagger
from rasd.ner.model import DEFAULT_MODEL as CRF_MODEL
from rasd.ner.model import NerTagger
from rasd.ner.nn import NeuralTagger
from rasd.ner.spans import name_start

__all__ = ["NerTagger", "NeuralTagger", "SumTagger", "load_tagger", "name_start", "DEFAULT_MODEL", "CRF_MODEL"]

#: The shipped tagger: the neural model, which names the CRF it is summed with.
DEFAULT_MODEL = Path(__file__).parent / "data" / "ner_nn.npz"


def load_tagger(path: str | Path | None = None, summed: bool = True) -> SumTagger | NeuralTagger | NerTagger:
    """The tagger stored at ``path`` (default: the shipped one), chosen by the file's content.

    A CRF file gives a :class:`NerTagger`; a neural file gives a :class:`NeuralTagger`,
    or a :class:`SumTagger` when it names a CRF file (``sum_with``, in its own folder)
    to sum its scores with (unless ``summed`` is false).
    """
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
            nn = NeuralTagger.load(p)
            if nn.sum_with and summed:
                crf_path = p.parent / nn.sum_with
                if not crf_path.exists():
                    raise ModelError(f"{p} is summed with {crf_path}, which is missing",
                                     hint="retrain both with `rasd train ner --data PATH`")
                return SumTagger(nn, NerTagger.load(crf_path), nn.sum_weight)
            return nn
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as e:
        raise ModelError(f"{p} is not a readable NER model ({e})", hint="retrain it or reinstall rasd") from None
    raise ModelError(f"{p} is not an NER model written by rasd (unknown arrays)", hint="retrain it")

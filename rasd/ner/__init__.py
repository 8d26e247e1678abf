"""Named entities: a trained Arabic NER tagger shipped with rasd.

>>> from rasd.ner import NerTagger
>>> tagger = NerTagger.load()
>>> tagger.tag(["وقال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون"])  # doctest: +SKIP
['O', 'O', 'O', 'B-PER', 'I-PER']

The model is a linear-chain CRF trained on ANERcorp (CC BY-SA 4.0); see
``rasd/ner/data/README.md``. Inference needs numpy only.
"""

from rasd.ner.model import NerTagger

__all__ = ["NerTagger"]

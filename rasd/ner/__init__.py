"""Named entities: a trained Arabic NER tagger shipped with rasd.

>>> from rasd.ner import NerTagger
>>> tagger = NerTagger.load()
>>> tagger.tag(["وقال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون"])  # doctest: +SKIP
['O', 'O', 'O', 'B-PER', 'I-PER']

The model is a linear-chain CRF trained on ANERcorp (CC BY-SA 4.0); see
``rasd/ner/data/README.md``. Inference needs numpy only. Tokens keep their
proclitics; :func:`name_start` says how many leading characters of an entity's
first token to leave outside its span (والأردن -> الأردن).
"""

from rasd.ner.model import NerTagger
from rasd.ner.spans import name_start

__all__ = ["NerTagger", "name_start"]

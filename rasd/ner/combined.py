"""The shipped NER tagger: the neural tagger's scores plus a weight times the CRF's, one Viterbi pass.

The two models see the same words differently: the CRF (:mod:`rasd.ner.model`)
weighs sparse features of a five-word window and whole-name gazetteer matches;
the neural tagger (:mod:`rasd.ner.nn`) learns dense word vectors from
characters, subword pieces and the same feature bag. Their label scores are
summed position by position (emissions and transitions, the CRF's times
``weight``) and decoded once, so each model overrules the other only where it is
the more certain. On held-out ANERcorp the sum beats either model alone
(docs/BENCHMARKS.md).

Each word's features (:func:`rasd.ner.features.token_features`) are computed
once for both models (:func:`rasd.ner.features.features_of`).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from rasd.ner.features import span_gazetteer
from rasd.ner.model import NerTagger, Tagging, _split_at_names
from rasd.ner.nn import NeuralTagger

__all__ = ["SumTagger"]


class SumTagger(Tagging):
    """Tags sentences of surface tokens with IOB2 labels PER, ORG, LOC, MISC from summed models.

    ``nn`` weighs ``nn_weight``, each ``(model, weight)`` of ``more`` (further neural
    taggers, e.g. the same recipe trained with other seeds) its weight, and the CRF ``weight``.
    """

    def __init__(self, nn: NeuralTagger, crf: NerTagger, weight: float = 1.0, split_names: bool = True,
                 nn_weight: float = 1.0, more: Sequence[tuple[NeuralTagger, float]] = ()) -> None:
        self.nn, self.crf, self.weight = nn, crf, float(weight)
        self.nets = [(nn, float(nn_weight))] + [(m, float(w)) for m, w in more]
        self.labels = nn.labels
        if any(m.labels != nn.labels for m, _ in self.nets):
            raise ValueError("the neural NER models have different labels")
        try:
            self._perm = [crf.labels.index(lab) for lab in nn.labels]
        except ValueError:
            raise ValueError(f"the NER models have different labels: {nn.labels} / {crf.labels}") from None
        p = np.array(self._perm, np.intp)
        self._trans = sum(w * m._trans for m, w in self.nets) + self.weight * crf._trans[np.ix_(p, p)]
        self._start = sum(w * m._start for m, w in self.nets)
        self._end = sum(w * m._end for m, w in self.nets)
        self.split_names = split_names

    def clear_cache(self) -> None:
        """Forget the cached word types of all the models."""
        for m, _ in self.nets:
            m.clear_cache()
        self.crf.clear_cache()

    def emissions(self, sents: list[list[str]]) -> np.ndarray:
        """Summed emission scores [B, T, labels] of sentences given longest first.

        The models look up each new word's features in the shared lexicons' cache
        (:func:`rasd.ner.features.features_of`), so they are computed once.
        """
        em = None
        for m, w in self.nets:
            e = m._emissions(sents)
            if w != 1.0:
                e *= w
            em = e if em is None else em + e
        perm = self._perm
        for j, e in enumerate(self.crf._emissions(sents)):
            em[j, :len(e)] += self.weight * e[:, perm]
        return em

    def _tag_many(self, sents: list[list[str]], batch: int = 256) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in sents]
        todo = sorted((i for i, s in enumerate(sents) if s), key=lambda i: -len(sents[i]))
        labels = self.labels
        nn = self.nn
        match = span_gazetteer().match
        for a in range(0, len(todo), batch):
            part = todo[a:a + batch]
            group = [sents[i] for i in part]
            em = self.emissions(group)
            lens = np.array([len(s) for s in group])
            for i, path in zip(part, nn._viterbi(em, lens, self._trans, self._start, self._end)):
                tags = [labels[j] for j in path]
                out[i] = _split_at_names(tags, match(sents[i])) if self.split_names else tags
        return out

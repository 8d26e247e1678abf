"""The NER tagger at run time: a linear-chain CRF scored and decoded in numpy.

The weights come from a CRF trained with python-crfsuite (:mod:`rasd.ner.train`)
and are stored as a plain ``.npz``: the attribute strings, one weight row per
attribute and label, and the label transition matrix. No crfsuite and no torch
are needed here.

Speed comes from the shape of the features (:mod:`rasd.ner.features`): every
feature of a position belongs to one token of its window, so the score that a
word type contributes at each window offset is computed once per type and
cached. Tagging a sentence is then a few array additions and a Viterbi pass,
batched over sentences of similar length.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from rasd.ner.features import CONTEXT_KEYS, OFFSETS, PAD, Lexicons, lexicons, token_features

__all__ = ["NerTagger", "DEFAULT_MODEL"]

DEFAULT_MODEL = Path(__file__).parent / "data" / "ner_crf.npz"
_LABEL_MAP = {"PERS": "PER"}
_CACHE_MAX = 500_000


def _out_label(tag: str) -> str:
    if tag == "O":
        return tag
    prefix, _, typ = tag.partition("-")
    return f"{prefix}-{_LABEL_MAP.get(typ, typ)}"


class NerTagger:
    """Tags sentences of surface tokens with IOB2 labels PER, ORG, LOC, MISC."""

    _loaded: dict[str, "NerTagger"] = {}
    _lock = threading.Lock()

    def __init__(self, attrs: Sequence[str], weights: np.ndarray, trans: np.ndarray,
                 labels: Sequence[str], lex: Lexicons | None = None) -> None:
        self.labels = [_out_label(t) for t in labels]
        self._index = {a: i for i, a in enumerate(attrs)}
        self._w = np.asarray(weights, dtype=np.float32)
        self._trans = np.asarray(trans, dtype=np.float32)
        self._lex = lex
        n_lab = len(self.labels)
        bias = self._index.get("bias")
        self._bias = self._w[bias] if bias is not None else np.zeros(n_lab, np.float32)
        self._cache: dict[str, np.ndarray] = {}
        self._ok = self._allowed_mask()

    # -- loading ---------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> "NerTagger":
        """The tagger stored at ``path`` (default: the shipped model), loaded once per process."""
        p = Path(path) if path is not None else DEFAULT_MODEL
        key = str(p.resolve())
        with cls._lock:
            tagger = cls._loaded.get(key)
            if tagger is None:
                if not p.exists():
                    raise FileNotFoundError(
                        f"NER model not found at {p}; train one with "
                        "`python scripts/train_ner.py --data PATH` (needs python-crfsuite)")
                with np.load(p, allow_pickle=False) as z:
                    attrs = str(z["attrs"]).split("\n") if z["attrs"].ndim == 0 else list(z["attrs"])
                    tagger = cls(attrs, z["weights"], z["trans"], [str(x) for x in z["labels"]])
                cls._loaded[key] = tagger
            return tagger

    @staticmethod
    def save(path: str | Path, attrs: Sequence[str], weights: np.ndarray, trans: np.ndarray,
             labels: Sequence[str]) -> None:
        """Write a model file readable by :meth:`load`."""
        np.savez_compressed(
            path, attrs=np.array("\n".join(attrs)), weights=np.asarray(weights, np.float16),
            trans=np.asarray(trans, np.float32), labels=np.array(list(labels)))

    # -- scoring ---------------------------------------------------------------
    def _allowed_mask(self) -> np.ndarray:
        """Transitions that IOB2 forbids (O -> I-X, B-X -> I-Y) get a large penalty."""
        n = len(self.labels)
        pen = np.zeros((n, n), np.float32)
        for a, la in enumerate(self.labels):
            for b, lb in enumerate(self.labels):
                if lb.startswith("I-") and la[2:] != lb[2:]:
                    pen[a, b] = -1e4
        self._start_pen = np.array([-1e4 if lb.startswith("I-") else 0.0 for lb in self.labels],
                                   np.float32)
        return pen

    def _type_scores(self, token: str) -> np.ndarray:
        """Score rows [len(OFFSETS), labels] that ``token`` adds at each window offset."""
        s = self._cache.get(token)
        if s is not None:
            return s
        feats = ["pad"] if token == PAD else token_features(token, self._lex or lexicons())
        idx = self._index
        out = np.zeros((len(OFFSETS), len(self.labels)), np.float32)
        for k, o in enumerate(OFFSETS):
            rows = []
            for f in feats:
                if o != 0 and f != "pad" and f.split("=", 1)[0] not in CONTEXT_KEYS:
                    continue
                r = idx.get(f"{o}|{f}")
                if r is not None:
                    rows.append(r)
            if rows:
                out[k] = self._w[rows].sum(axis=0)
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[token] = out
        return out

    def _emissions(self, tokens: Sequence[str]) -> np.ndarray:
        n = len(tokens)
        w = max(-min(OFFSETS), max(OFFSETS))
        seq = [PAD] * w + list(tokens) + [PAD] * w
        a = np.stack([self._type_scores(t) for t in seq])  # [n + 2w, K, L]
        em = np.broadcast_to(self._bias, (n, a.shape[2])).copy()
        for k, o in enumerate(OFFSETS):
            em += a[w + o: w + o + n, k]
        return em

    # -- decoding --------------------------------------------------------------
    def _viterbi_batch(self, ems: list[np.ndarray]) -> list[list[int]]:
        """Best label paths for sentences of equal length, decoded together."""
        e = np.stack(ems)  # [B, n, L]
        b, n, _ = e.shape
        trans = self._trans + self._ok
        score = e[:, 0] + self._start_pen
        back = np.empty((n, b, e.shape[2]), np.int16)
        for t in range(1, n):
            cand = score[:, :, None] + trans[None]  # [B, from, to]
            back[t] = cand.argmax(axis=1)
            score = np.take_along_axis(cand, back[t][:, None, :].astype(np.intp), 1)[:, 0] + e[:, t]
        best = score.argmax(axis=1)
        paths = np.empty((b, n), np.intp)
        paths[:, n - 1] = best
        for t in range(n - 1, 0, -1):
            best = back[t][np.arange(b), best]
            paths[:, t - 1] = best
        return paths.tolist()

    # -- public API ------------------------------------------------------------
    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of surface tokens (clitics still attached)."""
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Iterable[Sequence[str]]) -> list[list[str]]:
        """IOB2 tags for many sentences; sentences of equal length are decoded together."""
        sents = [list(s) for s in sentences]
        out: list[list[str] | None] = [None] * len(sents)
        by_len: dict[int, list[int]] = {}
        for i, s in enumerate(sents):
            if not s:
                out[i] = []
            else:
                by_len.setdefault(len(s), []).append(i)
        labels = self.labels
        for ids in by_len.values():
            ems = [self._emissions(sents[i]) for i in ids]
            for i, path in zip(ids, self._viterbi_batch(ems)):
                out[i] = [labels[j] for j in path]
        return out  # type: ignore[return-value]

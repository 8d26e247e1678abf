"""The neural NER tagger at run time: character CNN + feature bag -> BiLSTM -> CRF, in numpy.

Trained with PyTorch by :mod:`rasd.ner.train_nn` and stored as a plain ``.npz``;
only numpy is needed here.

Each word type is represented once and cached (the representation depends on
the word alone): the sum of the embeddings of its :func:`token_features`
(word, clitic-stripped stem, affixes, frequency in general Arabic, lexicon and
gazetteer membership, transliteration shape), a character CNN over its
MATCH-normalized letters and, when the model has them, the mean of its
USE-multilingual subword embeddings (the SentencePiece model travels inside the
model file): the evidence for names never seen in training. The cache holds each type's input projection
for both LSTM directions, so tagging a sentence is a gather, the recurrent
steps (batched over sentences of similar length) and a Viterbi pass.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from rasd.errors import ModelError
from rasd.ner.features import PAD, lexicons, norm, token_features
from rasd.ner.model import _out_label, _propagate, backtrack, cached_type_ids, stem_key

__all__ = ["NeuralTagger", "char_ids", "MAX_CHARS"]

#: Letters of a word the character CNN sees (the rest is cut); with the two boundary marks.
MAX_CHARS = 20
_CACHE_MAX = 400_000
def char_ids(word: str, index: dict[str, int]) -> list[int]:
    """Character ids of one word for the CNN: ``<`` letters ``>``, padded with 0 to MAX_CHARS + 2.

    Id 1 is an unknown character; 2 and 3 are the boundary marks.
    """
    w = norm(word) or word
    ids = [2] + [index.get(c, 1) for c in w[:MAX_CHARS]] + [3]
    return ids + [0] * (MAX_CHARS + 2 - len(ids))


class _Subwords:
    """The SentencePiece tokenizer of USE multilingual v3, loaded from the model file's own bytes."""

    def __init__(self, proto: bytes) -> None:
        try:
            import sentencepiece
        except ImportError:
            raise ModelError("this NER model needs the sentencepiece package",
                             hint="pip install sentencepiece (or pip install -e '.[nn]')") from None
        self._sp = sentencepiece.SentencePieceProcessor(model_proto=proto)

    def ids(self, words: list[str]) -> list[list[int]]:
        """Piece ids of each word (unknown, start and end ids dropped)."""
        return [[i for i in ids if i > 2] for ids in self._sp.encode(words, num_threads=1)]


class NeuralTagger:
    """Tags sentences of surface tokens with IOB2 labels PER, ORG, LOC, MISC."""

    _loaded: dict[str, "NeuralTagger"] = {}
    _lock = threading.Lock()

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        a = {k: np.asarray(v) for k, v in arrays.items()}
        f32 = np.float32
        self.labels_raw = [str(x) for x in a["labels"]]
        self.labels = [_out_label(t) for t in self.labels_raw]
        feats = str(a["features"]).split("\n")
        self._fid = {f: i for i, f in enumerate(feats)}
        # one extra all-zero row, the start of every word's segment in the feature bag
        self._femb = np.vstack([a["feat_emb"].astype(f32), np.zeros((1, a["feat_emb"].shape[1]), f32)])
        self._zero_feat = len(self._femb) - 1
        self._cidx = {c: i for i, c in enumerate(str(a["chars"]))}
        self._cemb = a["char_emb"].astype(f32)
        self._widths = [int(k) for k in a["conv_widths"]]
        # subword table: rows for the pieces kept (Arabic letters, digits, punctuation);
        # subword_row maps a piece id to its row, 0 (an all-zero row) for the pieces dropped
        self._sub = a["subword_emb"].astype(f32) if "subword_emb" in a else None
        self._sub_row = a["subword_row"] if "subword_row" in a else None
        self._subwords = _Subwords(a["subword_model"].tobytes()) if "subword_model" in a else None
        self._sub_b = a["subword_b"].astype(f32) if "subword_b" in a else None
        self._conv = [(a[f"conv{k}_w"].astype(f32), a[f"conv{k}_b"].astype(f32)) for k in self._widths]
        # PyTorch gate order (i, f, g, o) -> (i, f, o, g), sigmoid gates pre-scaled by 1/2
        h = self._h = a["whh_f"].shape[1]
        order = np.r_[0:2 * h, 3 * h:4 * h, 2 * h:3 * h]
        scale = np.r_[np.full(3 * h, 0.5), np.ones(h)].astype(f32)

        def gates(m: np.ndarray) -> np.ndarray:
            return (m.astype(f32)[order].T * scale).T

        self._wih = np.concatenate([gates(a["wih_f"]), gates(a["wih_b"])], axis=0).T.copy()  # [In, 8H]
        self._bih = np.concatenate([gates(a["b_f"]), gates(a["b_b"])])
        self._whh = np.stack([gates(a["whh_f"]).T, gates(a["whh_b"]).T])  # [2, H, 4H]
        self._out_w = a["out_w"].T.astype(f32)
        self._out_b = a["out_b"].astype(f32)
        n = len(self.labels)
        pen = np.zeros((n, n), f32)
        for i, la in enumerate(self.labels):
            for j, lb in enumerate(self.labels):
                if lb.startswith("I-") and la[2:] != lb[2:]:
                    pen[i, j] = -1e4
        self._trans = a["trans"].astype(f32) + pen
        self._start = a["start"].astype(f32) + np.array(
            [-1e4 if lb.startswith("I-") else 0.0 for lb in self.labels], f32)
        self._end = a["end"].astype(f32)
        self._ids: dict[str, int] = {}
        self._table = np.zeros((1024, 8 * self._h), f32)
        self._n = 0
        self._lock_types = threading.Lock()

    # -- loading ---------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> "NeuralTagger":
        """The tagger stored at ``path``, loaded once per process."""
        p = Path(path)
        key = str(p.resolve())
        with cls._lock:
            tagger = cls._loaded.get(key)
            if tagger is None:
                if not p.exists():
                    raise ModelError(f"NER model not found at {p}", hint="train one with `rasd train ner --kind nn`")
                with np.load(p, allow_pickle=False) as z:
                    tagger = cls({k: z[k] for k in z.files})
                cls._loaded[key] = tagger
            return tagger

    # -- word types ------------------------------------------------------------
    def word_vectors(self, tokens: Sequence[str]) -> np.ndarray:
        """The input vector of each token (feature bag, character CNN, subwords), no caching."""
        lex = lexicons()
        fid = self._fid
        zero = self._zero_feat
        flat: list[int] = []
        starts: list[int] = []
        for tok in tokens:
            starts.append(len(flat))
            flat.append(zero)  # keeps every segment non-empty
            feats = ("pad",) if tok == PAD else token_features(tok, lex)
            flat.extend(r for r in map(fid.get, feats) if r is not None)
        bag = np.add.reduceat(self._femb[np.array(flat, np.intp)], np.array(starts, np.intp), axis=0)
        parts = [bag, np.tanh(self._char_cnn(tokens))]
        if self._sub is not None:
            pieces = self._subwords.ids([t if t != PAD else "" for t in tokens])
            flat, starts = [], []
            for ids in pieces:
                starts.append(len(flat))
                flat.append(-1)  # stands for row 0 of the subword table, all zeros
                flat.extend(ids)
            rows = self._sub_row[np.array(flat, np.intp)]
            rows[np.array(starts, np.intp)] = 0
            sums = np.add.reduceat(self._sub[rows], np.array(starts, np.intp), axis=0)
            counts = np.array([max(len(ids), 1) for ids in pieces], np.float32)
            parts.append(sums / counts[:, None] + self._sub_b)
        return np.concatenate(parts, axis=1)

    def _char_cnn(self, tokens: Sequence[str]) -> np.ndarray:
        """Max-pooled character convolutions of each token, words of one length at a time.

        Training pads every word to MAX_CHARS + 2 characters; a window entirely in
        that padding scores the bias alone. Here each word's windows stop at its
        last character and the bias stands for the all-padding windows, which gives
        the same maximum with far less work on short words.
        """
        full = MAX_CHARS + 2
        ch = [char_ids(t if t != PAD else "", self._cidx) for t in tokens]
        lens = np.array([full - c.count(0) for c in ch])
        out = np.empty((len(tokens), sum(w.shape[1] for w, _ in self._conv)), np.float32)
        kmax = max(self._widths)
        for r in np.unique(lens):
            rows = np.flatnonzero(lens == r)
            x = np.zeros((len(rows), r + kmax - 1, self._cemb.shape[1]), np.float32)
            x[:, :r] = self._cemb[np.array([ch[i][:r] for i in rows], np.intp)]
            col = 0
            for k, (w, b) in zip(self._widths, self._conv):
                n_win = min(r, full - k + 1)
                win = np.concatenate([x[:, j:j + n_win] for j in range(k)], axis=2)  # [g, n_win, k*dc]
                pooled = (win @ w).max(axis=1) + b
                if r <= full - k:  # some windows lay wholly in the padding
                    np.maximum(pooled, b, out=pooled)
                out[rows, col:col + w.shape[1]] = pooled
                col += w.shape[1]
        return out

    def _type_ids(self, tokens: list[str]) -> np.ndarray:
        return np.array(cached_type_ids(self, tokens, _CACHE_MAX), np.intp)

    def _reset_types(self, tokens: list[str]) -> list[str]:
        self._ids.clear()
        self._n = 0
        return list(dict.fromkeys(tokens))

    def _add_types(self, new: list[str]) -> None:
        """Input-projected word vectors of new word types (called under the type lock)."""
        n0, need = self._n, self._n + len(new)
        if need > len(self._table):
            grown = np.zeros((max(need, 2 * len(self._table)), self._table.shape[1]), np.float32)
            grown[:n0] = self._table[:n0]
            self._table = grown
        for a in range(0, len(new), 4096):
            part = new[a:a + 4096]
            self._table[n0 + a:n0 + a + len(part)] = self.word_vectors(part) @ self._wih + self._bih
        for j, t in enumerate(new):
            self._ids[t] = n0 + j
        self._n = need

    def clear_cache(self) -> None:
        """Forget the cached word types (they are recomputed on demand)."""
        with self._lock_types:
            self._ids.clear()
            self._n = 0

    # -- network ---------------------------------------------------------------
    def _bilstm(self, xs: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Both LSTM directions at once over [2, B, T, 4H] input projections.

        Row 0 holds the sentences as written, row 1 each sentence reversed; both
        left-aligned and sorted longest first, so at step t only the first
        ``(lens > t).sum()`` rows are still running and the rest are skipped.
        The gate columns were reordered to (i, f, o, g) with i, f, o pre-scaled
        by 1/2 at load time, so one tanh yields all four gates:
        sigmoid(x) = (tanh(x / 2) + 1) / 2.
        """
        _, b, t_max, _ = xs.shape
        h_dim = self._h
        h3 = 3 * h_dim
        h = np.zeros((2, b, h_dim), np.float32)
        c = np.zeros((2, b, h_dim), np.float32)
        out = np.zeros((2, b, t_max, h_dim), np.float32)
        whh = self._whh
        active = (lens[None, :] > np.arange(t_max)[:, None]).sum(axis=1)
        for t in range(t_max):
            k = int(active[t])
            hk, ck = h[:, :k], c[:, :k]
            g = xs[:, :k, t] + hk @ whh
            np.tanh(g, out=g)
            sig = g[..., :h3]
            sig += 1.0
            sig *= 0.5
            ck *= sig[..., h_dim:2 * h_dim]
            ck += sig[..., :h_dim] * g[..., h3:]
            hk[...] = sig[..., 2 * h_dim:h3] * np.tanh(ck)
            out[:, :k, t] = hk
        return out

    def _emissions(self, sents: list[list[str]]) -> np.ndarray:
        """Emission scores [B, T, labels] of sentences given longest first."""
        lens = np.array([len(s) for s in sents])
        b, t_max = len(sents), int(lens.max())
        flat = [w for s in sents for w in s]
        ids = self._type_ids(flat)  # may grow the table: look it up after
        proj = self._table[ids]  # [N, 8H]
        h4 = 4 * self._h
        xs = np.zeros((2, b, t_max, h4), np.float32)
        pos = 0
        for i, n in enumerate(lens):
            xs[0, i, :n] = proj[pos:pos + n, :h4]
            xs[1, i, :n] = proj[pos + n - 1:pos - 1 if pos else None:-1, h4:]
            pos += n
        out = self._bilstm(xs, lens)
        hb = np.zeros((b, t_max, self._h), np.float32)
        for i, n in enumerate(lens):
            hb[i, :n] = out[1, i, n - 1::-1]
        return np.concatenate([out[0], hb], axis=2) @ self._out_w + self._out_b

    def _viterbi(self, em: np.ndarray, lens: np.ndarray) -> list[list[int]]:
        """Best label paths of sentences given longest first (rows past their end are skipped)."""
        b, t_max, n_lab = em.shape
        score = em[:, 0] + self._start
        back = np.empty((t_max, b, n_lab), np.intp)
        back[:] = np.arange(n_lab)  # a finished row keeps its label
        active = (lens[None, :] > np.arange(t_max)[:, None]).sum(axis=1)
        trans = self._trans
        for t in range(1, t_max):
            k = int(active[t])
            cand = score[:k, :, None] + trans
            arg = cand.argmax(axis=1)
            back[t, :k] = arg
            score[:k] = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0] + em[:k, t]
        return backtrack(back, (score + self._end).argmax(axis=1), lens)

    # -- public API ------------------------------------------------------------
    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of surface tokens (clitics still attached)."""
        return self._tag_many([list(tokens)])[0]

    def tag_many(self, sentences: Iterable[Sequence[str]], consistent: bool = True) -> list[list[str]]:
        """IOB2 tags for many sentences, e.g. the sentences of one article.

        With ``consistent`` (default) the sentences are taken as one document
        (see :func:`rasd.ner.model._propagate`).
        """
        sents = [list(s) for s in sentences]
        out = self._tag_many(sents)
        if consistent and len(out) > 1:
            out = _propagate(sents, out, stem_key)
        return out

    def _tag_many(self, sents: list[list[str]], batch: int = 48) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in sents]
        todo = sorted((i for i, s in enumerate(sents) if s), key=lambda i: -len(sents[i]))
        labels = self.labels
        for a in range(0, len(todo), batch):
            part = todo[a:a + batch]
            group = [sents[i] for i in part]
            em = self._emissions(group)
            for i, path in zip(part, self._viterbi(em, np.array([len(s) for s in group]))):
                out[i] = [labels[j] for j in path]
        return out

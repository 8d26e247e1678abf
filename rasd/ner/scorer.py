"""Exact-span precision, recall and F1 with the chunk rules of CoNLL's conlleval.

A chunk starts at ``B-X``, or at ``I-X`` when the previous tag is ``O`` or of
another type; it ends before ``O``, ``B-*`` or an ``I-`` of another type. A
predicted chunk counts only when its type, start and end all match a gold one.
"""

from __future__ import annotations

from typing import Iterable, Sequence

__all__ = ["chunks", "score"]


def chunks(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """The (type, start, end) chunks of one IOB sequence, end exclusive."""
    out: set[tuple[str, int, int]] = set()
    typ: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        if tag == "O":  # most tags: close the open chunk, if any
            if typ is not None:
                out.add((typ, start, i))
                typ = None
            continue
        prefix, _, t = tag.partition("-")
        if prefix not in ("B", "I"):
            prefix, t = "O", ""
        begins = prefix == "B" or (prefix == "I" and t != typ)
        if typ is not None and (prefix == "O" or begins):
            out.add((typ, start, i))
            typ = None
        if begins:
            typ, start = t, i
    if typ is not None:
        out.add((typ, start, len(tags)))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": n_gold}


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Micro-averaged ("overall") and per-type scores over sentences of IOB tags.

    Type names ``PERS`` and ``PER`` are treated as the same type.
    """
    tp: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"gold has {len(g)} tags but prediction has {len(p)}")
        gc = {(_t(t), s, e) for t, s, e in chunks(g)}
        pc = {(_t(t), s, e) for t, s, e in chunks(p)}
        for t, _, _ in gc:
            n_gold[t] = n_gold.get(t, 0) + 1
        for t, _, _ in pc:
            n_pred[t] = n_pred.get(t, 0) + 1
        for t, _, _ in gc & pc:
            tp[t] = tp.get(t, 0) + 1
    types = sorted(set(n_gold) | set(n_pred))
    out = {"overall": _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))}
    for t in types:
        out[t] = _prf(tp.get(t, 0), n_pred.get(t, 0), n_gold.get(t, 0))
    return out


def _t(t: str) -> str:
    return "PER" if t == "PERS" else t

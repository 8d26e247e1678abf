"""Near-duplicates: MinHash over word 5-shingles of the stems, LSH to find candidates.

A syndicated copy of an article with small edits (a changed dateline, a line
added) has a different content hash but nearly the same shingles; it is stored
linked to the first copy (``duplicate_of``) and left out of aggregates.
"""

from __future__ import annotations

import numpy as np

from rasd.store.textindex import shingles

__all__ = ["NUM_PERM", "THRESHOLD", "signature", "NearDuplicates"]

NUM_PERM = 128
#: Estimated Jaccard similarity of the 5-shingle sets from which two texts are one article.
#: A changed dateline and an added sentence in a short wire story give about 0.7; stories that
#: share one paragraph of three, about 0.2.
THRESHOLD = 0.6
#: LSH finds candidates from this (lower) similarity, so that few true pairs near THRESHOLD are missed.
_LSH_THRESHOLD = 0.45
_SEED = 1
#: datasketch's hashing scheme, fixed so that stored signatures stay comparable across versions.
_SCHEME = "affine32"


def signature(terms: list[str]) -> bytes | None:
    """The MinHash signature of a text's stems, as bytes (None for an empty text)."""
    from datasketch import MinHash

    sh = shingles(terms)
    if not sh:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    m.update_batch(sh)
    return m.hashvalues.astype("<u8").tobytes()


class NearDuplicates:
    """An LSH index over the signatures of a store, filled lazily from it."""

    def __init__(self, signatures=None, *, threshold: float = THRESHOLD) -> None:  # noqa: ANN001
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=min(threshold, _LSH_THRESHOLD), num_perm=NUM_PERM)
        self._sigs: dict[str, np.ndarray] = {}
        for aid, sig in signatures or ():
            self.add(aid, sig)

    @staticmethod
    def _minhash(sig: bytes):  # noqa: ANN205
        from datasketch import MinHash

        return MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=np.frombuffer(sig, dtype="<u8"), scheme=_SCHEME)

    def find(self, sig: bytes | None) -> str | None:
        """The stored article this signature nearly duplicates (the most similar), or None."""
        if sig is None:
            return None
        mh = self._minhash(sig)
        values = np.frombuffer(sig, dtype="<u8")
        best, best_sim = None, self.threshold
        for aid in self.lsh.query(mh):
            sim = float(np.mean(self._sigs[aid] == values))
            if sim >= best_sim:
                best, best_sim = aid, sim
        return best

    def add(self, aid: str, sig: bytes | None) -> None:
        if sig is None or aid in self._sigs:
            return
        self._sigs[aid] = np.frombuffer(sig, dtype="<u8")
        self.lsh.insert(aid, self._minhash(sig))

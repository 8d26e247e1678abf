"""Label sentences with a teacher tagger for a student's training part (session 8; not shipped).

    python benchmarks/ner_teacher_labels.py NN.npz CRF.npz WEIGHT OUT.conll

Takes the tokens of the synthetic rounds kept aside (``data/ner/synthetic/unused/*.txt``; their own
entity marks are dropped), tags them with the sum of the neural model NN.npz and WEIGHT times the
CRF CRF.npz, as documents of 20 sentences (as rasd eval ner), and writes them in ANERcorp's CoNLL form. A neural
student then trains on them too: ``python -m rasd.ner.train_nn ... --set extra=OUT.conll``.
For a dev figure the teacher must be fitted on the first 90% of train only.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.ner import SumTagger, load_tagger, synthetic  # noqa: E402
from rasd.ner.train import DOC_SENTENCES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 4:
        print(__doc__)
        return 2
    nn_path, crf_path, weight, out = args[0], args[1], float(args[2]), args[3]
    tagger = SumTagger(load_tagger(nn_path, summed=False), load_tagger(crf_path), weight)
    n = ents = 0
    with open(out, "w", encoding="utf-8") as fh:
        for f in synthetic.files("unused/*.txt"):
            sents = [[w for w, _ in s] for s in synthetic.read_marked(f)]
            for a in range(0, len(sents), DOC_SENTENCES):
                doc = sents[a:a + DOC_SENTENCES]
                for s, tags in zip(doc, tagger.tag_many(doc)):
                    for w, t in zip(s, tags):
                        fh.write(f"{w} {t.replace('PER', 'PERS')}\n")
                        ents += t.startswith("B-")
                    fh.write("\n")
                    n += 1
    print(f"{n} sentences, {ents} entities -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

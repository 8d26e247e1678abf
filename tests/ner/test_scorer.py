import pytest

from rasd.ner.scorer import chunks, score


def test_chunks_follow_conlleval():
    assert chunks(["B-PER", "I-PER", "O", "B-LOC"]) == {("PER", 0, 2), ("LOC", 3, 4)}
    # I- after O starts a chunk; I- of another type starts a new one
    assert chunks(["O", "I-ORG", "I-ORG", "I-LOC"]) == {("ORG", 1, 3), ("LOC", 3, 4)}
    assert chunks(["B-PER", "B-PER"]) == {("PER", 0, 1), ("PER", 1, 2)}
    assert chunks([]) == set()


def test_score_exact_spans_only():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O"]]
    s = score(gold, pred)
    # one of three predictions is right, one of three gold chunks is found
    assert s["overall"]["precision"] == pytest.approx(1 / 3)
    assert s["overall"]["recall"] == pytest.approx(1 / 3)
    assert s["PER"]["f1"] == pytest.approx(1.0)
    assert s["LOC"]["recall"] == 0.0 and s["ORG"]["precision"] == 0.0


def test_score_rejects_length_mismatch():
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])

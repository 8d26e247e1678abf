# Two commands do all set-up on a fresh machine (Python 3.11+ and make):
#   make run    create .venv, install rasd, extract records from the bundled examples
#   make test   create .venv, install rasd with test tools, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: run test test-all install bench train-ner clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/rasd extract examples/ --published 2025-05-18 --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

test-all: $(STAMP)
	$(BIN)/python -m pytest -q

# Quality and speed figures (docs/BENCHMARKS.md). bench_text needs the benchmark-only venv
# (.venv-bench, see benchmarks/README.md); the peers of bench_times run in their own venvs.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_times.py --system rasd --set heldout
	$(BIN)/python benchmarks/bench_times.py --score --set heldout
	$(BIN)/python benchmarks/bench_actors.py
	$(BIN)/python benchmarks/bench_quotes.py --set heldout
	$(BIN)/python benchmarks/bench_events.py --set heldout
	$(BIN)/python benchmarks/bench_ner.py
	$(BIN)/python benchmarks/bench_text.py

# Retrain the shipped entity tagger (rasd train ner: the CRF, then the neural tagger summed with it)
# in its own venv, writing both files into rasd/ner/data (NER_OUT=path/ner_nn.npz writes elsewhere).
# PyTorch is needed for training only. TORCH pins the CPU build that lies on this machine's disk;
# elsewhere pass e.g. TORCH=torch and pip's --index-url for a CPU wheel.
TORCH ?= torch==2.13.0
NER_DATA ?= ../shared/data/ner/anercorp_train.txt
NER_OUT ?=
train-ner:
	$(PYTHON) -m venv .venv-train
	.venv-train/bin/python -m pip install --quiet '$(TORCH)'
	.venv-train/bin/python -m pip install --quiet -e '.[train]'
	.venv-train/bin/rasd train ner --data $(NER_DATA) $(if $(NER_OUT),--out $(NER_OUT))

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info

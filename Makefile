# Two commands do all set-up on a fresh machine (Python 3.11+ and make):
#   make run    create .venv, install rasd, extract records from the bundled examples
#   make test   create .venv, install rasd with test tools, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: run test test-all install bench clean

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

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info

# The two commands of the README. Each bootstraps .venv itself, so a fresh machine needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/warlog gazetteer --ensure
	rm -f warlog.db
	$(BIN)/warlog ingest samples/ --db warlog.db
	$(BIN)/warlog events --db warlog.db

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/warlog gazetteer --ensure
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/geoparse.py

clean:
	rm -rf $(VENV) warlog.db

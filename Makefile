# Wlz-assistent — the README's commands. Heavy things (venv, model) are cached outside the clone.
PYTHON ?= python3
CACHE  ?= $(HOME)/.cache/wlz-assistent
VENV   ?= $(CACHE)/venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
export GRADIO_ANALYTICS_ENABLED := False
export TOKENIZERS_PARALLELISM := false

.PHONY: run setup install models index test test-unit test-integration test-browser evals bench lint browser-deps rules-docs clean

## make run: everything on a fresh machine — venv, install, model, index — then start the app
run: setup
	$(PY) app.py

setup: install models

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

install: $(PY)
	@stamp=$(VENV)/.deps-$$(sha256sum pyproject.toml | cut -c1-16); \
	if [ ! -f $$stamp ]; then $(PY) -m pip install -e ".[dev]" && touch $$stamp; \
	else $(PY) -m pip install --quiet --no-deps -e .; fi

models: install
	$(PY) -m assistant models pull

index: setup
	$(PY) -m assistant index

## make test: all tests — unit, integration (real model, embedded + server Chroma), browser (chromium)
test: setup browser-deps
	$(PY) -m pytest -m "unit or integration or browser or llm"

test-unit: install
	$(PY) -m pytest -m unit -q

test-integration: setup
	$(PY) -m pytest -m integration

test-browser: setup browser-deps
	$(PY) -m pytest -m browser

browser-deps:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  (apt-get install -y chromium >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y chromium))

evals: setup
	$(PY) -m evals all

bench: setup
	$(PY) -m evals.bench

lint: install
	$(PY) -m ruff check .
	$(PY) -m mypy

rules-docs: install
	$(PY) -m assistant.rules.docs

clean:
	rm -rf index .pytest_cache .mypy_cache .ruff_cache test-artifacts

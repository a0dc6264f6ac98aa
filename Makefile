# Wlz-assistent — the README's commands. Each clone has its own virtualenv (.venv/, so one clone never runs
# another clone's code); the model and the embedding cache are shared in ~/.cache/wlz-assistent.
PYTHON ?= python3
CACHE  ?= $(HOME)/.cache/wlz-assistent
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
export GRADIO_ANALYTICS_ENABLED := False
export TOKENIZERS_PARALLELISM := false

.PHONY: run setup install lock models index test test-unit test-integration test-browser evals bench lint browser-deps rules-docs clean

## make run: everything on a fresh machine — venv, install, model, index — then start the app
run: setup
	$(PY) app.py

setup: install models

$(PY):
	$(PYTHON) -m venv $(VENV)

## make install: the exact versions of requirements.lock, every file checked against its sha256 (pip
## --require-hashes), then this clone itself (editable, no dependencies: they all come from the lock). --no-deps:
## the lock is complete, so pip resolves nothing; without it a dependency asked for with an extra (chromadb's
## uvicorn[standard]>=…) is looked up afresh, and a newer release on the registry breaks hash mode. `pip check`
## then proves the set, this clone included, consistent. Done again only when pyproject.toml or the lock
## changes (the stamp); code changes need no reinstall (editable).
install: $(PY)
	@stamp=$(VENV)/.deps-$$(cat pyproject.toml requirements.lock | sha256sum | cut -c1-16); \
	if [ ! -f $$stamp ]; then \
	  $(PY) -m pip install --no-deps --require-hashes -r requirements.lock && \
	  $(PY) -m pip install --no-deps --no-build-isolation -e . && $(PY) -m pip check && touch $$stamp; fi

## make lock: regenerate requirements.lock after changing the dependencies in pyproject.toml (needs uv:
## pip install uv). Universal for Python >= 3.11; torch stays the CPU build where the machine provides one.
lock:
	echo "setuptools>=68" | uv pip compile pyproject.toml - --extra dev --generate-hashes --universal \
	  $(if $(PIP_FIND_LINKS),--find-links $(PIP_FIND_LINKS)) \
	  --python-version 3.11 --no-header -o requirements.lock
	sed -i '1i # The exact dependency set of `make install` (pip --require-hashes): regenerate with `make lock`.\n# torch: the CPU build on Python 3.11 where the machine provides it (find-links), else the registry build.' requirements.lock

models: install
	$(PY) -m assistant models pull

index: setup
	$(PY) -m assistant index

## make test: all tests — unit, integration (real model, embedded + server Chroma), browser (chromium)
test: setup browser-deps
	$(PY) -m pytest -m "unit or integration or browser or llm"

test-unit: install
	$(PY) -m pytest -m unit -q -n auto

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

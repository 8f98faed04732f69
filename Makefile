# Two commands set everything up on a fresh machine with only Python and make:
#   make demo   - create .venv, install newsnum, run the command-line tool on seeds/
#   make test   - install the test/docs/lint extras, run lint, types, tests, docs
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: demo test lint types pytest docs bench fuzz clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,docs,lint]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/newsnum check seeds/*.txt || test $$? -eq 1

test: lint types pytest docs

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench docs
	$(BIN)/ruff format --check src tests bench docs

types: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q

docs: $(VENV)/.installed-dev
	$(BIN)/sphinx-build -q -n -W --keep-going -b html docs docs/_build/html
	$(BIN)/sphinx-build -q -n -W --keep-going -b doctest docs docs/_build/doctest

bench: $(VENV)/.installed-dev
	$(PY) bench/run.py
	$(PY) bench/parallel.py

fuzz: $(VENV)/.installed-dev
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q -m fuzz -p no:cacheprovider tests

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache

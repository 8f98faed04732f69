# Two commands set everything up on a fresh machine with only Python and make:
#   make demo   - create .venv, install newsnum, run the command-line tool on seeds/
#   make test   - install the test/docs/lint extras, run lint, types, tests, docs
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

OLDEST := .venv-oldest

.PHONY: demo test test-oldest versions lint types pytest docs bench fuzz clean browser screenshot

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

pytest: $(VENV)/.installed-dev browser
	$(BIN)/pytest -q

# The HTML report is tested in a real headless browser: Debian's chromium, installed here
# where it is missing and apt may be used; elsewhere that one test says why it skips.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	       && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } \
	  || echo "chromium is not installed and could not be: the browser test will skip"

# The screenshot of the seeds' report on the Command line page.
screenshot: $(VENV)/.installed-dev browser
	mkdir -p docs/_build docs/_static
	$(BIN)/newsnum check --format html seeds/*.txt > docs/_build/report.html || test $$? -eq 1
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1400 \
	  --screenshot=docs/_static/report-seeds.png docs/_build/report.html

docs: $(VENV)/.installed-dev
	$(BIN)/sphinx-build -q -n -W --keep-going -b html docs docs/_build/html
	$(BIN)/sphinx-build -q -n -W --keep-going -b doctest docs docs/_build/doctest

# The test suite with every runtime dependency at its floor (.ci/oldest.txt), in a venv of its own.
test-oldest:
	rm -rf $(OLDEST)
	$(PYTHON) -m venv $(OLDEST)
	$(OLDEST)/bin/python -m pip install --quiet --upgrade pip
	$(OLDEST)/bin/python -m pip install --quiet -c .ci/oldest.txt -e '.[test]'
	$(MAKE) --no-print-directory versions BIN=$(OLDEST)/bin
	$(MAKE) --no-print-directory browser
	$(OLDEST)/bin/pytest -q -p no:cacheprovider

# The releases a venv holds: the runtime dependencies and the test tools.
versions:
	@$(BIN)/python bench/versions.py

bench: $(VENV)/.installed-dev
	$(PY) bench/run.py
	$(PY) bench/parallel.py

fuzz: $(VENV)/.installed-dev
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q -m fuzz -p no:cacheprovider tests

clean:
	rm -rf $(VENV) $(OLDEST) docs/_build .pytest_cache .mypy_cache .ruff_cache

# The two commands of the README: `make demo` and `make test`. Everything else is a step.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The differential suite's oracle (tests/legacy_oracle.py). It is azure.servicemanagement
# too, so it goes beside the environment, not into it: installed there it would shadow ours.
LEGACY_ORACLE := azure-servicemanagement-legacy==0.20.8

.PHONY: setup generate check-generated lint typecheck test bench docs demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip install --quiet --no-deps --upgrade --target $(VENV)/legacy-oracle $(LEGACY_ORACLE)
	touch $(STAMP)

setup: $(STAMP)

# Code and the operation reference in one all-or-nothing step.
generate: $(STAMP)
	$(PY) -m generator

check-generated: $(STAMP)
	$(PY) -m generator --check

docs: $(STAMP)
	$(PY) -m generator.docs

lint: $(STAMP)
	$(PY) -m ruff check generator generated tests examples
	$(PY) -m ruff format --check generator generated tests examples

typecheck: $(STAMP)
	$(PY) -m mypy

test: check-generated lint typecheck
	$(PY) -m pytest -q

# Start the emulator, run the guide's walkthrough against it, stop the emulator (always).
demo: $(STAMP)
	$(PY) examples/demo.py

# Against the legacy package where setup installed it for the differential suite.
bench: $(STAMP)
	$(PY) tests/bench.py --legacy $(VENV)/legacy-oracle

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis

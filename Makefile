# SPDX-License-Identifier: EUPL-1.2
# Quick start: `make run` (serve the demo) and `make test` (the whole suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast lint messages makemessages bench bench-detection bench-load bench-destruction lexicons model clean

# The compiled catalogues (.mo) are made again on every install: an update of
# the sources brings new .po entries, which the stamp below does not see. So
# are the compiled detection modules when a source of theirs has changed
# (setup.py, src/herstel/detection/native.py).
install: $(STAMP)
	@$(BIN)/python bin/compile_messages.py
	@$(BIN)/python -c "import sys; from herstel.detection import native; sys.exit(native.state() == 'stale')" || { \
	  echo "Compiling the detection engine again: its sources have changed"; \
	  $(BIN)/python -m pip install --quiet --no-deps -c requirements/constraints.txt -e .; }

$(STAMP): pyproject.toml requirements/constraints.txt
	@$(PYTHON) -c "import sys; sys.exit(sys.version_info[:2] != (3, 11))" || { echo "Python 3.11 is required; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	touch $(STAMP)

messages: install
	$(BIN)/python bin/compile_messages.py

makemessages: install
	cd src/herstel && ../../$(BIN)/herstel makemessages --locale nl --locale en --no-obsolete --no-location
	$(BIN)/python bin/compile_messages.py

run: install
	mkdir -p var
	$(BIN)/herstel migrate --noinput
	$(BIN)/herstel make_demo --seed 1 --if-empty
	$(BIN)/herstel demo_logins
	$(BIN)/herstel runserver 127.0.0.1:8000

lint: install
	$(BIN)/ruff check src bin bench setup.py
	$(BIN)/ruff format --check src bin bench setup.py
	$(BIN)/python bin/check_spdx.py
	$(BIN)/mypy
	$(BIN)/lint-imports .importlinter
	$(BIN)/python bin/compile_messages.py --check
	DJANGO_SETTINGS_MODULE=herstel.conf.ci $(BIN)/herstel makemigrations --check --dry-run

# Install, lint, then the suite on SQLite and on PostgreSQL; prints each part's
# wall time at the end (bin/run-tests).
test:
	HERSTEL_TEST_LINT=1 bin/run-tests

test-fast: install
	HERSTEL_TEST_SKIP_E2E=1 HERSTEL_TEST_SKIP_POSTGRES=1 bin/run-tests

# The benchmarks run in their own environment under var/, so deduce (GPL, for
# comparison only) never enters the product's dependencies.
BENCH_VENV := var/bench-venv
$(BENCH_VENV)/.installed: pyproject.toml requirements/constraints.txt
	mkdir -p var
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -c requirements/constraints.txt -e .
	-$(BENCH_VENV)/bin/python -m pip install --quiet "deduce==3.0.6" || echo "deduce could not be installed: the comparison will be skipped"
	-$(BENCH_VENV)/bin/python -m pip install --quiet "locust==2.47.0" || echo "locust could not be installed: the load test will be skipped"
	touch $@

bench: install $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/run.py

# The detection rows alone (quality and speed beside deduce, folder scan, start-up).
bench-detection: install $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/run.py --detection

# The load test alone (about 3 minutes): bench/load.py, see docs/deployment.md.
bench-load: install $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/load.py

# The destruction rows alone: bench/disposition.py, see docs/disposition.md.
bench-destruction: install $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/disposition.py

# The detection "model" is a set of lexicons built from the openly licensed
# corpora in ../shared/data; the result is committed with its manifest.
lexicons: install
	$(BIN)/python bin/build_lexicons.py

model: lexicons

clean:
	rm -rf $(VENV) build src/*.egg-info src/herstel/detection/native.json
	find src -name '*.so' -delete

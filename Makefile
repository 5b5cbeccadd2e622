# The two commands of the README: `make reproduce` and `make test`; `make help` lists the rest.
# Each (re)creates .venv from requirements.lock when it is missing or older than the lock, or
# when its python is older than 3.11 or no longer runs (see NEW_ENOUGH below).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
UV_PIN := $(shell grep -E '^uv==' requirements.lock)
# Some shells set PYTHONDONTWRITEBYTECODE: every import (every kernel) would then recompile
# pandas, matplotlib & co. from source, about 1.7 s each time. Bytecode is compiled at install.
unexport PYTHONDONTWRITEBYTECODE

NBVAL := --nbval --nbval-sanitize-with tests/notebooks/sanitize.cfg --nbval-kernel-name xjutils

.PHONY: reproduce test check lab labcheck lock reference env errata bench mutate help
reproduce: $(READY) ## run every chapter (zh + en) that changed, build and check the site and PDFs
	$(BIN)/python -m xjutils reproduce $(ARGS)

# Everything, in two phases sharing one outputs folder: (1) every test but the edition's, nbval
# executing every chapter in Chinese (its runs are kept: tests/plugins/executions.py) beside
# tests/site/test_runs.py executing them in English; (2) the edition: the site and PDFs built
# from both, checked and rebuilt. Each (chapter, language) is executed once. A failed run keeps
# the folder and says where.
test: $(READY) ## ruff and every test, as CI runs it (about two minutes)
	$(BIN)/python -m ruff check .
	@out=$$(mktemp -d "$${TMPDIR:-/tmp}/xjutils-test.XXXXXX"); export XJUTILS_OUTPUTS=$$out; \
	ok() { rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 5 ]; }; \
	if $(BIN)/python -m pytest -n 2 --dist loadfile $(NBVAL) -m "not edition" $(ARGS); ok \
	  && XJUTILS_SHARED_EXECUTIONS=1 $(BIN)/python -m pytest tests/site -m edition $(ARGS); ok; then \
	  rm -rf "$$out"; \
	else echo "make test failed; this run's outputs are kept in $$out" >&2; exit 1; fi

check: $(READY) ## the quick loop: ruff and the tests that start no kernel or browser
	$(BIN)/python -m ruff check .
	$(BIN)/python -m pytest -n 2 -m "not slow" $(ARGS)

lab: $(READY) ## JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks --ServerApp.allow_root=True

labcheck: $(READY) ## JupyterLab opens a chapter in headless Chromium (screenshot in outputs/)
	$(BIN)/python -m xjutils labcheck

reference: $(READY) ## re-execute notebooks/ in place: their outputs are the nbval reference
	$(BIN)/python -m xjutils reference $(ARGS)

env: $(READY) ## create .venv from requirements.lock

errata: $(READY) ## write docs/errata.md from data/errata.csv
	@$(BIN)/python -m xjutils errata

bench: $(READY) ## time set-up, reproduce (cold, no-op, floor), make check and make test
	$(BIN)/python -m xjutils bench $(ARGS)

mutate: $(READY) ## change transcribed numbers one at a time; does a test turn red?
	$(BIN)/python -m xjutils mutate $(ARGS)

help: $(READY) ## this list, then the commands of python -m xjutils
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z]+):.*## /  make \1\t/' | expand -t 20
	@echo
	@$(BIN)/python -m xjutils --help

# A .venv whose python is older than 3.11 (made by an older python3) or no longer runs (the
# python it links to was removed) is rebuilt, not left to fail every later command. Checked on
# every make, as such a venv may already be marked ready.
NEW_ENOUGH := import sys; sys.exit(sys.version_info < (3, 11))
ifneq ($(shell $(BIN)/python -c '$(NEW_ENOUGH)' 2>/dev/null && echo ok),ok)
$(READY): FORCE
endif
FORCE:

$(READY): requirements.lock pyproject.toml Makefile
	@if ! $(BIN)/python -c '$(NEW_ENOUGH)' 2>/dev/null; then \
	  if test -e $(VENV); then \
	    v=$$($(BIN)/python --version 2>/dev/null); \
	    echo "$(VENV)'s python is $${v:-broken (it does not run)}, the project needs Python >= 3.11: rebuilding $(VENV) with $(PYTHON)"; \
	    rm -rf $(VENV); \
	  fi; \
	  $(PYTHON) -m venv $(VENV); \
	fi
	@$(BIN)/python -c '$(NEW_ENOUGH)' 2>/dev/null || { \
	  v=$$($(PYTHON) --version 2>/dev/null); rm -rf $(VENV); \
	  echo "$(PYTHON) is $${v:-not a working python}, the project needs Python >= 3.11: run make $(or $(MAKECMDGOALS),reproduce) PYTHON=python3.11 (or another python >= 3.11)"; \
	  exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "$(UV_PIN)"
	$(BIN)/uv pip sync --quiet --compile-bytecode --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name xjutils --display-name "Python (xjutils)" > /dev/null
	@touch $@

lock: ## regenerate requirements.lock after editing pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --all-extras --python-version 3.11 \
		--custom-compile-command "make lock" -o requirements.lock

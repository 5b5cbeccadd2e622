# The two commands of the README: `make reproduce` and `make test`.
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
reproduce: $(READY)
	$(BIN)/python -m xjutils reproduce $(ARGS)

# Everything: every test of every tier, nbval on every chapter, the site and PDFs built and checked.
test: $(READY)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m pytest -n 2 --dist loadfile $(NBVAL) $(ARGS)

# The inner loop: ruff and every test that starts no kernel and no browser (`--lf` works).
check: $(READY)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m pytest -m "not slow" $(ARGS)

lab: $(READY)
	$(BIN)/jupyter lab --notebook-dir=notebooks --ServerApp.allow_root=True

# JupyterLab opens a chapter (headless Chromium screenshot in outputs/).
labcheck: $(READY)
	$(BIN)/python -m xjutils labcheck

# Re-execute the notebooks in place: their stored outputs are the nbval reference.
reference: $(READY)
	$(BIN)/python -m xjutils reference $(ARGS)

env: $(READY)

# The README's Errata list (ARGS="--lang zh" for Chinese), timings, and the mutation check.
errata: $(READY)
	@$(BIN)/python -m xjutils errata $(ARGS)

bench: $(READY)
	$(BIN)/python -m xjutils bench $(ARGS)

mutate: $(READY)
	$(BIN)/python -m xjutils mutate $(ARGS)

help: $(READY)
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

# Regenerate the lock after editing pyproject.toml's dependencies.
lock:
	$(BIN)/uv pip compile pyproject.toml --all-extras --python-version 3.11 \
		--custom-compile-command "make lock" -o requirements.lock

# The two commands of the README: `make reproduce` and `make test`.
# Each (re)creates .venv from requirements.lock when it is missing or older than the lock.
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

# Everything, in two phases sharing one outputs folder: (1) every test but the edition's, nbval
# executing every chapter in Chinese (its runs are kept: tests/plugins/executions.py); (2) the
# edition: the English runs, the site and PDFs built from both, checked and rebuilt. Each
# (chapter, language) is executed once. A failed run keeps the folder and says where.
test: $(READY)
	$(BIN)/python -m ruff check .
	@out=$$(mktemp -d "$${TMPDIR:-/tmp}/xjutils-test.XXXXXX"); export XJUTILS_OUTPUTS=$$out; \
	ok() { rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 5 ]; }; \
	if $(BIN)/python -m pytest -n 2 --dist loadfile $(NBVAL) -m "not edition" $(ARGS); ok \
	  && XJUTILS_SHARED_EXECUTIONS=1 $(BIN)/python -m pytest -m edition $(ARGS); ok; then \
	  rm -rf "$$out"; \
	else echo "make test failed; this run's outputs are kept in $$out" >&2; exit 1; fi

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

# docs/errata.md from data/errata.csv; timings; the mutation check.
errata: $(READY)
	@$(BIN)/python -m xjutils errata

bench: $(READY)
	$(BIN)/python -m xjutils bench $(ARGS)

mutate: $(READY)
	$(BIN)/python -m xjutils mutate $(ARGS)

help: $(READY)
	@$(BIN)/python -m xjutils --help

$(READY): requirements.lock pyproject.toml Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "$(UV_PIN)"
	$(BIN)/uv pip sync --quiet --compile-bytecode --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name xjutils --display-name "Python (xjutils)" > /dev/null
	@touch $@

# Regenerate the lock after editing pyproject.toml's dependencies.
lock:
	$(BIN)/uv pip compile pyproject.toml --all-extras --python-version 3.11 \
		--custom-compile-command "make lock" -o requirements.lock

# Two entry points, each setting up everything it needs on a fresh machine:
#   make chat   - ask questions about the bundled sample protocol in the terminal
#   make test   - run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
DEV := $(VENV)/.installed-dev

.PHONY: chat test lint format setup clean

$(BASE): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(BASE)

# torch first and pinned: it is the CPU build on this machine's disk; left to
# sentence-transformers, pip would fetch a multi-GB CUDA build.
$(DEV): $(BASE) tests/emulator/package-lock.json
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev,st]'
	# telegram-test-api, the Bot API emulator of the end-to-end session test (skipped without npm).
	if command -v npm >/dev/null; then npm ci --prefix tests/emulator --no-audit --no-fund --loglevel=error; fi
	touch $(DEV)

setup: $(DEV)

chat: $(BASE)
	$(BIN)/komisja chat

test: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

lint: $(DEV)
	$(BIN)/ruff check .

format: $(DEV)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) data build *.egg-info

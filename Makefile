# Two commands matter (see README.md):
#   make demo   sets up ./demo (Maildir with sample applications, SQLite, an outbox folder) and runs one cycle
#   make test   installs what the tests need (Dovecot, the Python packages) and runs the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test clean

$(BIN)/intake: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(BIN)/intake

demo: $(BIN)/intake
	$(BIN)/intake demo

test: $(BIN)/intake
	./scripts/install-test-services.sh
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo var .pytest_cache .ruff_cache

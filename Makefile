# Two commands matter (see README.md):
#   make demo   sets up ./demo (Maildir with sample applications, SQLite, an outbox folder) and runs one cycle
#   make test   installs what the tests need (Dovecot, the Python packages) and runs the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

LOCK_VENV := .venv-lock
# resolved against the package index alone: a wheel folder or a mirror set up on this machine stays out of the lock
PIP_COMPILE := PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= $(LOCK_VENV)/bin/pip-compile --quiet --upgrade \
	--generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links

# One test process more than the cores: the suite spends much of its time waiting on the real servers and the
# `intake` subprocesses it starts (measured on 2 cores: 522 CPU s in 448 s with 3 processes; 581 s with 2, 417 s with 3)
TEST_WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))
# worksteal, not xdist's default: the default hands out tests in chunks of the collection's order, and one chunk
# of the slow crash and cycle tests kept one process busy for 420 s after the others had finished (measured on
# 2 cores: 768 s wall with the default, 614 s with worksteal, every process busy to the end)

.PHONY: demo test lock clean

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
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist worksteal --durations=25

# refresh the deployment lock files from pyproject.toml's ranges: the newest releases they allow, with hashes
lock:
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --upgrade pip "pip-tools>=7.4,<8"
	$(PIP_COMPILE) --extra postgres -o requirements.lock pyproject.toml
	$(PIP_COMPILE) --extra postgres --extra test -o requirements-test.lock pyproject.toml

clean:
	rm -rf $(VENV) $(LOCK_VENV) demo var .pytest_cache .ruff_cache .mypy_cache

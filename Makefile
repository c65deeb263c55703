# conflictkg developer commands. `make test` is what CI runs (through .ci/run).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
PIP := $(PYTHON) -m pip
NEO4J_TOOL := tools/neo4j

# The local test server (tools/neo4j/README.md); the tests read the NEO4J_* variables.
CONFLICTKG_NEO4J_PORT ?= 7687
CONFLICTKG_NEO4J_PASSWORD ?= conflictkg
CONFLICTKG_NEO4J_IMPORT_DIR ?= $(CURDIR)/$(NEO4J_TOOL)/run/import
export CONFLICTKG_NEO4J_PORT CONFLICTKG_NEO4J_PASSWORD CONFLICTKG_NEO4J_IMPORT_DIR
export NEO4J_URI ?= bolt://127.0.0.1:$(CONFLICTKG_NEO4J_PORT)
export NEO4J_USERNAME ?= neo4j
export NEO4J_PASSWORD ?= $(CONFLICTKG_NEO4J_PASSWORD)
export NEO4J_IMPORT_DIR ?= $(CONFLICTKG_NEO4J_IMPORT_DIR)

# Extra pytest arguments, e.g. make test PYTEST_ARGS='-k neo4j -x'
PYTEST_ARGS ?=

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: help install test demo neo4j-up neo4j-down chromium

help:
	@echo "make install     install conflictkg (editable)"
	@echo "make test        install test deps and chromium, start Neo4j, run pytest, stop Neo4j"
	@echo "make demo        install and run 'conflictkg demo'"
	@echo "make neo4j-up    start the local Neo4j test server ($(NEO4J_URI))"
	@echo "make neo4j-down  stop it"

install:
	$(PIP) install -e .

demo:
	$(PIP) install -e . && conflictkg demo

neo4j-up:
	@$(NEO4J_TOOL)/up.sh

neo4j-down:
	@$(NEO4J_TOOL)/down.sh

# Browser tests drive Debian's chromium; apt lists may be empty on a fresh machine.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	    echo "chromium: installing Debian package chromium"; \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && \
	    echo "chromium: installed $$(/usr/bin/chromium --version 2>/dev/null)"; \
	fi

# Neo4j is stopped on every way out (test failure, error, Ctrl-C) and pytest's exit code is kept.
test:
	$(PIP) install -e '.[test]'
	@$(MAKE) --no-print-directory chromium
	@trap '$(NEO4J_TOOL)/down.sh' EXIT; trap 'exit 130' INT; trap 'exit 143' TERM; \
	$(NEO4J_TOOL)/up.sh || exit $$?; \
	$(PYTHON) -m pytest -q --durations=25 $(PYTEST_ARGS)

# The README's two commands are `make serve` and `make test`; the rest are helpers.
# Each target creates .venv from requirements.txt (exact pins) the first time.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
READY := $(VENV)/.requirements-installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: help serve test build outputs format translations test-pythons clean

help:
	@echo "make serve    preview both languages at http://127.0.0.1:8000 (zh) and /en/"
	@echo "make test     run every test: examples, pages, the built site"
	@echo "make outputs  run every example and rewrite its output record (.out)"
	@echo "make build    build both languages into site/ with --strict"
	@echo "make format   format the examples with black and fix what ruff can"
	@echo "make translations  list pages whose translation is older than the original"
	@echo "make test-pythons PYTHONS='python3.12 python3.13'  the suite on other Pythons"

$(READY): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

serve: $(READY)
	$(BIN)/python tools/serve.py

test: $(READY)
	$(BIN)/python -m pytest -n auto --dist loadgroup

build: $(READY)
	$(BIN)/python -m mkdocs build --strict -f mkdocs.yml
	$(BIN)/python -m mkdocs build --strict -f mkdocs.en.yml

outputs: $(READY)
	$(BIN)/python -m pytest -n auto tests/test_examples.py -k test_output --update-examples

format: $(READY)
	$(BIN)/python -m black examples
	$(BIN)/python -m ruff check --fix examples tests tools

translations:
	$(PYTHON) tools/translations.py

# One virtual environment per interpreter version: .venv-3.12 and so on.
test-pythons:
	@for python in $(PYTHONS); do \
		version=$$($$python -c 'import sys; print("%d.%d" % sys.version_info[:2])') || exit 1; \
		echo "== make test with $$python (Python $$version)"; \
		$(MAKE) test PYTHON=$$python VENV=.venv-$$version || exit 1; \
	done

clean:
	rm -rf site .cache

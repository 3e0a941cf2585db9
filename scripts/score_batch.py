#!/usr/bin/env python3
"""Batch front end to ../shared/tools/score_repair.py, for scripts/eval.mjs.

Reads JSON from stdin: {"jobs": [{"spun": str, "gold": str, "outputs": [str, ...]}]}
and prints {"results": [{"E0": n, "E1": [n, ...], "words": n}]} using the shared
scorer's own tokenizer and distance, so the figures match score_repair.py.
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', '..', 'shared', 'tools'))
import score_repair as sr  # noqa: E402

req = json.load(sys.stdin)
results = []
for job in req["jobs"]:
    labels, preds = sr.build_dag(sr.parse_gold(job["gold"]))
    spun = sr.tokens(job["spun"])
    results.append({
        "words": len(spun),
        "E0": sr.dag_distance(spun, labels, preds),
        "E1": [sr.dag_distance(sr.tokens(o), labels, preds) for o in job["outputs"]],
    })
json.dump({"results": results}, sys.stdout)

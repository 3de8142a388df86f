#!/usr/bin/env python3
"""Compares the claim verdicts of two check reports (report.json or `check --json` output).

    python3 bench/verdict_diff.py BEFORE.json AFTER.json [--reasons]

A claim is keyed by (derivation, id). Prints every claim whose verdict changed, appeared or disappeared,
then a count; with --reasons also every claim whose reason text changed. Exit 0 when no verdict changed,
1 otherwise.
"""
import json
import sys


def claims(path):
    with open(path) as f:
        report = json.load(f)
    out = {}
    for c in report["claims"]:
        out[(c["derivation"], c["id"])] = c
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = claims(args[0]), claims(args[1])
    changed = 0
    for key in sorted(before.keys() | after.keys()):
        b, a = before.get(key), after.get(key)
        vb = b["verdict"] if b else "(absent)"
        va = a["verdict"] if a else "(absent)"
        if vb != va:
            changed += 1
            print(f"{key[0]}/{key[1]}: {vb} -> {va}")
    reasons = 0
    if "--reasons" in argv:
        for key in sorted(before.keys() & after.keys()):
            if before[key].get("reason") != after[key].get("reason"):
                reasons += 1
                print(f"reason changed: {key[0]}/{key[1]}\n  before: {before[key].get('reason')}\n  after:  {after[key].get('reason')}")
    print(f"{len(before)} claims before, {len(after)} after, {changed} verdicts changed"
          + (f", {reasons} reasons changed" if "--reasons" in argv else ""))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

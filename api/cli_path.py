"""`parley path FROM TO`: shortest paths between two named entities, each hop with its evidence."""

from __future__ import annotations

import argparse
import json
from typing import Any

from api.cli import _EXTRA_PARSERS, COMMANDS, _open_store


def cmd_path(args: argparse.Namespace) -> int:
    from graph.paths import PathIndex

    with _open_store(args, read_only=True) as store:
        res = PathIndex(store, attach=False).paths(args.source, args.target, k=args.k,
                                                   max_length=args.max_length, relations=args.relation or None)
    if args.format == "json":
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    for i, p in enumerate(res["paths"], 1):
        print(f"path {i} ({p['length']} hops): " + " → ".join(n["name"] for n in p["nodes"]))
        for h in p["hops"]:
            for r in h["relations"]:
                arrow = "→" if r["direction"] == "forward" else "←"
                ev = r.get("evidence")
                where = f'  [{ev["article"]} {ev["start"]}-{ev["end"]}] "{ev["text"]}"' if ev else (
                    f"  [{r['article']}]" if r.get("article") else "")
                print(f"  {h['from']['name']} {arrow}{r['relation']}{arrow} {h['to']['name']}{where}")
    return 0


def _register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("path", parents=[common], help="shortest paths between two entities, with evidence")
    p.add_argument("source", help="name, alias, id or IRI (e.g. Putin)")
    p.add_argument("target", help="name, alias, id or IRI (e.g. Pokrovsk)")
    p.add_argument("-k", type=int, default=1, help="how many alternative paths (default 1)")
    p.add_argument("--max-length", type=int, default=6, help="most hops (default 6)")
    p.add_argument("--relation", action="append", help="keep only this relation (repeatable)")
    p.add_argument("--format", "-f", choices=["text", "json"], default="text")


_EXTRA_PARSERS.append(_register)
COMMANDS["path"] = cmd_path

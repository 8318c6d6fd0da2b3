"""Throughput of the Python package, next to the binary's: documents and MB a second of
``quoth.analyze_many`` on one thread and on every core, over the dev corpora of the shared folder
repeated to at least 20 MB (as ``cargo bench --bench jsonl``). Prints figures, checks only that
every run gives the same analyses.

    python3 python/benches/throughput.py [--mb 20] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import quoth

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ["de-wikinews.dev", "en-polnear.dev", "quoth-gold.dev"]


def documents(shared: Path, mb: float) -> list:
    one = []
    for name in CORPORA:
        for line in (shared / "eval" / "corpora" / f"{name}.jsonl").open(encoding="utf-8"):
            doc = json.loads(line)
            one.append({"id": doc["id"], "lang": doc["lang"], "text": doc["text"]})
    size = sum(len(d["text"].encode("utf-8")) for d in one)
    copies = max(1, int(mb * 1e6 / size + 0.999))
    return one * copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    docs = documents(args.shared, args.mb)
    mb = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} documents, {mb:.1f} MB of text, {os.cpu_count()} cores")
    print("| call | threads | seconds | documents/s | MB/s | speed-up |")
    print("|---|---|---|---|---|---|")
    first, base = None, None
    for threads in (1, None):
        start = time.perf_counter()
        analyses = quoth.analyze_many(docs, threads=threads)
        took = time.perf_counter() - start
        if first is None:
            first, base = analyses, took
        elif analyses != first:
            raise SystemExit("the runs differ")
        n = threads or os.cpu_count()
        print(
            f"| analyze_many | {n} | {took:.2f} | {len(docs) / took:,.0f} | {mb / took:.2f} "
            f"| {base / took:.2f} × |"
        )


if __name__ == "__main__":
    main()

"""quoth over a corpus on a Dask cluster: JSON lines in, one analysis a line out.

    python dask_jsonl.py OUT_DIR IN.jsonl [IN.jsonl ...] [--scheduler tcp://HOST:8786]

Each input line is a document as ``quoth --jsonl`` reads it (``{"id": ..., "text": ...,
"lang": ...}``). The output folder gets one file a partition, ``000000.jsonl``, ``000001.jsonl``...;
read in name order they are exactly what ``quoth --jsonl`` prints for the inputs read in order.
Without ``--scheduler`` a cluster of local worker processes is started. Every worker needs
``quoth`` installed (``pip install .`` from the repository) and must see the input and output paths
(a shared file system, or s3:// and the like through fsspec).
"""

from __future__ import annotations

import argparse
import json
import os
from typing import List, Optional, Union

import dask.bag as db

import quoth


def analyze_corpus(
    inputs: Union[str, List[str]],
    output_dir: str,
    blocksize: Union[int, str] = "16MiB",
    threads: Optional[int] = None,
) -> List[str]:
    """Analyses every line of ``inputs`` (paths or globs) on the current Dask client, writing one
    JSONL file a partition into ``output_dir``. Returns the files written, in order."""
    # Only functions of installed modules go to the workers (json, quoth), never one of this
    # script's: a worker imports them by name.
    lines = db.read_text(inputs, blocksize=blocksize, linedelimiter="\n", encoding="utf-8")
    documents = lines.map(json.loads)
    analyses = documents.map_partitions(quoth.analyze_many, threads=threads)
    return analyses.map(quoth.dumps).to_textfiles(
        os.path.join(output_dir, "*.jsonl"),
        name_function=lambda i: f"{i:06d}",
        last_endline=True,
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output_dir")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--blocksize", default="16MiB", help="bytes of input a partition")
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(processes=True, threads_per_worker=1))
    with client:
        written = analyze_corpus(args.inputs, args.output_dir, args.blocksize)
    print(f"{len(written)} files in {args.output_dir}")


if __name__ == "__main__":
    main()

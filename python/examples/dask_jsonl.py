"""quoth over a corpus on a Dask cluster: JSON lines in, one analysis a line out.

    python dask_jsonl.py OUT_DIR IN.jsonl [IN.jsonl ...] [--scheduler tcp://HOST:8786]

Each input line is a document as ``quoth --jsonl`` reads it (``{"id": ..., "text": ...,
"lang": ...}``). The output folder gets one file a partition, ``000000.jsonl``, ``000001.jsonl``...;
read in name order they are exactly what ``quoth --jsonl`` prints for the inputs read in order,
error lines for blank or broken lines included.
Without ``--scheduler`` a cluster of local worker processes is started. Every worker needs
``quoth`` installed (``pip install .`` from the repository) and must see the input and output paths
(a shared file system, or s3:// and the like through fsspec).
"""

from __future__ import annotations

import argparse
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
    JSONL file a partition into ``output_dir``. Returns the files written, in order.

    ``threads`` is the threads each worker gives a partition (None: every core of its machine;
    1 where each core runs a worker of its own). An output folder that already holds ``.jsonl``
    files is refused: read in name order, old files would mix with the new.
    """
    if os.path.isdir(output_dir) and any(n.endswith(".jsonl") for n in os.listdir(output_dir)):
        raise SystemExit(f"{output_dir} already holds .jsonl files: empty it or choose another")

    def answer_partition(lines: List[str]) -> List[str]:
        # A partition's answers as one text, a line each, error lines included: one element, so
        # that an empty partition writes nothing. A local function travels to the workers by
        # value (they cannot import this script); quoth they import, so each needs it installed.
        return ["".join(answer + "\n" for answer in quoth.analyze_jsonl(lines, threads=threads))]

    lines = db.read_text(inputs, blocksize=blocksize, linedelimiter="\n", encoding="utf-8")
    answers = lines.map_partitions(answer_partition)
    return answers.to_textfiles(
        os.path.join(output_dir, "*.jsonl"),
        name_function=lambda i: f"{i:06d}",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output_dir")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--blocksize", default="16MiB", help="bytes of input a partition")
    parser.add_argument(
        "--threads",
        type=int,
        help="threads a worker gives a partition (default: 1 on the local cluster, where each "
        "core runs a worker; every core of the machine with --scheduler)",
    )
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client, threads = Client(args.scheduler), args.threads
    else:
        local = LocalCluster(processes=True, threads_per_worker=1)
        client, threads = Client(local), args.threads or 1
    with client:
        written = analyze_corpus(args.inputs, args.output_dir, args.blocksize, threads)
    print(f"{len(written)} files in {args.output_dir}")


if __name__ == "__main__":
    main()

"""The Dask recipe (python/examples/dask_jsonl.py) on a local cluster of two worker processes
gives what `quoth --jsonl` gives."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT, run_quoth

pytest.importorskip("dask.bag", reason="the Dask test needs dask[bag] and distributed")
from dask.distributed import Client, LocalCluster  # noqa: E402


def recipe():
    path = ROOT / "python" / "examples" / "dask_jsonl.py"
    spec = importlib.util.spec_from_file_location("dask_jsonl", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_jsonl"] = module
    spec.loader.exec_module(module)
    return module


def test_a_local_cluster_of_two_processes_gives_what_jsonl_gives(quoth_bin, corpora, tmp_path):
    inputs = [corpora / "quoth-gold.dev.jsonl", corpora / "en-polnear.dev.jsonl"]
    expected = b"".join(run_quoth(quoth_bin, ["--jsonl"], stdin=p.read_bytes()) for p in inputs)
    dask_jsonl = recipe()
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        # Small blocks: several partitions a file, spread over both workers.
        written = dask_jsonl.analyze_corpus(
            [str(p) for p in inputs], str(tmp_path), blocksize=150_000, threads=1
        )
    assert len(written) > len(inputs)
    files = sorted(tmp_path.glob("*.jsonl"))
    assert [f.name for f in files] == sorted(f.rsplit("/", 1)[-1] for f in written)
    got = b"".join(f.read_bytes() for f in files)
    assert got.count(b"\n") == expected.count(b"\n") > 100
    assert got == expected


def test_blank_and_broken_lines_and_blocks_inside_a_line_give_what_jsonl_gives(
    quoth_bin, corpora, tmp_path
):
    lines = (corpora / "quoth-gold.dev.jsonl").read_bytes().splitlines(keepends=True)[:6]
    # A blank line, a line that is no JSON, JSON that is no document, a French text.
    odd = [b"\n", b"not json\n", b'"a string"\n', b"[1, 2]\n",
           '{"id": "f", "text": "« Oui », a-t-il dit. Les syndicats sont pour la réforme."}\n'.encode()]
    data = b"".join(lines[:3] + odd + lines[3:])
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    expected = run_quoth(quoth_bin, ["--jsonl"], stdin=data)
    dask_jsonl = recipe()
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
        # Blocks far smaller than a line: most partitions hold no line at all.
        dask_jsonl.analyze_corpus([str(path)], str(out), blocksize=2_000, threads=1)
        got = b"".join(f.read_bytes() for f in sorted(out.glob("*.jsonl")))
        assert got == expected
        assert got.count(b'"error"') >= 4
        # A folder that already holds results is refused, not mixed with.
        with pytest.raises(SystemExit, match="already holds"):
            dask_jsonl.analyze_corpus([str(path)], str(out), threads=1)

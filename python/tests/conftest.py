"""What the tests compare the package with: the `quoth` binary built from the same tree, and the
corpora in `../shared`."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import List, Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _binary() -> Path:
    named = os.environ.get("QUOTH_BIN")
    candidates = [Path(named)] if named else [ROOT / "target" / "debug" / "quoth"]
    for path in candidates:
        if path.is_file():
            return path
    raise RuntimeError(
        f"no quoth binary at {candidates[0]}: run `cargo build` first, or set QUOTH_BIN"
    )


def _shared() -> Path:
    named = os.environ.get("QUOTH_SHARED")
    # The shared folder sits beside the repository, as for the scorer and the benches.
    candidates = [Path(named)] if named else [ROOT.parent / "shared"]
    for path in candidates:
        if (path / "eval" / "corpora").is_dir():
            return path
    raise RuntimeError(f"no shared corpora in {', '.join(map(str, candidates))}: set QUOTH_SHARED")


@pytest.fixture(scope="session")
def quoth_bin() -> Path:
    return _binary()


@pytest.fixture(scope="session")
def corpora() -> Path:
    return _shared() / "eval" / "corpora"


def run_quoth(binary: Path, args: List[str], stdin: Optional[bytes] = None) -> bytes:
    """What the binary prints, with its exit status checked."""
    done = subprocess.run(
        [str(binary), *args], input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    return done.stdout


def samples() -> List[Path]:
    return sorted((ROOT / "samples").glob("*/*.txt"))

# The native module (Rust, PyO3). Use the functions of `quoth`, which parse what these return.
from typing import List, Optional, Sequence, Tuple

__version__: str

def analyze_json(text: str, lang: Optional[str] = None) -> str: ...
def analyze_batch_json(
    items: Sequence[Tuple[bool, str]],
    lang: Optional[str] = None,
    threads: int = 1,
    first: int = 0,
) -> List[str]: ...
def cores() -> int: ...

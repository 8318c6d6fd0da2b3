"""quoth: who says what in a news article.

The analysis of German and English news: its sections, the people and organisations in it
(actors), and every statement with its speaker. Each analysis is a dict in the shape of
``quoth --json`` (see spec/analysis-json.md); offsets are ``str`` indices into the text given.

    >>> import quoth
    >>> quoth.analyze("„Ja“, sagte sie.")["statements"][0]["kind"]
    'direct'

The analysis runs in Rust, with the GIL released: ``analyze_many`` uses every core.
"""

from __future__ import annotations

import itertools
import json
import re
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Dict, Iterable, List, Mapping, Optional, Union

from . import _quoth

__all__ = ["analyze", "analyze_many", "analyze_jsonl", "dumps", "__version__"]
__version__: str = _quoth.__version__

#: Documents handed to Rust at once by ``analyze_many``, per thread: enough to keep every
#: thread busy, few enough that an endless iterable is read a batch at a time.
_BATCH_PER_THREAD = 32

_SURROGATE = re.compile("[\ud800-\udfff]")

#: What quoth escapes in its JSON besides what ``json.dumps`` does: the C1 controls, DEL and the
#: bidirectional embeddings, overrides and isolates, which a terminal may act on.
_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _text(text: str) -> str:
    """The text, with any lone surrogate (which no UTF-8 can carry) as U+FFFD: one character
    for one, so offsets stay ``str`` indices into the text given."""
    if not isinstance(text, str):
        raise TypeError(f"quoth analyses a str, not {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def dumps(analysis: Mapping[str, Any], indent: Optional[int] = None) -> str:
    """An analysis as JSON text, byte for byte as quoth writes it: one line as ``--jsonl`` writes
    it (without the line end), or with ``indent=2`` as ``--json`` prints it.

    This is ``json.dumps`` with quoth's separators, non-ASCII kept, and the characters a terminal
    may act on (C1 controls, DEL, bidirectional overrides) escaped as ``\\u0085``: the same value
    when parsed, and harmless when printed.
    """
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(analysis, ensure_ascii=False, indent=indent, separators=separators)
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def analyze(text: str, lang: Optional[str] = None) -> Dict[str, Any]:
    """The analysis of one article, as ``quoth --json`` gives it for a text file.

    ``lang`` is "de" or "en"; None detects it. A text clearly in another language raises
    ValueError unless ``lang`` is given, as ``quoth`` exits 2 on it.

    Raises ValueError for a ``lang`` quoth does not read, TypeError when ``text`` is no str.
    """
    return json.loads(_quoth.analyze_json(_text(text), lang))


def analyze_many(
    texts: Iterable[Union[str, Mapping[str, Any]]],
    lang: Optional[str] = None,
    threads: Optional[int] = None,
) -> List[Dict[str, Any]]:
    """The analyses of many articles, in order, on ``threads`` threads (None: every core).

    An item is a text (a str), analysed as ``analyze`` does, or a document as a line of
    ``quoth --jsonl`` gives it: a mapping with "text" and optionally "id" and "lang". A document's
    analysis is exactly the ``--jsonl`` answer: it carries the "id", and a document that cannot be
    analysed (no "text", a language quoth does not read) gives ``{"id": ..., "error": "..."}``
    instead of raising, so that one bad document does not cost a corpus its run. ``lang`` is
    the language of texts, and of documents that do not give their own.

    The iterable is read a batch at a time, so a generator is fine.

    Raises ValueError for a ``lang`` quoth does not read, for ``threads`` below 1, and for a text
    (a str item) in another language when ``lang`` is None, or of more paragraphs than any article
    or book; TypeError for an item that is neither a str nor a mapping, for a document holding a
    value JSON cannot carry (a datetime), and for one str or mapping given instead of an iterable.
    """
    if isinstance(texts, (str, bytes, Mapping)):
        raise TypeError("analyze_many takes an iterable of texts or documents; for one, use analyze")
    threads = _threads(threads)
    if lang is not None and lang not in ("de", "en"):
        # As the native module says it, also for an empty iterable.
        raise ValueError(f'quoth reads "de" and "en" (or None: detect), not lang={lang!r}')
    items = iter(texts)
    results: List[Dict[str, Any]] = []
    # Rust analyses a batch on a thread of this pool, without the GIL, while this thread reads
    # the next batch in and parses the last one's JSON: the two overlap.
    with ThreadPoolExecutor(max_workers=1) as rust:
        pending: Optional[Future] = None
        first = 0
        while True:
            size = _BATCH_PER_THREAD * threads
            batch = [_item(item, lang) for item in itertools.islice(items, size)]
            running = None
            if batch:
                running = rust.submit(_quoth.analyze_batch_json, batch, lang, threads, first)
                first += len(batch)
            if pending is not None:
                results.extend(json.loads(j) for j in pending.result())
            if running is None:
                return results
            pending = running


def analyze_jsonl(lines: Iterable[Union[str, bytes]], threads: Optional[int] = None) -> List[str]:
    """The lines ``quoth --jsonl`` writes for these input lines, in order, on ``threads`` threads
    (None: every core), each without its line end: exactly its answers, an error line for a line
    that is blank, not JSON, or not a document quoth reads. An input line may keep its line end.

    The fastest way from JSON lines to JSON lines: nothing is parsed in Python. A cluster's
    workers use it (see ``examples/dask_jsonl.py``).
    """
    if isinstance(lines, (str, bytes)):
        raise TypeError("analyze_jsonl takes an iterable of lines; for one, pass [line]")
    threads = _threads(threads)
    items = iter(lines)
    answers: List[str] = []
    while True:
        batch = [_line(line) for line in itertools.islice(items, _BATCH_PER_THREAD * threads)]
        if not batch:
            return answers
        answers.extend(_quoth.analyze_batch_json(batch, None, threads))


def _threads(threads: Optional[int]) -> int:
    """A number of threads: None is every core."""
    if threads is None:
        return _quoth.cores()
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads is a number of threads, at least 1, not {threads!r}")
    # More threads than this do no more work; the batches stay of a size memory holds.
    return min(threads, _MAX_THREADS)


#: The most threads a call uses, whatever it is asked.
_MAX_THREADS = 256


def _line(line: Union[str, bytes]) -> "tuple[bool, str]":
    """A --jsonl input line as the native module takes it."""
    if isinstance(line, bytes):
        line = line.decode("utf-8", errors="replace")
    if not isinstance(line, str):
        raise TypeError(f"a JSON line is a str or bytes, not {type(line).__name__}")
    return (True, _text(line))


def _item(item: Union[str, Mapping[str, Any]], lang: Optional[str]) -> "tuple[bool, str]":
    """An item as the native module takes it: (False, text) or (True, a --jsonl line)."""
    if isinstance(item, str):
        return (False, _text(item))
    if isinstance(item, Mapping):
        document = dict(item)
        if lang is not None and document.get("lang") is None:
            document["lang"] = lang
        if isinstance(document.get("text"), str):
            # A lone surrogate, which JSON cannot carry, as U+FFFD, as for a str item.
            document["text"] = _text(document["text"])
        # A value JSON cannot carry (a datetime, a set) raises TypeError here. ensure_ascii: any
        # other lone surrogate travels as an escape, and the document gets an error line.
        return (True, json.dumps(document, ensure_ascii=True))
    raise TypeError(f"quoth analyses a str or a mapping with \"text\", not {type(item).__name__}")

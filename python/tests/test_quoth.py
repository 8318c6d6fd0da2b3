"""The Python package against the binary: the same analyses, byte for byte."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_quoth, samples

import quoth


def read(path: Path) -> str:
    # newline="": the text as it is in the file, as quoth reads it (no \r\n turned into \n).
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def gold_lines(corpora: Path) -> list:
    return (corpora / "quoth-gold.dev.jsonl").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("path", samples(), ids=lambda p: p.name)
def test_analyze_is_quoth_json_on_every_sample(quoth_bin, path):
    expected = run_quoth(quoth_bin, ["--json", str(path)]).decode("utf-8")
    analysis = quoth.analyze(read(path))
    # The samples carry no character quoth escapes beyond json.dumps, so plain json.dumps gives
    # the same bytes; quoth.dumps does on every text.
    assert json.dumps(analysis, indent=2, ensure_ascii=False) + "\n" == expected
    assert quoth.dumps(analysis, indent=2) + "\n" == expected


def test_analyze_is_quoth_json_on_the_gold_corpus(quoth_bin, corpora, tmp_path):
    lines = gold_lines(corpora)
    assert len(lines) >= 40
    for line in lines:
        doc = json.loads(line)
        path = tmp_path / "article.txt"
        path.write_bytes(doc["text"].encode("utf-8"))
        expected = run_quoth(quoth_bin, ["--json", "--lang", doc["lang"], str(path)])
        analysis = quoth.analyze(doc["text"], lang=doc["lang"])
        assert (quoth.dumps(analysis, indent=2) + "\n").encode("utf-8") == expected, doc["id"]
        if doc["lang"] == "en":
            # Offsets are str indices: a statement's spans slice its text out of the str.
            for statement in analysis["statements"]:
                start, end = statement["spans"][0]
                assert statement["text"].startswith(doc["text"][start:end])


def test_analyze_many_is_quoth_jsonl(quoth_bin, corpora):
    path = corpora / "en-polnear.dev.jsonl"
    raw = path.read_bytes()
    expected = run_quoth(quoth_bin, ["--jsonl"], stdin=raw).decode("utf-8").splitlines()
    documents = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    # polnear has a bidirectional mark or two, which quoth escapes: quoth.dumps must as well.
    assert any(quoth._TERMINAL_UNSAFE.search(d["text"]) for d in documents)
    for threads in (1, 2, None):
        analyses = quoth.analyze_many(documents, threads=threads)
        assert [quoth.dumps(a) for a in analyses] == expected, f"threads={threads}"
    # From a generator, a batch at a time, the same.
    again = quoth.analyze_many((d for d in documents), threads=2)
    assert [quoth.dumps(a) for a in again] == expected


def test_a_document_that_cannot_be_read_is_an_error_line_as_in_jsonl(quoth_bin):
    documents = [
        {"id": 1, "text": "„Ja“, sagte Anna Weber."},
        {"id": 2},
        {"id": "f", "lang": "fr", "text": "« Oui », dit-elle."},
        {"id": None, "lang": 5, "text": "x"},
    ]
    stdin = "".join(json.dumps(d) + "\n" for d in documents).encode("utf-8")
    expected = run_quoth(quoth_bin, ["--jsonl"], stdin=stdin).decode("utf-8").splitlines()
    analyses = quoth.analyze_many(documents)
    assert [quoth.dumps(a) for a in analyses] == expected
    assert "error" not in analyses[0] and analyses[0]["id"] == 1
    assert [("error" in a) for a in analyses[1:]] == [True, True, True]


def test_texts_in_analyze_many_are_analysed_as_analyze_does():
    texts = [read(p) for p in samples() if "long" not in p.parts]
    assert len(texts) > 10
    many = quoth.analyze_many(texts, threads=2)
    assert many == [quoth.analyze(t) for t in texts]
    assert all("id" not in a for a in many)
    assert quoth.analyze_many([]) == []


def test_lang_decides_and_bad_arguments_raise():
    text = "“Yes,” she said. The minister said that the talks would go on."
    assert quoth.analyze(text)["lang"] == "en"
    assert quoth.analyze(text, lang="de")["lang"] == "de"
    # lang is the default of documents that give none, not of those that give theirs.
    docs = quoth.analyze_many([{"text": text}, {"text": text, "lang": "en"}, text], lang="de")
    assert [d["lang"] for d in docs] == ["de", "en", "de"]
    for bad in ("fr", "auto", "EN", ""):
        with pytest.raises(ValueError, match="quoth reads"):
            quoth.analyze(text, lang=bad)
        with pytest.raises(ValueError, match="quoth reads"):
            quoth.analyze_many([], lang=bad)
    with pytest.raises(TypeError):
        quoth.analyze(b"bytes")
    with pytest.raises(TypeError):
        quoth.analyze_many([3])
    for threads in (0, -1, 1.5):
        with pytest.raises(ValueError, match="threads"):
            quoth.analyze_many([text], threads=threads)


def test_a_text_in_another_language_raises_unless_lang_is_given():
    french = (
        "« Nous ne sommes pas prêts », a déclaré le ministre. Selon lui, les négociations "
        "avec les syndicats sont dans une impasse et le gouvernement ne peut pas accepter "
        "les demandes qui sont sur la table. Il a ajouté que la réforme des retraites sera "
        "présentée au conseil des ministres dans les prochaines semaines. "
    ) * 3
    with pytest.raises(ValueError, match="French"):
        quoth.analyze(french)
    with pytest.raises(ValueError, match="French"):
        quoth.analyze_many(["„Ja“, sagte sie.", french])
    # Which one: its place among all the texts, whatever batch it is in.
    many = ["„Ja“, sagte sie."] * 200 + [french]
    with pytest.raises(ValueError, match="^item 200: the text seems to be in French"):
        quoth.analyze_many(many, threads=2)
    assert quoth.analyze(french, lang="en")["lang"] == "en"


def test_offsets_are_str_indices_even_around_lone_surrogates():
    text = "\U0001f642 \ud800 „Wir warten“, sagte Anna Weber. 🙂"
    analysis = quoth.analyze(text)
    (statement,) = analysis["statements"]
    start, end = statement["spans"][0]
    assert text[start:end] == "„Wir warten“"
    (actor,) = analysis["actors"]
    assert [text[s:e] for s, e in actor["mentions"]] == ["Anna Weber"]


def test_the_gil_is_released_while_rust_works():
    text = read(ROOT / "samples" / "long" / "dickens-bleak-house.txt")
    done = threading.Event()
    took = []

    def work():
        start = time.perf_counter()
        quoth.analyze_many([text, text], threads=1)
        took.append(time.perf_counter() - start)
        done.set()

    worker = threading.Thread(target=work)
    last, longest_gap = time.perf_counter(), 0.0
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        longest_gap, last = max(longest_gap, now - last), now
    worker.join()
    # Holding the GIL, the analysis would stop this loop for its whole length; released, the
    # loop waits at most for the parsing of the JSON and the interpreter's switch interval.
    assert took[0] > 4 * longest_gap, (took, longest_gap)


def test_version_is_the_crates():
    cargo = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    assert f'version = "{quoth.__version__}"' in cargo


def test_a_text_of_too_many_paragraphs_is_refused_as_the_binary_refuses_it(quoth_bin):
    many = "a\n\n" * 250_001
    with pytest.raises(ValueError, match="paragraphs"):
        quoth.analyze(many)
    (answer,) = quoth.analyze_many([{"id": "m", "text": many}])
    assert answer["id"] == "m" and "paragraphs" in answer["error"]
    line = json.dumps({"id": "m", "text": many}) + "\n"
    expected = run_quoth(quoth_bin, ["--jsonl"], stdin=line.encode("utf-8")).decode("utf-8")
    assert quoth.dumps(answer) + "\n" == expected


def test_analyze_jsonl_answers_lines_as_jsonl_does(quoth_bin, corpora):
    raw = (corpora / "de-wikinews.dev.jsonl").read_bytes().splitlines(keepends=True)[:20]
    raw += [b"\n", b"not json\r\n", b'{"id": 3}\n', b'{"id": 4, "text": "\xe2\x80\x9eJa\xe2\x80\x9c"}']
    expected = run_quoth(quoth_bin, ["--jsonl"], stdin=b"".join(raw)).decode("utf-8").splitlines()
    for threads in (1, 2):
        assert quoth.analyze_jsonl(raw, threads=threads) == expected
        assert quoth.analyze_jsonl([r.decode("utf-8") for r in raw], threads=threads) == expected
    with pytest.raises(TypeError):
        quoth.analyze_jsonl('{"text": "x"}')


def test_one_text_or_document_instead_of_many_is_a_type_error():
    for one in ("„Ja“, sagte sie.", {"id": 1, "text": "„Ja“, sagte sie."}, b"x"):
        with pytest.raises(TypeError, match="iterable"):
            quoth.analyze_many(one)
    with pytest.raises(ValueError, match="threads"):
        quoth.analyze_many(["x"], threads=True)
    # A huge number of threads is as many as help.
    assert quoth.analyze_many(["„Ja“, sagte sie."], threads=2**70)[0]["lang"] == "de"


def test_a_document_with_a_lone_surrogate_keeps_its_id_and_is_analysed():
    (answer,) = quoth.analyze_many([{"id": 1, "text": "\ud800 „Ja“, sagte Anna Weber."}])
    assert answer["id"] == 1 and "error" not in answer
    (statement,) = answer["statements"]
    assert statement["spans"] == [[2, 6]]

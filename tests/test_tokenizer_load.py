"""The shipped model's tokenizer starts empty and is filled from its file: the same tokenizer as spaCy's own load."""

from __future__ import annotations

from pathlib import Path

import pytest

from taalcheck.nl import pipeline

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def both():
    import spacy

    path = pipeline.model_path()
    if path is None:
        pytest.skip("no shipped model")
    return pipeline.shared(), spacy.load(path, exclude=list(pipeline.UNUSED_COMPONENTS))


def test_the_override_is_used_and_changes_nothing_in_the_tokenizer(both):
    ours, theirs = both
    assert ours.config["nlp"]["tokenizer"]["@tokenizers"] == pipeline.EMPTY_TOKENIZER
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(ours.tokenizer, attr).__self__.pattern == getattr(theirs.tokenizer, attr).__self__.pattern
    assert ours.tokenizer.token_match is None and theirs.tokenizer.token_match is None
    assert ours.tokenizer.rules == theirs.tokenizer.rules
    assert ours.tokenizer.faster_heuristics == theirs.tokenizer.faster_heuristics


def test_same_analysis_on_the_letters(both):
    ours, theirs = both
    for path in sorted((REPO / "corpus" / "brieven").glob("*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        a, b = ours(text), theirs(text)
        assert [(t.text, t.idx, t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i) for t in a] == [
            (t.text, t.idx, t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i) for t in b
        ], path.name


def test_no_override_without_a_tokenizer_file_or_with_another_tokenizer(tmp_path):
    assert pipeline._tokenizer_override(tmp_path) == {}
    (tmp_path / "tokenizer").write_bytes(b"")
    (tmp_path / "config.cfg").write_text('[nlp]\nlang = "nl"\n\n[nlp.tokenizer]\n@tokenizers = "spacy.Tokenizer.v2"\n', encoding="utf-8")
    assert pipeline._tokenizer_override(tmp_path) == {}
    (tmp_path / "config.cfg").write_text('[nlp]\nlang = "nl"\n\n[nlp.tokenizer]\n@tokenizers = "spacy.Tokenizer.v1"\n', encoding="utf-8")
    assert pipeline._tokenizer_override(tmp_path) == {"nlp": {"tokenizer": {"@tokenizers": pipeline.EMPTY_TOKENIZER}}}

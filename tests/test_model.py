"""The shipped Dutch pipeline: present in the package, loadable, small, and right on letter basics."""

from __future__ import annotations

import json
from importlib.resources import as_file, files
from pathlib import Path

import pytest
import spacy

NEEDED = ("tok2vec", "morphologizer", "parser", "trainable_lemmatizer")
MAX_MB = 25


@pytest.fixture(scope="module")
def model_dir():
    with as_file(files("taalcheck") / "model") as path:
        yield Path(path)


@pytest.fixture(scope="module")
def nlp(model_dir):
    return spacy.load(model_dir)


def test_model_files_are_in_the_package(model_dir):
    for name in ("meta.json", "config.cfg", "LICENSE", "README.md", "tokenizer"):
        assert (model_dir / name).exists(), f"{name} missing from taalcheck/model"
    assert "ShareAlike 4.0" in (model_dir / "LICENSE").read_text(encoding="utf-8")


def test_meta_names_the_model_and_license(model_dir):
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "nl_taalcheck"
    assert meta["lang"] == "nl"
    assert meta["license"] == "CC BY-SA 4.0"


def test_model_is_small_enough(model_dir):
    size = sum(f.stat().st_size for f in model_dir.rglob("*") if f.is_file())
    assert size <= MAX_MB * 1_000_000, f"model is {size / 1e6:.1f} MB"


def test_pipeline_has_the_four_components(nlp):
    for name in NEEDED:
        assert name in nlp.pipe_names


def test_formal_you_and_lemma(nlp):
    doc = nlp("U kunt uw aanvraag indienen.")
    by_text = {tok.text: tok for tok in doc}
    assert by_text["U"].pos_ == "PRON"
    assert by_text["uw"].pos_ == "PRON"
    assert by_text["kunt"].lemma_ == "kunnen"
    assert by_text["aanvraag"].pos_ == "NOUN"


def test_every_sentence_has_one_root(nlp):
    doc = nlp("Wij hebben uw aanvraag ontvangen. Stuur het formulier binnen zes weken terug.")
    sents = list(doc.sents)
    assert len(sents) == 2
    for sent in sents:
        roots = [tok for tok in sent if tok.dep_ == "ROOT"]
        assert len(roots) == 1
        assert roots[0].pos_ in {"VERB", "AUX"}


def test_passive_auxiliary(nlp):
    doc = nlp("Het bedrag wordt op uw rekening gestort.")
    wordt = next(tok for tok in doc if tok.text == "wordt")
    assert wordt.pos_ == "AUX"
    assert wordt.dep_ == "aux:pass"
    assert wordt.head.text == "gestort"

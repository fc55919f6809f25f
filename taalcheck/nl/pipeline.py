"""Build the Dutch spaCy pipeline that taalcheck analyses segments with.

The trained model shipped in ``taalcheck/model`` is used when present;
otherwise a blank Dutch pipeline with the ``simplemma`` lemmatizer (which
got 18 of 20 inflected test words right, where spaCy's lookup table left 11
unchanged). Either way the rules see tokens with lemmas; part-of-speech tags
and a parse are a bonus the rules use when they are there.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

# Components the rules never use; not loaded, so not run.
UNUSED_COMPONENTS = ("ner", "senter", "attribute_ruler")


def model_path() -> Path | None:
    """The trained pipeline inside the installed package, if it is there."""
    path = Path(str(resources.files("taalcheck") / "model"))
    return path if (path / "config.cfg").is_file() else None


def _blank() -> Any:
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("taalcheck_lemmatizer")
    return nlp


def build(model: str | Path | None = None) -> Any:
    """A new pipeline: the given or shipped model, or blank Dutch + simplemma."""
    import spacy

    register_components()
    path = Path(model) if model else model_path()
    if path is None:
        nlp = _blank()
    else:
        nlp = spacy.load(path, exclude=list(UNUSED_COMPONENTS), config=_tokenizer_override(path))
    nlp.max_length = 2_000_000
    return nlp


STANDARD_TOKENIZER = "spacy.Tokenizer.v1"
EMPTY_TOKENIZER = "taalcheck.empty_tokenizer.v1"


def _tokenizer_override(path: Path) -> dict[str, Any]:
    """Start the model's tokenizer empty when its own file will fill it in completely.

    spaCy first builds the language's default tokenizer (some 4,600 special
    cases, each tokenized to check it) and then ``from_disk`` resets every
    setting and loads the model's own: a quarter of a second of start-up spent
    twice. Only for the standard tokenizer with a file on disk, so the result
    is the same tokenizer.
    """
    from spacy.util import load_config

    if not (path / "tokenizer").is_file():
        return {}
    configured = load_config(path / "config.cfg").get("nlp", {}).get("tokenizer", {})
    if configured.get("@tokenizers") != STANDARD_TOKENIZER:
        return {}
    return {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}


_SHARED: dict[str | None, Any] = {}
_SHARED_GUARD = threading.Lock()


def shared(model: str | None = None) -> Any:
    """One pipeline per process (per model path): loading is the slow part.

    Built under a lock, so threads that start at once share one pipeline.
    """
    nlp = _SHARED.get(model)
    if nlp is None:
        with _SHARED_GUARD:
            nlp = _SHARED.get(model)
            if nlp is None:
                nlp = _SHARED[model] = build(model)
    return nlp


_LOCKS: weakref.WeakKeyDictionary[Any, threading.RLock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


def lock_for(nlp: Any) -> threading.RLock:
    """One lock per pipeline: spaCy's string store and memory zones are not safe across threads.

    Two threads that run the same pipeline at once make one thread's memory zone
    free strings the other still reads (spaCy's KeyError E018).
    """
    with _LOCKS_GUARD:
        lock = _LOCKS.get(nlp)
        if lock is None:
            lock = _LOCKS[nlp] = threading.RLock()
        return lock


# Characters per spaCy batch: the model's memory grows with the whole batch
# (256 pieces of 5,000 characters took 5.6 GB; 64,000 characters stay near 0.5 GB).
BATCH_CHARS = 64_000
# Texts per spaCy batch: the model works faster on bigger batches of short texts (address lines, short sentences).
MAX_BATCH = 1000


def batches(texts: list[str]) -> Iterator[list[str]]:
    """``texts`` in order, cut into batches of at most BATCH_CHARS characters (one longer text alone) and MAX_BATCH texts."""
    start = 0
    while start < len(texts):
        end, chars = start + 1, len(texts[start])
        while end < len(texts) and end - start < MAX_BATCH and chars + len(texts[end]) <= BATCH_CHARS:
            chars += len(texts[end])
            end += 1
        yield texts[start:end]
        start = end


def pipe(nlp: Any, texts: list[str], disable: Sequence[str] = ()) -> Iterator[Any]:
    """The analysed docs of ``texts``, in order, batch by batch (``batches``), so memory stays flat."""
    for batch in batches(texts):
        if disable:
            yield from nlp.pipe(batch, batch_size=len(batch), disable=list(disable))
        else:
            yield from nlp.pipe(batch, batch_size=len(batch))


def memory_zone(nlp: Any) -> Any:
    """spaCy's memory zone, so strings of analysed texts are freed afterwards (a no-op on older spaCy)."""
    from contextlib import nullcontext

    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def has_parser(nlp: Any) -> bool:
    return "parser" in nlp.pipe_names


def has_tagger(nlp: Any) -> bool:
    return "morphologizer" in nlp.pipe_names or "tagger" in nlp.pipe_names


_REGISTERED = False


def register_components() -> None:
    """Register our spaCy components once (only when spaCy is really needed)."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc
    from spacy.util import registry

    @registry.tokenizers(EMPTY_TOKENIZER)
    def empty_tokenizer() -> Any:
        """A tokenizer without rules, for a model whose tokenizer file sets them all (see ``_tokenizer_override``)."""
        return lambda nlp: Tokenizer(nlp.vocab)

    @Language.component("taalcheck_lemmatizer")
    def simplemma_lemmatizer(doc: Doc) -> Doc:
        from taalcheck.nl.matching import dictionary_lemma

        for token in doc:
            token.lemma_ = dictionary_lemma(token.lower_) if token.is_alpha else token.lower_
        return doc

    if not Doc.has_extension("taalcheck"):
        Doc.set_extension("taalcheck", default=None)
    _REGISTERED = True

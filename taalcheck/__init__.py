"""taalcheck: checks Dutch government letters for plain language (B1).

    import taalcheck
    report = taalcheck.check("Indien u vragen heeft, kunt u bellen.")
    for f in report.findings:
        print(f.category, f.text, f.suggestions)

Heavy parts (spaCy, word frequencies) load on first use, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

from taalcheck.document import Document
from taalcheck.findings import Edit, Finding, Report
from taalcheck.options import CheckOptions

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.checker import Checker

__version__ = "0.1.0"
__all__ = [
    "check", "check_many", "rewrite", "load", "Checker", "CheckOptions", "Document", "Report", "Finding", "Edit",
    "load_config",
]

_CHECKERS: dict[tuple, "Checker"] = {}


def _checker(options: CheckOptions | None, cache: bool = True) -> "Checker":
    from taalcheck.checker import Checker

    options = options or CheckOptions()
    key = (options, cache)
    checker = _CHECKERS.get(key)
    if checker is None:
        checker = _CHECKERS[key] = Checker(options, cache=cache)
    return checker


def _options(options: CheckOptions | None, kwargs: dict[str, Any]) -> CheckOptions:
    if options is not None and kwargs:
        raise TypeError("Geef óf options óf losse instellingen, niet allebei.")
    return checked_options(options or CheckOptions.build(**kwargs))


def checked_options(options: CheckOptions) -> CheckOptions:
    """``options`` with its codes normalised; ValueError for a code or category that does not exist.

    A typo in ``select`` would switch off every check without a word.
    """
    from dataclasses import replace

    from taalcheck.rules import check_codes

    select = check_codes(sorted(options.select), "select")
    ignore = check_codes(sorted(options.ignore), "ignore")
    if (select, ignore) == (options.select, options.ignore):
        return options
    return replace(options, select=select, ignore=ignore)


def check(text: str | Document, options: CheckOptions | None = None, *, cache: bool = True, **kwargs: Any) -> Report:
    """Check one text. Keyword options: select, ignore, max_zinlengte, woordenlijsten."""
    return _checker(_options(options, kwargs), cache).check(text)


def check_many(
    texts: Iterable[str | Document],
    options: CheckOptions | None = None,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    cache: bool = True,
    **kwargs: Any,
) -> Iterator[Report]:
    """Check many texts; reports stream back in input order."""
    opts = _options(options, kwargs)
    if n_process > 1:
        from taalcheck.parallel import check_parallel

        return check_parallel(texts, opts, n_process=n_process, batch_size=batch_size, cache=cache)
    return _checker(opts, cache).check_many(texts, batch_size=batch_size)


def rewrite(text: str | Document, options: CheckOptions | None = None, *, safe_only: bool = True, **kwargs: Any) -> str:
    """The text with fixes applied until nothing more changes; a fix that would bring a new problem is left out."""
    from taalcheck.rewriting import rewrite as _rewrite

    return _rewrite(text, options, safe_only=safe_only, **kwargs)


def load(model: str | None = None) -> Any:
    """The spaCy pipeline with the taalcheck component: ``doc._.taalcheck`` holds findings."""
    from taalcheck import pipeline

    nlp = pipeline.build(model)
    if "taalcheck" not in nlp.pipe_names:
        nlp.add_pipe("taalcheck", last=True)
    return nlp


def __getattr__(name: str) -> Any:
    """``taalcheck.Checker`` without importing the engine at ``import taalcheck``."""
    if name == "Checker":
        from taalcheck.checker import Checker

        return Checker
    raise AttributeError(f"module 'taalcheck' has no attribute {name!r}")


def load_config(path: str) -> Any:
    from taalcheck.config import load_config as _load

    return _load(path)

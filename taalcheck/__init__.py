"""taalcheck: checks Dutch government letters for plain language (B1).

    import taalcheck
    report = taalcheck.check("Indien u vragen heeft, kunt u bellen.")
    for f in report.findings:
        print(f.category, f.text, f.suggestions)

Heavy parts (spaCy, word frequencies) load on first use, not on import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from taalcheck.core.document import Document
from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.core.options import CheckOptions
from taalcheck.core.report import Report

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.engine.checker import Checker

__version__ = "0.1.0"
__all__ = [
    "CheckOptions",
    "Checker",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "Report",
    "check",
    "check_many",
    "load",
    "load_config",
    "rewrite",
]


def _checker(options: CheckOptions | None = None, cache: bool | str = True) -> Checker:
    from taalcheck.engine.checker import shared_checker

    return shared_checker(options, cache)


def _options(options: CheckOptions | None, kwargs: dict[str, Any]) -> CheckOptions:
    return checked_options(CheckOptions.resolve(options, kwargs))


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


def check(text: str | Document, options: CheckOptions | None = None, *, cache: bool | str = True, **kwargs: Any) -> Report:
    """Check one text. Keyword options: select, ignore, max_zinlengte, woordenlijsten."""
    return _checker(_options(options, kwargs), cache).check(text)


def check_many(
    texts: Iterable[str | Document],
    options: CheckOptions | None = None,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    cache: bool | str = True,
    **kwargs: Any,
) -> Iterator[Report]:
    """Check many texts; reports stream back in input order.

    ``cache="getallen"``: the sentence cache also shares sentences that differ only in their numbers
    (amounts, dates, references). Much faster on generated letters, but not always the same report
    as without the cache (README, "Als bibliotheek"); the default ``True`` always is.
    """
    opts = _options(options, kwargs)
    if n_process > 1:
        from taalcheck.engine.parallel import check_parallel

        return check_parallel(texts, opts, n_process=n_process, batch_size=batch_size, cache=cache)
    return _checker(opts, cache).check_many(texts, batch_size=batch_size)


def rewrite(text: str | Document, options: CheckOptions | None = None, *, safe_only: bool = True, **kwargs: Any) -> str:
    """The text with fixes applied until nothing more changes; a fix that would bring a new problem is left out."""
    from taalcheck.engine.fix_loop import rewrite as _rewrite

    return _rewrite(text, options, safe_only=safe_only, **kwargs)


def load(model: str | None = None) -> Any:
    """The spaCy pipeline with the taalcheck component: ``doc._.taalcheck`` holds findings."""
    from taalcheck import component
    from taalcheck.nl import pipeline

    component.register()
    nlp = pipeline.build(model)
    if "taalcheck" not in nlp.pipe_names:
        nlp.add_pipe("taalcheck", last=True)
    return nlp


def __getattr__(name: str) -> Any:
    """``taalcheck.Checker`` without importing the engine at ``import taalcheck``."""
    if name == "Checker":
        from taalcheck.engine.checker import Checker

        return Checker
    raise AttributeError(f"module 'taalcheck' has no attribute {name!r}")


def load_config(path: str) -> Any:
    from taalcheck.config import load_config as _load

    return _load(path)

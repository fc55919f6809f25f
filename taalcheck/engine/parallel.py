"""check_many over several processes, in input order, with flat memory.

A spawn pool (safe with spaCy's threads and on every platform) loads the
pipeline once per worker; each worker keeps its own sentence cache. Input is
read a window of batches at a time, so a generator of a million letters is
never held in memory. ProcessPoolExecutor, not multiprocessing.Pool: when a
worker dies (out of memory, a model that will not load) the caller gets an
error instead of a pool that restarts workers for ever.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable, Iterator
from collections.abc import Iterator as _Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from multiprocessing import get_context
from typing import TYPE_CHECKING

from taalcheck.core.document import Document
from taalcheck.core.options import CheckOptions
from taalcheck.core.report import Report

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.rules.base import Rule

_WORKER = None


def _init(options: CheckOptions, cache: bool | str, model: str | None, added: tuple[Rule, ...] = ()) -> None:
    global _WORKER
    from taalcheck.engine.checker import Checker
    from taalcheck.rules import RULES, register

    for rule in added:  # rules registered in the parent process run here too
        if rule.code not in RULES:
            register(rule)
    _WORKER = Checker(options, model=model, cache=cache)
    _ = _WORKER.nlp  # load now, so a broken model fails at start-up, not halfway


def _run(batch: list[str | Document]) -> list[Report]:
    assert _WORKER is not None
    return list(_WORKER.check_many(batch, batch_size=len(batch)))


@contextmanager
def _workers_without_callers_script() -> _Iterator[None]:
    """Start workers without re-running the caller's script.

    A spawned worker imports the caller's ``__main__`` again; a plain script
    without ``if __name__ == "__main__":`` would then call ``check_many`` once
    more in every worker and crash the pool. The workers need nothing from
    that script (they import taalcheck), so it is hidden while they start.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _with_fixer(batch: list[str | Document], reports: list[Report], options: CheckOptions, cache: bool | str) -> Iterator[Report]:
    """A report from a worker gets this process's fix loop back (it does not travel by pickle)."""
    from taalcheck.engine.checker import as_document, shared_checker
    from taalcheck.engine.fix_loop import Refix

    for item, report in zip(batch, reports, strict=True):
        report.fixer = Refix(shared_checker(options, cache), as_document(item, report.path), report)
        yield report


def check_parallel(
    texts: Iterable[str | Document],
    options: CheckOptions,
    n_process: int = 2,
    batch_size: int = 64,
    cache: bool | str = True,
    model: str | None = None,
) -> Iterator[Report]:
    """Reports in input order from ``n_process`` workers.

    Documents travel to the workers by pickle, so their ``position`` and
    ``locate`` must be picklable (module-level classes or functions, no lambdas).
    """
    from taalcheck.rules import added_rules

    iterator = iter(texts)
    window = n_process * 4
    initargs = (options, cache, model, added_rules())
    executor = ProcessPoolExecutor(n_process, mp_context=get_context("spawn"), initializer=_init, initargs=initargs)
    with executor:
        while True:
            batches = [b for b in (list(islice(iterator, batch_size)) for _ in range(window)) if b]
            if not batches:
                return
            try:
                with _workers_without_callers_script():  # workers start on the first submit
                    results = executor.map(_run, batches)
                for batch, reports in zip(batches, results, strict=True):
                    yield from _with_fixer(batch, reports, options, cache)
            except BrokenProcessPool as exc:
                raise RuntimeError("Een werkproces van taalcheck is gestopt (te weinig geheugen, of het model laadt niet).") from exc

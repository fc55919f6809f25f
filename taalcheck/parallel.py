"""check_many over several processes, in input order, with flat memory.

A spawn pool (safe with spaCy's threads and on every platform) loads the
pipeline once per worker; each worker keeps its own sentence cache. Input is
read a window of batches at a time, so a generator of a million letters is
never held in memory.
"""

from __future__ import annotations

from itertools import islice
from multiprocessing import get_context
from typing import Iterable, Iterator

from taalcheck.document import Document
from taalcheck.findings import Report
from taalcheck.options import CheckOptions

_WORKER = None


def _init(options: CheckOptions, cache: bool, model: str | None) -> None:
    global _WORKER
    from taalcheck.checker import Checker

    _WORKER = Checker(options, model=model, cache=cache)


def _run(batch: list[str | Document]) -> list[Report]:
    assert _WORKER is not None
    return list(_WORKER.check_many(batch, batch_size=len(batch)))


def check_parallel(
    texts: Iterable[str | Document],
    options: CheckOptions,
    n_process: int = 2,
    batch_size: int = 64,
    cache: bool = True,
    model: str | None = None,
) -> Iterator[Report]:
    """Reports in input order from ``n_process`` workers.

    Documents travel to the workers by pickle, so their ``position`` and
    ``locate`` must be picklable (module-level classes or functions, no lambdas).
    """
    iterator = iter(texts)
    window = n_process * 4
    with get_context("spawn").Pool(n_process, initializer=_init, initargs=(options, cache, model)) as pool:
        while True:
            batches = [b for b in (list(islice(iterator, batch_size)) for _ in range(window)) if b]
            if not batches:
                return
            for reports in pool.imap(_run, batches):
                yield from reports

"""A progress bar on stderr for long runs, only when a person is watching.

In CI, pre-commit or a pipe (stderr is not a terminal) nothing is printed,
so logs and machine-readable output stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def wanted(enabled: bool = True, stream=None) -> bool:
    """True when a bar should be shown: asked for, and stderr is a terminal."""
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return bool(enabled and isatty and isatty())


def progress(iterable: Iterable[T], total: int | None = None, enabled: bool = True, label: str = "Controleren") -> Iterator[T]:
    """Yield the items of ``iterable``, drawing a bar on stderr when wanted."""
    if not wanted(enabled):
        yield from iterable
        return
    import click

    with click.progressbar(iterable, length=total, label=label, file=sys.stderr, show_pos=True, show_eta=True, width=30) as bar:
        yield from bar

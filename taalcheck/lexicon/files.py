"""Which word-list files are in use, and a cheap fingerprint of them (a ``stat`` per file).

An edited list must be read again by a running process; reading every list
before every check would be slow, so the lists are keyed on this fingerprint.
"""

from __future__ import annotations

import functools
import os
import pathlib
import stat
from collections.abc import Iterable


def csv_files(path: pathlib.Path) -> list[pathlib.Path]:
    return sorted(path.glob("*.csv")) if path.is_dir() else [path]


@functools.lru_cache(maxsize=64)
def _listing(folder: str, _mtime_ns: int) -> tuple[str, ...]:
    """The CSV files of a folder; listed again only when the folder's modification time changed."""
    return tuple(os.fspath(file) for file in csv_files(pathlib.Path(folder)))


def _stat_entry(name: str) -> tuple[str, int, int]:
    try:
        st = os.stat(name)
    except OSError:
        return name, -1, -1
    return name, st.st_mtime_ns, st.st_size


def stat_fingerprint(paths: Iterable[str | os.PathLike[str]]) -> tuple[tuple[str, int, int], ...]:
    """Paths with their modification time and size, so an edited list is
    read again instead of served from the cache. A ``stat`` per file and folder."""
    result = []
    for raw in paths:
        name = os.fspath(pathlib.Path(raw))
        try:
            st = os.stat(name)
        except OSError:
            result.append((name, -1, -1))
            continue
        if stat.S_ISDIR(st.st_mode):
            result.extend(_stat_entry(file) for file in _listing(name, st.st_mtime_ns))
        else:
            result.append((name, st.st_mtime_ns, st.st_size))
    return tuple(result)


Fingerprint = tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, int, int], ...]]

"""Fast-loading copies of the dictionary data that every check reads.

simplemma decodes its Dutch dictionary (370,000 forms) in Python at first
use, and wordfreq imports a tokenizer stack and builds a dict of floats:
together about half a second of each ``taalcheck check``, as much as a third
of loading the model. This module keeps such a table as two flat columns
(sorted keys, values) in the user's cache folder. The first run builds it from
the installed library; later runs read it in a few milliseconds and look keys
up by bisection, without building a hash table.

The copy is keyed by the library's version and the size and modification time
of its data files, so an upgrade builds a new one (a table no environment has
read for a month is then removed). The file holds data only
(strings), never results of a check. ``TAALCHECK_TABLES`` names another folder,
or ``uit`` to read the libraries' own data as before (also what happens
when the folder cannot be written).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
import time
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import metadata, util
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when the file layout changes
DAY = 24 * 3600
UNUSED_DAYS = 30
OFF = ("uit", "off", "0", "")


class SortedTable(Mapping[str, str]):
    """A read-only str -> str mapping over sorted key and value columns (lookup by bisection)."""

    __slots__ = ("_keys", "_values")

    def __init__(self, keys: list[str], values: list[str]) -> None:
        self._keys = keys
        self._values = values

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._values[i]
        return default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class SortedScores:
    """Sorted keys with a score in hundredths each (a Zipf value 0.00-8.00 fits an unsigned short)."""

    __slots__ = ("_hundredths", "_keys")

    def __init__(self, keys: list[str], hundredths: array) -> None:
        self._keys = keys
        self._hundredths = hundredths

    def get(self, key: str) -> float | None:
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._hundredths[i] / 100
        return None

    def __len__(self) -> int:
        return len(self._keys)


def text_columns(pairs: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """Sorted key and value columns, one entry a line; refuses keys or values with a line break."""
    ordered = sorted(pairs)
    if any("\n" in key or "\n" in value for key, value in ordered):
        raise ValueError("a table entry holds a line break")
    return "\n".join(key for key, _ in ordered), "\n".join(value for _, value in ordered)


def split_column(column: str) -> list[str]:
    return column.split("\n") if column else []


def folder() -> Path | None:
    """Where tables are kept, or None when the user switched the copies off."""
    chosen = os.environ.get("TAALCHECK_TABLES")
    if chosen is not None:
        return None if chosen.strip().lower() in OFF else Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("taalcheck")) / "tabellen"


def package_files(package: str, pattern: str) -> list[Path]:
    """Data files of an installed package, found without importing it."""
    spec = util.find_spec(package)
    roots = list(spec.submodule_search_locations or []) if spec else []
    return sorted(path for root in roots for path in Path(root).glob(pattern))


def fingerprint(name: str, package: str, sources: list[Path]) -> str:
    """A short key for one table: our format, the library's version, its data files' sizes and times."""
    parts = [name, str(FORMAT), package, metadata.version(package)]
    for path in sources:
        stat = path.stat()
        parts += [path.name, str(stat.st_size), str(stat.st_mtime_ns)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def cached(name: str, package: str, sources: list[Path], build: Callable[[], tuple[str, Any]]) -> tuple[str, Any] | None:
    """The table ``name`` from the cache folder, built and stored there first if need be.

    None when there is no folder to keep it in (switched off, or not writable):
    building the table costs more than the library's own loading, so the
    caller then asks the library directly.
    """
    where = folder()
    if where is None or not sources:
        return None
    path = where / f"{name}-{fingerprint(name, package, sources)}.bin"
    try:
        with open(path, "rb") as stored:
            table = marshal.loads(stored.read())
            if time.time() - os.fstat(stored.fileno()).st_mtime > DAY:
                os.utime(path)  # in use: another version's clean-up leaves it alone
        if isinstance(table, tuple) and len(table) == 2 and isinstance(table[0], str):
            return table
    except (OSError, EOFError, ValueError, TypeError):
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return None
    try:
        table = build()
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(table))
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    _remove_unused(path, name)
    return table


def _remove_unused(path: Path, name: str) -> None:
    """Tables of other library versions not read for a month (another environment may still use a newer one)."""
    for old in path.parent.glob(f"{name}-*.bin"):
        try:
            if old != path and time.time() - old.stat().st_mtime > UNUSED_DAYS * DAY:
                old.unlink()
        except OSError:
            pass

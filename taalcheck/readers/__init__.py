"""Readers turn a file into a Document; one table maps extensions to readers."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from taalcheck.document import Document


class ReadError(Exception):
    """A file that cannot be checked; the message is plain Dutch and names the file."""


Reader = Callable[[bytes, str, Sequence[str]], Document]


def _text_reader(data: bytes, path: str, placeholders: Sequence[str]) -> Document:
    from taalcheck.readers.text import read_text

    return read_text(data, path, placeholders)


# extension (lowercase, longest match wins) -> reader(data, path, placeholder_patterns)
READERS: dict[str, Reader] = {
    ".txt": _text_reader,
}


def reader_for(path: str | Path) -> Reader | None:
    name = Path(path).name.lower()
    for ext in sorted(READERS, key=len, reverse=True):
        if name.endswith(ext):
            return READERS[ext]
    return None


def read_file(path: str | Path, placeholders: Sequence[str] = ()) -> Document:
    """Read and decode ``path``; raises ReadError with a Dutch message."""
    path = Path(path)
    reader = reader_for(path)
    if reader is None:
        raise ReadError(f"{path}: dit soort bestand kan taalcheck niet lezen.")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: dit bestand bestaat niet.") from None
    except IsADirectoryError:
        raise ReadError(f"{path}: dit is een map, geen bestand.") from None
    except OSError as exc:
        raise ReadError(f"{path}: dit bestand kan niet worden geopend ({exc.strerror}).") from None
    return reader(data, str(path), placeholders)

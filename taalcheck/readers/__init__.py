"""Readers turn a file into a Document; one table maps extensions to readers."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatch
from importlib import import_module
from pathlib import Path

from taalcheck.core.document import Document


class ReadError(Exception):
    """A file that cannot be checked; the message is plain Dutch and names the file."""


# Letters are small. A bigger file is refused before it is read, so memory stays
# bounded; TAALCHECK_MAX_BYTES (bytes, or with kB/MB/GB) changes the limit.
DEFAULT_MAX_BYTES = 10 * 1000 * 1000
ENV_MAX_BYTES = "TAALCHECK_MAX_BYTES"
_UNITS = {"": 1, "b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3}


def max_bytes() -> int:
    """The file size limit in bytes: TAALCHECK_MAX_BYTES, else 10 MB."""
    raw = os.environ.get(ENV_MAX_BYTES, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    number = raw.rstrip("kKmMgGbB ").strip()
    unit = raw[len(number) :].strip().lower()
    if not number.isdigit() or unit not in _UNITS or int(number) == 0:
        raise ReadError(f"{ENV_MAX_BYTES}={raw} klopt niet. Schrijf een aantal bytes, bijvoorbeeld 20000000 of 20MB.")
    return int(number) * _UNITS[unit]


def size_text(n: int) -> str:
    """A size for people: '10 MB', '512 kB'."""
    if n >= 1000**2:
        return f"{n / 1000**2:.3g} MB".replace(".", ",")
    if n >= 1000:
        return f"{n / 1000:.3g} kB".replace(".", ",")
    return f"{n} bytes"


def too_big(path: str | Path, size: int | None, limit: int) -> ReadError:
    """``size`` None: only known to be over the limit (standard input is not read further)."""
    how_big = f" ({size_text(size)})" if size is not None else ""
    return ReadError(
        f"{path}: dit bestand is te groot{how_big}. Taalcheck leest bestanden tot {size_text(limit)}. "
        f"Wilt u een grotere grens? Zet dan {ENV_MAX_BYTES}, bijvoorbeeld {ENV_MAX_BYTES}=50MB."
    )


Reader = Callable[[bytes, str, Sequence[str]], Document]


def _lazy(module: str, function: str) -> Reader:
    """A reader whose module (and its libraries: python-docx, pypdf, Tesseract...) is imported on first use."""

    def read(data: bytes, path: str, placeholders: Sequence[str]) -> Document:
        return getattr(import_module(f"taalcheck.readers.{module}"), function)(data, path, placeholders)

    return read


_text_reader = _lazy("text", "read_text")
_markdown_reader = _lazy("markdown", "read_markdown")
_html_reader = _lazy("html", "read_html")
_docx_reader = _lazy("docx", "read_docx")
_odt_reader = _lazy("odt", "read_odt")
_pdf_reader = _lazy("pdf", "read_pdf")
_image_reader = _lazy("image", "read_image_file")


def _jinja_reader(inner: str) -> Reader:
    def read(data: bytes, path: str, placeholders: Sequence[str]) -> Document:
        from taalcheck.readers.jinja import read_jinja

        return read_jinja(data, path, placeholders, inner=inner)

    return read


# Photos and scans, read with OCR (readers/image.py).
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".bmp", ".heic", ".heif")

# extension (lowercase, longest match wins) -> reader(data, path, placeholder_patterns)
READERS: dict[str, Reader] = {
    ".txt": _text_reader,
    ".md": _markdown_reader,
    ".markdown": _markdown_reader,
    ".html": _html_reader,
    ".htm": _html_reader,
    ".xhtml": _html_reader,
    ".docx": _docx_reader,
    ".odt": _odt_reader,
    ".pdf": _pdf_reader,
    **{ext: _image_reader for ext in IMAGE_EXTENSIONS},
    ".j2": _jinja_reader("text"),
    ".jinja": _jinja_reader("text"),
    ".jinja2": _jinja_reader("text"),
    ".txt.j2": _jinja_reader("text"),
    ".html.j2": _jinja_reader("html"),
    ".htm.j2": _jinja_reader("html"),
    ".html.jinja": _jinja_reader("html"),
    ".html.jinja2": _jinja_reader("html"),
    ".md.j2": _jinja_reader("markdown"),
    ".md.jinja": _jinja_reader("markdown"),
}

# Directories never walked into: tool state, dependencies, virtual environments.
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", "venv", ".venv", "env", "site-packages"})


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
        known = ", ".join(sorted({ext for ext in READERS if ext.count(".") == 1}))
        raise ReadError(f"{path}: dit soort bestand kan taalcheck niet lezen. Wel: {known}.")
    limit = max_bytes()
    try:
        size = path.stat().st_size
        if size > limit:
            raise too_big(path, size, limit)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # a file that grew meanwhile stays bounded too
        if len(data) > limit:
            raise too_big(path, None, limit)
    except FileNotFoundError:
        raise ReadError(f"{path}: dit bestand bestaat niet.") from None
    except IsADirectoryError:
        raise ReadError(f"{path}: dit is een map, geen bestand.") from None
    except OSError as exc:
        raise ReadError(f"{path}: dit bestand kan niet worden geopend ({exc.strerror}).") from None
    document = reader(data, str(path), placeholders)
    if not document.text.strip():
        document.notes.append(f"{path}: in dit bestand staat geen tekst. Er is niets gecontroleerd.")
    return document


def _named_only(path: Path) -> bool:
    """Pictures are read (with OCR) only when named, never found by walking a folder."""
    return path.name.lower().endswith(IMAGE_EXTENSIONS)


def _is_venv(directory: Path) -> bool:
    return (directory / "pyvenv.cfg").is_file()


def _excluded(path: Path, exclude_globs: Sequence[str]) -> bool:
    text = path.as_posix()
    return any(fnmatch(text, g) or fnmatch(path.name, g) or fnmatch(text, f"*/{g}") for g in exclude_globs)


# Letters in these formats turn up in letter folders, but taalcheck cannot read
# them yet. A folder walk reports them as skipped instead of passing them by.
UNREADABLE_SUFFIXES = frozenset({".doc", ".rtf", ".wpd", ".pages", ".dot", ".dotx", ".ott"})


def iter_files(paths: Iterable[str | Path], exclude_globs: Sequence[str] = (), skipped: list[Path] | None = None) -> Iterator[Path]:
    """Files to check: named files as given, directories walked for known extensions.

    Walking is sorted and skips hidden directories, version control,
    node_modules, virtual environments and symlinked folders (no loops). A file named directly is always
    yielded (read_file refuses it with a clear message if it is unknown).
    Letters in a folder that taalcheck cannot read (PDF, old Word) go into
    ``skipped``, when given.
    """
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            if not _excluded(path, exclude_globs):
                yield path
            continue
        yield from _walk(path, exclude_globs, skipped)


def _walk(directory: Path, exclude_globs: Sequence[str], skipped: list[Path] | None = None) -> Iterator[Path]:
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if _excluded(entry, exclude_globs):
            continue
        if entry.is_dir():
            if entry.is_symlink() or entry.name.startswith(".") or entry.name in SKIP_DIRS or _is_venv(entry):
                continue
            yield from _walk(entry, exclude_globs, skipped)
        elif entry.is_file() and not entry.name.startswith("~$"):
            if reader_for(entry) is not None and not _named_only(entry):
                yield entry
            elif skipped is not None and entry.suffix.lower() in UNREADABLE_SUFFIXES:
                skipped.append(entry)

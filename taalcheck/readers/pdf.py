"""PDF letters: the text layer of each page, or OCR for a scanned page.

Pages are joined with a blank line; each page start is a break, so no
sentence runs across pages. A finding's location is "pagina 2, regel 5"
(the line on that page); ``line``/``column`` count within the page too.
A page without a text layer is read from its pictures with OCR.
Fixes cannot be written back into a PDF (``writable=False``).
"""

from __future__ import annotations

import io
import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from taalcheck.core.document import Document

PAGE_JOIN = "\n\n"
MAX_PAGES = 200
# A page with fewer letters than this in its text layer counts as scanned.
MIN_LETTERS = 10


def _open(data: bytes, path: str) -> Any:
    from pypdf import PdfReader

    from taalcheck.readers import ReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about odd files are not for the reader
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError(f"{path}: dit is geen geldig pdf-bestand. Is het bestand kapot?")
    try:
        pdf = PdfReader(io.BytesIO(data))
        if pdf.is_encrypted and not pdf.decrypt(""):
            raise ReadError(f"{path}: deze pdf is beveiligd met een wachtwoord. Maak een pdf zonder wachtwoord.")
        pages = list(pdf.pages)
    except ReadError:
        raise
    except Exception:  # pypdf raises many kinds for a broken or locked file
        if _encrypted(data):
            raise ReadError(f"{path}: deze pdf is beveiligd. Taalcheck kan hem niet openen. Maak een pdf zonder beveiliging.") from None
        raise ReadError(f"{path}: dit is geen geldig pdf-bestand. Is het bestand kapot?") from None
    if len(pages) > MAX_PAGES:
        raise ReadError(f"{path}: deze pdf heeft meer dan {MAX_PAGES} pagina's. Dat is geen brief.")
    return pages


def _encrypted(data: bytes) -> bool:
    return b"/Encrypt" in data[-4096:] or b"/Encrypt" in data[:4096]


def _page_text(page: Any, path: str) -> str:
    """The page's text layer; justified spacing collapsed, paragraphs as blank lines."""
    from taalcheck.readers import ReadError

    try:
        text = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True) or ""
    except Exception:
        try:
            text = page.extract_text() or ""
        except Exception:
            raise ReadError(f"{path}: een pagina van deze pdf is kapot. Taalcheck kan hem niet lezen.") from None
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_BLANKS = re.compile(r"\n{3,}")


def _scanned_text(page: Any) -> str:
    """OCR of the pictures on a page (largest first); empty when it has none."""
    from taalcheck.readers.ocr import read_image

    try:
        images = sorted(page.images, key=lambda im: im.image.size[0] * im.image.size[1], reverse=True)
    except Exception:
        return ""
    texts = [read_image(im.image) for im in images[:3] if im.image.size[0] * im.image.size[1] >= 200_000]
    return "\n\n".join(t.strip() for t in texts if t.strip())


def read_pdf(data: bytes, path: str, placeholders: Sequence[str] = ()) -> Document:
    from taalcheck.readers import ReadError
    from taalcheck.readers.image import letters
    from taalcheck.readers.marks import Marks
    from taalcheck.readers.ocr import OcrError

    pages = _open(data, path)
    texts: list[str] = []
    scanned = 0
    for page in pages:
        text = _page_text(page, path)
        if letters(text) < MIN_LETTERS:
            try:
                ocr = _scanned_text(page)
            except OcrError as exc:
                raise ReadError(f"{path}: deze pdf is een scan. {exc}") from None
            if letters(ocr) > letters(text):
                text, scanned = ocr.strip("\n"), scanned + 1
        texts.append(text)
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(PAGE_JOIN)
    full = PAGE_JOIN.join(texts)
    marks = Marks(full)
    for start in starts[1:]:
        marks.brk(start)
    pages_read = "1 pagina is" if scanned == 1 else f"{scanned} pagina's zijn"
    notes = [f"{path}: {pages_read} van een scan gelezen. Er kunnen leesfouten in staan."] if scanned else []
    document = marks.document(path, placeholders, notes=notes, writable=False, encoding="utf-8", newline="\n")
    pager = _Pager(full, starts)
    document.position = pager.position
    document.locate = pager.locate
    return document


class _Pager:
    """Offsets to (line, column) within a page, and "pagina N, regel M"."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts or [0]

    def _page(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def position(self, offset: int) -> tuple[int, int]:
        page_start = self.starts[self._page(offset)]
        line = self.text.count("\n", page_start, offset) + 1
        column = offset - (self.text.rfind("\n", page_start, offset) + 1 if line > 1 else page_start) + 1
        return line, column

    def locate(self, offset: int) -> str:
        line, _ = self.position(offset)
        return f"pagina {self._page(offset) + 1}, regel {line}"

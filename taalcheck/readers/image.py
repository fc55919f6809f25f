"""Photos and scans of a letter (.jpg, .png, .heic, ...): read with OCR.

The text comes from Tesseract (see ``readers/ocr.py``), so it cannot be
written back (``writable=False``). A note tells the reader that the text was
recognised from a picture and may hold reading errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from taalcheck.core.document import Document

# Fewer letters than this on a page: OCR found no readable text.
MIN_LETTERS = 20


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def read_image_file(data: bytes, path: str, placeholders: Sequence[str] = ()) -> Document:
    from taalcheck.readers import ReadError
    from taalcheck.readers.marks import Marks
    from taalcheck.readers.ocr import OcrError, open_image, read_image

    try:
        text = read_image(open_image(data))
    except OcrError as exc:
        raise ReadError(f"{path}: {exc}") from None
    if letters(text) < MIN_LETTERS:
        raise ReadError(f"{path}: op deze foto kan taalcheck geen tekst lezen. Maak een scherpe foto, recht van boven, met goed licht.")
    note = f"{path}: de tekst is van een foto gelezen. Er kunnen leesfouten in staan."
    return Marks(text).document(path, placeholders, notes=[note], writable=False, encoding="utf-8", newline="\n")

"""Letters as PDF files and phone photos, drawn in the test: no binary fixtures in the repository.

Importable from any test (pytest puts tests/ on the path); the ``letter_files`` fixture hands out one.
"""

from __future__ import annotations

import importlib
import io
import os
from pathlib import Path

import pytest


def need(module: str):
    """Import ``module``; under CI a missing one fails the test instead of skipping it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"python-pakket {module} ontbreekt")
        pytest.skip(f"python-pakket {module} ontbreekt")


def need_tesseract() -> None:
    """Skip without Tesseract and its Dutch data; under CI fail instead."""
    from taalcheck.readers import ocr

    if not ocr.available():
        if os.environ.get("CI") == "true":
            pytest.fail("tesseract met Nederlandse taaldata ontbreekt (apt-get install tesseract-ocr tesseract-ocr-nld)")
        pytest.skip("tesseract met Nederlandse taaldata ontbreekt")


class LetterFiles:
    """A letter as a PDF with a text layer or as a phone photo, drawn here so tests need no binary fixtures."""

    FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

    def pdf(self, *pages: str) -> bytes:
        fpdf = need("fpdf")
        pdf = fpdf.FPDF()
        if self.FONT.exists():
            pdf.add_font("dejavu", "", str(self.FONT))
            pdf.set_font("dejavu", size=11)
        else:
            pdf.set_font("helvetica", size=11)
        for text in pages:
            pdf.add_page()
            pdf.multi_cell(0, 6, text)
        return bytes(pdf.output())

    def font(self, size: int):
        from PIL import ImageFont

        return ImageFont.truetype(str(self.FONT), size) if self.FONT.exists() else ImageFont.load_default(size=size)

    def image(self, lines: list[str], width: int = 1700, size: int = 30):
        """Lines of text drawn black on white, about 200 dpi."""
        from PIL import Image, ImageDraw

        step = int(size * 1.5)
        image = Image.new("L", (width, 160 + step * len(lines)), 255)
        draw = ImageDraw.Draw(image)
        for i, line in enumerate(lines):
            draw.text((90, 80 + i * step), line, font=self.font(size), fill=0)
        return image

    def photo(self, text: str, degrees: float = 2) -> bytes:
        """A slightly rotated JPEG of ``text``, as a phone takes it; needs Tesseract to be of use."""

        need_tesseract()
        out = io.BytesIO()
        self.image(text.splitlines(), width=1800).rotate(degrees, expand=True, fillcolor=255).convert("RGB").save(
            out, format="JPEG", quality=90
        )
        return out.getvalue()

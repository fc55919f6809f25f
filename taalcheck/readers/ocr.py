"""Reading text from a picture: clean it up, then Tesseract with its Dutch data.

Used by the image reader (a photo of a letter) and the PDF reader (a scanned
PDF without a text layer). The picture goes to Tesseract through a pipe, so
no file with the letter is written; where a temporary file is ever needed it
is made by :func:`private_tempdir` (a folder only this user can read, removed
before returning).

Clean-up, in order: turn by the camera's EXIF orientation, grey, scale small
pictures up, even out shadow (divide by a heavily blurred copy), stretch the
contrast, find a quarter turn with Tesseract's orientation detection, and
straighten a slight tilt by searching the angle where text lines give the
sharpest row profile.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

TESSERACT = "tesseract"
LANGUAGE = "nld"
# Photos bigger than this are scaled down first (pixels); a page at 300 dpi is about 8.7 million.
MAX_PIXELS = 12_000_000
# Refused outright: a picture this big is no letter (and could exhaust memory).
REFUSE_PIXELS = 120_000_000
TIMEOUT_SECONDS = 120
MISSING = (
    "Taalcheck kan hier geen foto's of scans lezen. Het programma Tesseract met Nederlandse taal ontbreekt. "
    "Vraag de beheerder om tesseract-ocr en tesseract-ocr-nld te installeren."
)


class OcrError(Exception):
    """Reading the picture failed; the message is plain Dutch (without the file name)."""


@contextlib.contextmanager
def private_tempdir() -> Iterator[str]:
    """A folder only this user can open (0700); it and its files are gone afterwards."""
    folder = tempfile.mkdtemp(prefix="taalcheck-")
    os.chmod(folder, 0o700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    exe = shutil.which(TESSERACT)
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in (out.stdout + out.stderr).splitlines()[1:] if line.strip())


def available() -> bool:
    """Whether Tesseract with the Dutch language data is installed."""
    return LANGUAGE in _languages()


def _run(image: Any, *args: str) -> str:
    """Tesseract on ``image`` (sent as PNG through standard input); its text output."""
    exe = shutil.which(TESSERACT)
    if exe is None or not available():
        raise OcrError(MISSING)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core per call: the machine is shared
    try:
        done = subprocess.run(
            [exe, "stdin", "stdout", *args], input=buffer.getvalue(), capture_output=True, timeout=TIMEOUT_SECONDS, env=env
        )
    except subprocess.TimeoutExpired:
        raise OcrError("Het lezen van de foto duurde te lang. Probeer een kleinere of scherpere foto.") from None
    except OSError:
        raise OcrError(MISSING) from None
    if done.returncode != 0:
        raise OcrError("De tekst op de foto kon niet worden gelezen. Probeer een scherpere foto.")
    return done.stdout.decode("utf-8", errors="replace")


def open_image(data: bytes) -> Any:
    """A Pillow image from bytes (JPEG, PNG, HEIC when pillow-heif is there); OcrError when it is no picture."""
    from PIL import Image, UnidentifiedImageError

    with contextlib.suppress(ImportError):
        import pillow_heif

        pillow_heif.register_heif_opener()
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        if width * height > REFUSE_PIXELS:
            raise OcrError("Deze foto is te groot. Maak een foto met minder pixels.")
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise OcrError("Dit bestand kan taalcheck niet openen als foto. Is het kapot?") from None
    return image


def _grey(image: Any) -> Any:
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        white = image.copy()
        white.paste((255, 255, 255, 255), (0, 0, *image.size))
        white.alpha_composite(image)
        image = white
    image = image.convert("L")
    pixels = image.size[0] * image.size[1]
    if pixels > MAX_PIXELS:
        factor = (MAX_PIXELS / pixels) ** 0.5
        image = image.resize((int(image.size[0] * factor), int(image.size[1] * factor)), resample=3)
    elif image.size[0] < 1600:  # small pictures: letters get too few pixels for Tesseract
        factor = 1600 / image.size[0]
        image = image.resize((1600, int(image.size[1] * factor)), resample=3)
    return image


def even_light(image: Any) -> Any:
    """Remove shadow and uneven light, then stretch the contrast."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    radius = max(image.size) // 40 + 5
    small = image.reduce(4) if min(image.size) > 400 else image
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(radius / 4))
    background = background.resize(image.size, resample=2)
    page = np.asarray(image, dtype=np.float32)
    light = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    flat = np.clip(page / light * 255.0, 0, 255).astype(np.uint8)
    # Outside the paper (a table, a hand) the light is much darker than on the page: make it white,
    # or Tesseract may take the whole page for one picture and read nothing.
    flat[light < 0.55 * float(np.median(light))] = 255
    return ImageOps.autocontrast(Image.fromarray(flat), cutoff=1)


def _profile_score(ink: Any) -> float:
    import numpy as np

    rows = ink.sum(axis=1).astype(np.float64)
    return float(np.sum(np.diff(rows) ** 2))


def skew_angle(image: Any, limit: float = 8.0) -> float:
    """The tilt in degrees (counter-clockwise turn that straightens it), by a row-profile search."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((900, 900))
    ink_image = Image.fromarray((np.asarray(small) < 128).astype(np.uint8) * 255)

    def score(angle: float) -> float:
        turned = ink_image.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=0)
        return _profile_score(np.asarray(turned) > 127)

    best = max((a / 2 for a in range(int(-limit * 2), int(limit * 2) + 1)), key=score)
    fine = max((best + a / 10 for a in range(-5, 6)), key=score)
    return fine


def _quarter_turn(image: Any) -> int:
    """Degrees to turn (0, 90, 180, 270) by Tesseract's orientation detection; 0 when unsure."""
    if "osd" not in _languages():
        return 0
    try:
        out = _run(image, "--psm", "0")
    except OcrError:
        return 0  # too little text to tell: read it as it is
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if rotate and confidence and float(confidence.group(1)) >= 2.0:
        return int(rotate.group(1)) % 360
    return 0


def prepare(image: Any, straighten: bool = True) -> Any:
    """The picture ready for Tesseract: grey, even light, upright and straight."""
    from PIL import Image

    page = even_light(_grey(image))
    if straighten:
        turn = _quarter_turn(page)
        if turn:
            page = page.rotate(-turn, expand=True, fillcolor=255)
        angle = skew_angle(page)
        if abs(angle) >= 0.2:
            page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    return page


def read_image(image: Any, straighten: bool = True) -> str:
    """The text on ``image``: cleaned up and read with Tesseract (Dutch)."""
    if not available():
        raise OcrError(MISSING)
    text = _run(prepare(image, straighten), "-l", LANGUAGE, "--psm", "3")
    return tidy(text)


def tidy(text: str) -> str:
    """Tesseract's text with trailing spaces, form feeds and runs of blank lines removed."""
    text = text.replace("\f", "\n")
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"

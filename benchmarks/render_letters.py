"""Render the corpus letters to page images, clean and phone-like, for the OCR measurement.

    python benchmarks/render_letters.py --out /tmp/brief-fotos          # all letters, both kinds
    python benchmarks/render_letters.py --out /tmp/brief-fotos --limit 5

A page is A4 at 200 dpi with the letter in an ordinary sans-serif font
(DejaVu Sans when installed, else Pillow's own font). "telefoon" pages are
degraded the way a phone photo is: turned a little (up to 3 degrees), a
slightly grey paper, a shadow falling across the page, a soft blur, sensor
noise and JPEG compression, and a slight keystone (the phone not held flat).
"zwaar" pages are a worse photo (further away, deeper shadow, more blur), for information only. Every random choice comes from a generator
seeded with the letter's name, so the same letter always gives the same
picture. ``pages()`` returns the text drawn on each page: the reference for
the character error rate.
"""

from __future__ import annotations

import argparse
import io
import random
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

REPO = Path(__file__).resolve().parents[1]
LETTERS = REPO / "corpus" / "brieven"
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SEED = 18  # the issue number; change it to draw other pictures
PAGE = (1654, 2339)  # A4 at 200 dpi
MARGIN = 150
FONT_SIZE = 30  # about 11 pt at 200 dpi
LINE_HEIGHT = 46


def font() -> ImageFont.FreeTypeFont:
    if FONT_FILE.exists():
        return ImageFont.truetype(str(FONT_FILE), FONT_SIZE)
    return ImageFont.load_default(size=FONT_SIZE)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """The letter as drawn lines: each paragraph wrapped to ``width`` pixels, blank lines kept."""
    measure = ImageDraw.Draw(Image.new("L", (1, 1)))
    lines: list[str] = []
    for paragraph in text.splitlines():
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line = words[0]
        for word in words[1:]:
            if measure.textlength(f"{line} {word}", font=face) <= width:
                line = f"{line} {word}"
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def pages(text: str) -> list[list[str]]:
    """The drawn lines of each page."""
    lines = wrap(text, font(), PAGE[0] - 2 * MARGIN)
    per_page = (PAGE[1] - 2 * MARGIN) // LINE_HEIGHT
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]


def draw_page(lines: list[str]) -> Image.Image:
    image = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(image)
    face = font()
    for i, line in enumerate(lines):
        draw.text((MARGIN, MARGIN + i * LINE_HEIGHT), line, font=face, fill=20)
    return image


def phone_like(page: Image.Image, rng: random.Random, hard: bool = False) -> Image.Image:
    """A phone photo of the page: tilt, grey paper, shadow, blur, noise, JPEG.

    ``hard``: a worse photo, for information only: taken from further away (60% of the pixels per
    side), a deeper shadow, more blur and noise, stronger JPEG compression.
    """
    import numpy as np

    if hard:
        page = page.resize((int(page.size[0] * 0.6), int(page.size[1] * 0.6)), resample=Image.LANCZOS)

    paper = rng.randint(215, 240)
    image = page.point(lambda v: int(v * paper / 255))
    table = rng.randint(60, 110)
    image = _keystone(image, rng, table)
    angle = rng.uniform(-3.0, 3.0)
    image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=table)
    width, height = image.size
    x = np.linspace(0.0, 1.0, width)[None, :]
    y = np.linspace(0.0, 1.0, height)[:, None]
    # a shadow across the page (a hand or the phone), darkest at one side, plus a soft round shade
    side = rng.choice([x, 1 - x, y, 1 - y])
    depth = rng.uniform(0.55, 0.65) if hard else rng.uniform(0.35, 0.5)
    shade = 1.0 - depth * np.clip((side - rng.uniform(0.4, 0.7)) / 0.3, 0, 1)
    cx, cy, radius = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8), rng.uniform(0.3, 0.5)
    shade = shade * (1.0 - 0.15 * np.exp(-(((x - cx) ** 2 + (y - cy) ** 2) / radius**2)))
    pixels = np.asarray(image, dtype=np.float32) * shade
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0.0, 10.0 if hard else 6.0, pixels.shape)
    image = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(1.2, 1.6) if hard else rng.uniform(0.8, 1.3)))
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=rng.randint(45, 55) if hard else rng.randint(65, 80))
    return Image.open(io.BytesIO(buffer.getvalue()))


def _keystone(image: Image.Image, rng: random.Random, fill: int) -> Image.Image:
    """The phone not held quite flat: each corner moved inward by up to 2.5% of the page."""
    import numpy as np

    width, height = image.size
    pad = int(0.03 * width)
    canvas = Image.new("L", (width + 2 * pad, height + 2 * pad), fill)
    canvas.paste(image, (pad, pad))
    w, h = canvas.size
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    moved = [
        (x + rng.uniform(0, 0.025) * w * (1 if x == 0 else -1), y + rng.uniform(0, 0.025) * h * (1 if y == 0 else -1)) for x, y in corners
    ]
    # coefficients that map each output corner (the unmoved ones) to the moved input corner
    rows, rhs = [], []
    for (x, y), (u, v) in zip(corners, moved, strict=False):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    coefficients = np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))
    return canvas.transform(canvas.size, Image.PERSPECTIVE, tuple(coefficients), resample=Image.BICUBIC, fillcolor=fill)


def rng_for(name: str, seed: int = SEED) -> random.Random:
    return random.Random(seed * 1_000_003 + zlib.crc32(name.encode("utf-8")))


def letter_files(limit: int | None = None) -> list[Path]:
    files = sorted(LETTERS.glob("*.txt"))
    return files[:limit] if limit else files


def render(path: Path, kind: str, seed: int = SEED) -> list[tuple[Image.Image, list[str]]]:
    """(picture, drawn lines) per page of the letter at ``path``; ``kind``: "schoon", "telefoon" or "zwaar"."""
    text = path.read_text(encoding="utf-8")
    rng = rng_for(path.name, seed)
    out = []
    for lines in pages(text):
        image = draw_page(lines)
        if kind in ("telefoon", "zwaar"):
            image = phone_like(image, rng, hard=kind == "zwaar")
        out.append((image, lines))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="folder for the pictures")
    parser.add_argument("--limit", type=int, default=None, help="only the first N letters")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in letter_files(args.limit):
        for kind in ("schoon", "telefoon", "zwaar"):
            for number, (image, lines) in enumerate(render(path, kind, args.seed), start=1):
                stem = f"{path.stem}-{kind}-{number}"
                image.save(out / f"{stem}.{'png' if kind == 'schoon' else 'jpg'}")
                (out / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"Geschreven naar {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

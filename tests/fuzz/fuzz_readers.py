"""Coverage-guided fuzzing of the readers (atheris / libFuzzer), for a bounded time.

    python tests/fuzz/fuzz_readers.py --seconds 60

The first input byte picks a reader; the rest is the file. For Word and
OpenDocument the bytes are also tried as the XML inside a valid archive, so
the fuzzer gets past the zip layer. A reader may refuse input with
``ReadError``; any other exception, or an input that takes longer than
``--timeout`` seconds, is a finding: libFuzzer saves it under ``--artifacts``.
Turn each finding into a file in ``tests/regressions/`` (see README.md).
Not collected by pytest (no ``test_`` prefix): it needs atheris and minutes.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "formats"
REGRESSIONS = HERE.parent / "regressions"

# (name, extension, wrap): wrap puts the bytes inside a valid archive at that member.
MODES = [
    ("txt", ".txt", None),
    ("md", ".md", None),
    ("html", ".html", None),
    ("j2", ".txt.j2", None),
    ("html.j2", ".html.j2", None),
    ("md.j2", ".md.j2", None),
    ("docx", ".docx", None),
    ("odt", ".odt", None),
    ("docx-xml", ".docx", "word/document.xml"),
    ("odt-xml", ".odt", "content.xml"),
]

_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def wrap(member: str, payload: bytes) -> bytes:
    """A minimal valid .docx / .odt with ``payload`` as its main XML."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if member.startswith("word/"):
            archive.writestr("[Content_Types].xml", _DOCX_TYPES)
            archive.writestr("_rels/.rels", _DOCX_RELS)
        else:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(member, payload)
    return buffer.getvalue()


def run_one(data: bytes) -> None:
    """Read one fuzz input; only ReadError may come out."""
    from taalcheck.readers import READERS, ReadError

    if not data:
        return
    name, ext, member = MODES[data[0] % len(MODES)]
    payload = data[1:]
    if member:
        payload = wrap(member, payload)
    try:
        doc = READERS[ext](payload, "fuzz" + ext, ())
    except ReadError:
        return
    n = len(doc.text)
    for start, end in doc.masked + doc.placeholders:
        assert 0 <= start <= end <= n, (name, start, end, n)
    if doc.position is not None:
        doc.position(n)


def as_file(data: bytes) -> tuple[str, bytes]:
    """A fuzz input as the file a user would have: (extension, bytes)."""
    _, ext, member = MODES[data[0] % len(MODES)]
    return ext, wrap(member, data[1:]) if member else data[1:]


def save_regression(artifact: Path, name: str) -> Path:
    """Store a crashing input in tests/regressions/ as a real file (NAME + its extension)."""
    ext, body = as_file(artifact.read_bytes())
    target = REGRESSIONS / f"{name}{ext}"
    target.write_bytes(body)
    return target


def seeds(directory: Path) -> None:
    """Starting inputs: the format fixtures and the regression files, one per mode."""
    sys.path.insert(0, str(FIXTURES))
    from build_office import build_docx, build_odt

    with tempfile.TemporaryDirectory() as tmp:
        office = {".docx": build_docx(Path(tmp) / "a.docx").read_bytes(), ".odt": build_odt(Path(tmp) / "a.odt").read_bytes()}
        for index, (name, ext, member) in enumerate(MODES):
            if member:
                with zipfile.ZipFile(io.BytesIO(office[ext])) as archive:
                    body = archive.read(member)
            elif ext in office:
                body = office[ext]
            else:
                fixture = next((f for f in FIXTURES.iterdir() if f.name.endswith(ext.split(".")[-1])), None)
                body = fixture.read_bytes() if fixture else b"Indien u vragen heeft, bel ons."
            (directory / f"seed-{name}").write_bytes(bytes([index]) + body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz")
    parser.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    parser.add_argument("--artifacts", default=None, help="folder for crashing inputs (default: a temporary folder)")
    parser.add_argument("--save", nargs=2, metavar=("ARTIFACT", "NAME"), help="store a crashing input in tests/regressions/ and stop")
    args, rest = parser.parse_known_args(argv)
    if args.save:
        print(save_regression(Path(args.save[0]), args.save[1]))
        return 0

    import atheris

    with atheris.instrument_imports():
        from taalcheck.readers import docx, html, jinja, markdown, marks, odt, office, text  # noqa: F401 - imported to be instrumented

    corpus = Path(tempfile.mkdtemp(prefix="taalcheck-fuzz-"))
    seeds(corpus)
    artifacts = Path(args.artifacts or corpus / "artifacts")
    artifacts.mkdir(parents=True, exist_ok=True)
    print(f"corpus: {corpus}  artifacts: {artifacts}", file=sys.stderr)
    flags = [
        sys.argv[0],
        f"-max_total_time={args.seconds}",
        f"-timeout={args.timeout}",
        "-rss_limit_mb=3000",
        "-max_len=200000",
        f"-artifact_prefix={artifacts}/",
        *rest,
        str(corpus),
    ]
    atheris.Setup(flags, run_one)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())

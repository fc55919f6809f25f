"""Write a fixed text back into its file, as it was: same encoding, same line ends."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from taalcheck.core.document import Document


def write_back(document: Document | None, path: str, fixed: str) -> str | None:
    """Write ``fixed`` to ``path``; returns a Dutch error message, or None when done."""
    if document is None or path == "-":
        return None
    if not document.writable:
        return f"{path}: taalcheck kan dit soort bestand niet zelf aanpassen. Pas het bestand met de hand aan."
    encoding = document.encoding or "utf-8"
    try:
        data = fixed.encode(encoding)
    except UnicodeEncodeError:
        return f"{path}: de verbetering past niet in de tekenset {encoding}. Het bestand is niet aangepast."
    target = Path(path)
    # Write to a temporary file next to it, then replace: never a half-written letter.
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".taalcheck")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        return f"{path}: het bestand kon niet worden opgeslagen ({exc.strerror})."
    return None

"""Offsets, checks and gold files for annotator c's letters (c-*.txt), with the code of tools-a/annotate.py.

Usage: python annotate.py   (writes gold/c-*.json; exits 1 on any problem)
"""

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    annotations = _load("annotations_c", HERE / "annotations.py")
    _load("annotate_a", HERE.parent / "tools-a" / "annotate.py").main("c", annotations.A)

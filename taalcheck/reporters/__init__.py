"""Output formats, as one table: name -> render(reports, errors) -> str."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from taalcheck.core.report import Report

Renderer = Callable[[Sequence[Report], Sequence[str]], str]

# format name -> "module:function"; imported only when used
FORMATS: dict[str, str] = {
    "text": "taalcheck.reporters.text:render",
    "json": "taalcheck.reporters.json:render",
    "sarif": "taalcheck.reporters.sarif:render",
    "github": "taalcheck.reporters.github:render",
    "html": "taalcheck.reporters.html:render",
}


def get_renderer(name: str) -> Renderer:
    module, func = FORMATS[name].split(":")
    return getattr(import_module(module), func)

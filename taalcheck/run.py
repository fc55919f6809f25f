"""One `taalcheck check` run: find files, read, check, report, fix.

A file that cannot be read gives a one-line Dutch error; the other files are
still checked. Exit codes: 0 nothing found, 1 findings, 2 a usage error or
a file that could not be read.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from taalcheck.core.document import Document
from taalcheck.core.options import CheckOptions
from taalcheck.core.report import Report

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_SEVERITIES = ("warning", "error")


logger = logging.getLogger(__name__)


@dataclass
class CheckRun:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    max_zinlengte: int | None = None
    woordenlijsten: list[str] = field(default_factory=list)
    config_file: str | None = None
    jobs: int = 1
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    fix_notes: list[str] = field(
        default_factory=list
    )  # --fix left these files alone (docx, odt)  # files in a folder that taalcheck cannot read (.pdf, .doc)
    documents: dict[str, Document] = field(default_factory=dict)
    _explicit_config: object = None
    _checkers: dict = field(default_factory=dict, repr=False)

    def base_options(self) -> CheckOptions:
        return CheckOptions.build(self.select, self.ignore, self.max_zinlengte, self.woordenlijsten)

    # -- files ----------------------------------------------------------------

    def targets(self, paths: list[str]) -> Iterator[tuple[str, Document | None]]:
        """(display path, document) per file; errors are collected, not raised."""
        from taalcheck.readers import ReadError

        for raw in paths:
            if raw == "-":
                from taalcheck.readers import max_bytes, too_big
                from taalcheck.readers.text import decode

                try:
                    limit = max_bytes()
                    data = sys.stdin.buffer.read(limit + 1)
                    if len(data) > limit:
                        raise too_big("-", None, limit)
                    text, encoding, notes = decode(data, "-")
                except ReadError as exc:
                    self.errors.append(str(exc))
                    continue
                yield "-", Document(text=text, path="-", notes=notes, writable=False, encoding=encoding)
                continue
            path = Path(raw)
            if path.is_dir():
                found = False
                skipped: list[Path] = []
                for file in self._walk(path, skipped):
                    found = True
                    yield from self._read(file)
                self.skipped.extend(str(file) for file in skipped)
                if not found and not skipped:
                    self.errors.append(f"{raw}: in deze map staan geen bestanden die taalcheck kan lezen.")
                continue
            if not path.exists():
                self.errors.append(f"{raw}: dit bestand bestaat niet.")
                continue
            yield from self._read(path)

    def _read(self, path: Path) -> Iterator[tuple[str, Document | None]]:
        from taalcheck.config import ConfigError
        from taalcheck.readers import ReadError, read_file

        try:
            yield str(path), read_file(path, self._placeholders(path))
        except (ReadError, ConfigError) as exc:  # a broken settings file is named, not hidden
            if str(exc) not in self.errors:
                self.errors.append(str(exc))
        except Exception as exc:  # a reader bug must not stop the other files
            logger.debug("Lezer faalde op %s", path, exc_info=True)
            self.errors.append(f"{path}: dit bestand kon niet gelezen worden ({type(exc).__name__}). Met --verbose ziet u waarom.")

    def _walk(self, root: Path, skipped: list[Path]) -> Iterator[Path]:
        from taalcheck.readers import iter_files

        yield from iter_files([root], (), skipped)

    def _config(self, path: Path):
        from taalcheck import config as config_module

        if self.config_file:
            if self._explicit_config is None:
                self._explicit_config = config_module.load_config(self.config_file)
            return self._explicit_config
        return config_module.find_config(path)

    def _placeholders(self, path: Path) -> tuple[str, ...]:
        cfg = self._config(path)
        return tuple(getattr(cfg, "placeholders", ()) or ()) if cfg else ()

    def options_for(self, path: str) -> CheckOptions | None:
        base = self.base_options()
        if path == "-":
            return base
        cfg = self._config(Path(path))
        if cfg is None:
            return base
        if cfg.excluded(Path(path)):
            return None
        explicit = frozenset(
            name for name, given in (("select", self.select), ("ignore", self.ignore), ("max_zinlengte", self.max_zinlengte)) if given
        )
        return cfg.options_for(Path(path), base, explicit)

    # -- the run --------------------------------------------------------------

    def execute(
        self, paths: list[str], output_format: str, output: str | None, fix: bool, unsafe: bool, diff: bool, verbose: bool = False
    ) -> int:
        from taalcheck.reporters import get_renderer

        try:
            reports = list(self._check_all(paths))
        except Exception as exc:  # configuration and word list errors name file and line
            from taalcheck.config import ConfigError
            from taalcheck.lexicon.wordlists import WordListError

            if isinstance(exc, (WordListError, ConfigError)):
                click.echo(f"fout: {exc}", err=True)
                return EXIT_ERROR
            raise
        if fix or diff:
            self._apply_fixes(reports, unsafe=unsafe, write=fix and not diff, verbose=verbose)
            if fix and not diff:
                reports = list(self._check_all([r.path for r in reports if r.path and r.path != "-"])) or reports
        renderer = get_renderer(output_format)
        if output_format == "text":
            rendered = renderer(reports, self.errors, skipped=self.skipped)  # type: ignore[call-arg]
        else:
            rendered = renderer(reports, self.errors)
        if output:
            try:
                Path(output).write_text(rendered, encoding="utf-8")
            except OSError as exc:
                click.echo(f"fout: {output}: het resultaat kan hier niet worden geschreven ({exc.strerror}).", err=True)
                return EXIT_ERROR
            findings = sum(len(r.findings) for r in reports)
            click.echo(
                f"Resultaat geschreven naar {output} ({len(reports)} {'bestand' if len(reports) == 1 else 'bestanden'}, "
                f"{findings} {'opmerking' if findings == 1 else 'opmerkingen'}).",
                err=True,
            )
        elif not diff:
            click.echo(rendered, nl=False)
        if output_format != "text" or output:
            for path in self.skipped:
                click.echo(f"overgeslagen: {path}: dit soort bestand kan taalcheck (nog) niet lezen.", err=True)
            for error in self.errors:
                click.echo(f"fout: {error}", err=True)
        for note in self.fix_notes:
            click.echo(f"let op: {note}", err=True)
        if self.errors:
            return EXIT_ERROR
        failing = any(f.severity in FAIL_SEVERITIES for r in reports for f in r.findings)
        return EXIT_FINDINGS if failing else EXIT_OK

    def _check_all(self, paths: list[str]) -> Iterator[Report]:
        """Files with the same options go through check_many together (batched, --jobs processes)."""
        from itertools import groupby

        targets = list(self.targets(paths))
        planned = (
            (display, document, options)
            for display, document in self._progress(targets)
            if (options := self.options_for(display)) is not None
        )
        parallel = self.jobs > 1 and len(targets) > 1
        for options, group in groupby(planned, key=lambda item: item[2]):
            pulled: deque = deque()
            for report in self._checked(options, _pulling(group, pulled), parallel):
                display, document = pulled.popleft()
                self.documents[display] = document
                report.path = display
                yield report

    def _checked(self, options: CheckOptions, documents: Iterator[Document], parallel: bool) -> Iterator[Report]:
        if parallel:
            from taalcheck.engine.parallel import check_parallel

            return check_parallel(documents, options, n_process=self.jobs, batch_size=16)
        return self._checker(options).check_many(documents)

    def _checker(self, options: CheckOptions):
        """One Checker per set of options, so checking and fixing share its sentence cache."""
        from taalcheck.engine.checker import Checker

        checker = self._checkers.get(options)
        if checker is None:
            checker = self._checkers[options] = Checker(options)
        return checker

    def _progress(self, targets: list):
        from taalcheck.progress import progress

        return progress(targets, total=len(targets), enabled=sys.stderr.isatty() and len(targets) > 1)

    def _apply_fixes(self, reports: list[Report], unsafe: bool, write: bool, verbose: bool = False) -> None:
        """Write (or, with --diff, show) the fixes; placeholders and markup stay as they are.

        Fixes are applied pass by pass and checked again: a fix that would
        bring a new problem into the letter is left out.
        """
        from taalcheck.core.fixes import unified_diff
        from taalcheck.engine.checker import as_document
        from taalcheck.engine.fix_loop import fix_document
        from taalcheck.writer import write_back

        for report in reports:
            path = report.path or "-"
            document = self.documents.get(path) or as_document(report.text, path)
            options = self.options_for(path)
            if options is None:
                continue
            if write and not document.writable:  # Word, OpenDocument: findings only, the file stays as it is
                if any(f.fix is not None for f in report.findings):
                    self.fix_notes.append(f"{path}: dit soort bestand past taalcheck niet zelf aan. Pas de opmerkingen met de hand aan.")
                continue
            fixed, _ = fix_document(document, self._checker(options), safe_only=not unsafe, report=report)
            if not write and verbose:
                _explain_proposals(report, path, unsafe)
            if fixed == report.text:
                continue
            if not write:
                click.echo(unified_diff(report.text, fixed, path), nl=False)
                continue
            message = write_back(self.documents.get(path), path, fixed)
            if message:
                self.errors.append(message)


def _explain_proposals(report: Report, path: str, unsafe: bool) -> None:
    """--diff --verbose: why a fix is a proposal and not safe (the checker's verification)."""
    for f in report.findings:
        if f.fix is not None and f.fix.reason:
            wanneer = "in de diff" if unsafe else "alleen met --unsafe-fixes"
            new = " + ".join(repr(e.replacement) for e in f.fix.edits)
            click.echo(f"# {path}:{f.line}:{f.column}: {f.rule} '{f.text}' -> {new} is een voorstel ({wanneer}): {f.fix.reason}")


def _pulling(group: Iterable[tuple[str, Document, Any]], pulled: deque[tuple[str, Document]]) -> Iterator[Document]:
    """The documents of one group, each noted in ``pulled`` (with its name) as it is handed out."""
    for display, document, _ in group:
        pulled.append((display, document))
        yield document

"""`taalcheck herschrijf FILE`: print the letter with its fixes, and what they changed.

The same engine as `taalcheck check --fix`, but nothing is written: the
rewritten letter goes to standard output, followed by a short before/after
table built from ``report.metrics``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

EXIT_OK, EXIT_ERROR = 0, 2

Row = tuple[str, Callable[[dict[str, Any]], Any]]

FIRST_ROWS: tuple[Row, ...] = (
    ("Gemiddelde zinslengte (woorden)", lambda m: m.get("gemiddelde_zinslengte", 0.0)),
    ("Lange zinnen", lambda m: round(m.get("aandeel_lange_zinnen", 0.0) * m.get("zinnen", 0))),
)
LAST_ROWS: tuple[Row, ...] = (
    ("Flesch-Douma", lambda m: m.get("flesch_douma", 0.0)),
    ("Geschat niveau", lambda m: m.get("niveau", "onbekend")),
)


def _category_rows() -> list[Row]:
    """One row per category of words from the rules registry (long sentences have their own row)."""
    from taalcheck.rules import RULES, categories

    whole = {rule.category for rule in RULES.values() if rule.whole_segment}

    def count(category: str) -> Callable[[dict[str, Any]], Any]:
        return lambda m: m.get("bevindingen_per_categorie", {}).get(category, 0)

    return [(shown.name, count(category)) for category, shown in categories().items() if category not in whole]


def comparison(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(what, before, after) rows for the table."""
    rows = [*FIRST_ROWS, *_category_rows(), *LAST_ROWS]
    return [(label, _show(get(before)), _show(get(after))) for label, get in rows]


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def render_table(rows: list[tuple[str, str, str]]) -> str:
    header = ("", "voor", "na")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(3)]
    lines = [f"{header[0]:<{widths[0]}}  {header[1]:>{widths[1]}}  {header[2]:>{widths[2]}}"]
    for label, old, new in rows:
        lines.append(f"{label:<{widths[0]}}  {old:>{widths[1]}}  {new:>{widths[2]}}")
    return "\n".join(lines) + "\n"


@click.command()
@click.argument("file", type=click.Path(path_type=str))
@click.option("--unsafe-fixes", is_flag=True, help="Neem ook de voorstellen mee die een mens moet nalezen.")
@click.option("--max-zinlengte", type=click.IntRange(min=1), default=None, help="Hoeveel woorden een zin mag hebben (standaard 20).")
@click.option(
    "--woordenlijst", "woordenlijsten", multiple=True, type=click.Path(path_type=str), help="Extra woordenlijst (CSV) van uw organisatie."
)
@click.option(
    "--config", "config_file", type=click.Path(path_type=str), default=None, help="Instellingenbestand (taalcheck.toml of pyproject.toml)."
)
@click.option("--zonder-tabel", is_flag=True, help="Toon alleen de herschreven brief.")
def herschrijf(
    file: str, unsafe_fixes: bool, max_zinlengte: int | None, woordenlijsten: tuple[str, ...], config_file: str | None, zonder_tabel: bool
) -> None:
    """Toon de brief met de verbeteringen, en wat er beter werd. Het bestand blijft zoals het is."""
    from taalcheck.engine.checker import shared_checker as _checker
    from taalcheck.engine.fix_loop import fix_document
    from taalcheck.lexicon.wordlists import WordListError
    from taalcheck.run import CheckRun

    run = CheckRun(max_zinlengte=max_zinlengte, woordenlijsten=list(woordenlijsten), config_file=config_file)
    try:
        targets = list(run.targets([file]))
        if not targets:
            for error in run.errors:
                click.echo(f"fout: {error}", err=True)
            sys.exit(EXIT_ERROR)
        path, document = targets[0]
        options = run.options_for(path) or run.base_options()
        checker = _checker(options)
        before = checker.check(document)
        fixed, after = fix_document(document, checker, safe_only=not unsafe_fixes, report=before)
    except (WordListError, ValueError) as exc:
        click.echo(f"fout: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(fixed, nl=not fixed.endswith(("\n", "\r")))
    if zonder_tabel:
        return
    click.echo("\n" + "-" * 40)
    if fixed == document.text:
        click.echo("Er is niets veranderd. Wat er nog beter kan, ziet u met: taalcheck check " + path)
        return
    click.echo(render_table(comparison(before.metrics, after.metrics)), nl=False)
    left = len(after.findings)
    if left:
        click.echo(f"Nog {left} opmerking(en). Bekijk ze met: taalcheck check {path}")

"""The taalcheck command line: a thin click layer over the library.

Imports of spaCy and the rules happen inside the commands, so that
``taalcheck --help`` and ``taalcheck regels`` start fast.
"""

from __future__ import annotations

import sys
from typing import Sequence

import click

from taalcheck.reporters import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "info"}


CLICK_PHRASES = (
    ("No such option", "Deze optie bestaat niet"),
    ("No such command", "Deze opdracht bestaat niet"),
    ("Missing argument", "Er ontbreekt iets"),
    ("Missing option", "Deze optie ontbreekt"),
    ("Invalid value for", "Deze waarde klopt niet voor"),
    ("Option '", "Optie '"),
    ("requires an argument", "heeft een waarde nodig"),
    ("is not one of", "is niet een van"),
    ("is not a valid integer", "is geen heel getal"),
    ("is not in the range", "valt buiten"),
    ("Did you mean one of", "Bedoelt u een van"),
    ("Did you mean", "Bedoelt u"),
    ("one of:", "een van:"),
    ("does not exist", "bestaat niet"),
    ("Got unexpected extra argument", "Onverwacht extra argument"),
)


def _dutch(message: str) -> str:
    for english, dutch in CLICK_PHRASES:
        message = message.replace(english, dutch)
    return message


def _dutch_help_option(command: click.Command) -> click.Command:
    """Give the --help option of ``command`` (and its subcommands) a Dutch text."""

    def get_help_option(ctx: click.Context) -> click.Option | None:
        option = type(command).get_help_option(command, ctx)
        if option is not None:
            option.help = "Toon deze uitleg en stop."
        return option

    command.get_help_option = get_help_option  # type: ignore[method-assign]
    for sub in getattr(command, "commands", {}).values():
        _dutch_help_option(sub)
    return command


class LazyGroup(click.Group):
    """Loads subcommands from other modules only when they are used."""

    lazy = {
        "meldpunt": "taalcheck.meldpunt.cli:meldpunt",
        "serve": "taalcheck.meldpunt.cli:serve",
        "herschrijf": "taalcheck.rewrite_cli:herschrijf",
        "uitleg": "taalcheck.uitleg.cli:uitleg",
    }

    def main(self, *args, standalone_mode: bool = True, **kwargs):  # type: ignore[override]
        """Usage errors in Dutch, with exit code 2."""
        if not standalone_mode:  # a caller (or a test runner) handles errors itself
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "taalcheck"
            click.echo(f"fout: {_dutch(exc.format_message())}", err=True)
            click.echo(f"Hulp: {command} --help", err=True)
            sys.exit(EXIT_ERROR)
        except click.Abort:
            click.echo("Gestopt.", err=True)
            sys.exit(EXIT_ERROR)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is not None or name not in self.lazy:
            return command
        from importlib import import_module

        module, attr = self.lazy[name].split(":")
        try:
            return _dutch_help_option(getattr(import_module(module), attr))
        except (ImportError, AttributeError):
            return None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="taalcheck", message="taalcheck %(version)s", help="Toon de versie en stop.")
def main() -> None:
    """taalcheck: controleer brieven op begrijpelijke taal (B1)."""


def _split_codes(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True, help="Uitvoervorm.")
@click.option("--select", multiple=True, help="Alleen deze regels of categorieën (bijv. W101,jargon).")
@click.option("--ignore", multiple=True, help="Deze regels of categorieën overslaan.")
@click.option("--max-zinlengte", type=click.IntRange(min=1), default=None, help="Hoeveel woorden een zin mag hebben (standaard 20).")
@click.option("--woordenlijst", "woordenlijsten", multiple=True, type=click.Path(path_type=str), help="Extra woordenlijst (CSV) van uw organisatie.")
@click.option("--config", "config_file", type=click.Path(path_type=str), default=None, help="Instellingenbestand (taalcheck.toml of pyproject.toml).")
@click.option("--fix", is_flag=True, help="Schrijf de veilige verbeteringen in de bestanden.")
@click.option("--unsafe-fixes", is_flag=True, help="Neem ook de voorstellen mee die een mens moet nalezen.")
@click.option("--diff", is_flag=True, help="Laat de verbeteringen zien als diff; schrijf niets.")
@click.option("--output", "-o", type=click.Path(path_type=str), default=None, help="Schrijf het resultaat naar dit bestand.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Aantal processen.")
def check(paths, output_format, select, ignore, max_zinlengte, woordenlijsten, config_file, fix, unsafe_fixes, diff, output, jobs) -> None:
    """Controleer brieven. PATHS: bestanden, mappen of - voor standaardinvoer."""
    from taalcheck.run import CheckRun

    run = CheckRun(
        select=_split_codes(select),
        ignore=_split_codes(ignore),
        max_zinlengte=max_zinlengte,
        woordenlijsten=list(woordenlijsten),
        config_file=config_file,
        jobs=jobs,
    )
    code = run.execute(list(paths) or ["-"], output_format=output_format, output=output, fix=fix, unsafe=unsafe_fixes, diff=diff)
    sys.exit(code)


@main.command()
@click.argument("code", required=False)
def regels(code: str | None) -> None:
    """Toon alle regels, of de uitleg van één regel."""
    from taalcheck.rules import RULES

    if code is None:
        for rule in sorted(RULES.values(), key=lambda r: r.code):
            click.echo(f"{rule.code}  {rule.category:<14} {SEVERITY_NL[rule.severity]:<12} {rule.title}")
        click.echo("\nMeer uitleg: taalcheck regels CODE")
        return
    rule = RULES.get(code.upper())
    if rule is None:
        matches = [r for r in RULES.values() if r.category == code.lower()]
        if not matches:
            click.echo(f"Regel '{code}' bestaat niet. Kijk met 'taalcheck regels' welke er zijn.", err=True)
            sys.exit(EXIT_ERROR)
        rule = matches[0]
    click.echo(f"{rule.code} [{rule.category}] {rule.title} (standaard: {SEVERITY_NL[rule.severity]})\n")
    click.echo(rule.doc)


_dutch_help_option(main)

if __name__ == "__main__":  # pragma: no cover
    main()

"""The taalcheck command line: a thin click layer over the library.

Imports of spaCy and the rules happen inside the commands, so that
``taalcheck --help`` and ``taalcheck regels`` start fast.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Sequence
from typing import Any, ClassVar

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
    ("Choose from:", "Kies uit:"),
    ("does not exist", "bestaat niet"),
    ("Got unexpected extra argument", "Onverwacht extra argument"),
    ("Path '", "Het pad '"),
    ("File '", "Het bestand '"),
    ("Directory '", "De map '"),
    ("is a directory", "is een map"),
    ("is a file", "is een bestand"),
    ("is not writable", "is niet te schrijven"),
    ("is not readable", "is niet te lezen"),
)


def _dutch(message: str) -> str:
    for english, dutch in CLICK_PHRASES:
        message = message.replace(english, dutch)
    return message


def os_error_message(exc: OSError) -> str:
    """One Dutch line for a file that cannot be read or written."""
    name = f"'{exc.filename}': " if exc.filename else ""
    if isinstance(exc, FileNotFoundError):
        return f"{name}dit bestand of deze map bestaat niet."
    if isinstance(exc, PermissionError):
        return f"{name}taalcheck mag hier niet lezen of schrijven."
    if isinstance(exc, IsADirectoryError):
        return f"{name}dit is een map, geen bestand."
    return f"{name}dit lukt niet ({exc.strerror or type(exc).__name__})."


def _one_line(exc: BaseException, limit: int = 160) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


HELP_HEADINGS = {"Options": "Opties", "Commands": "Opdrachten", "Arguments": "Argumenten"}
# click's own words in the help column ([default: text; required]).
HELP_EXTRAS = (
    ("default: ", "standaard: "),
    ("required", "verplicht"),
    ("env var: ", "omgevingsvariabele: "),
    ("x>=", "vanaf "),
)


METAVARS = {
    "INTEGER RANGE": "GETAL",
    "INTEGER": "GETAL",
    "FLOAT": "GETAL",
    "TEXT": "TEKST",
    "FILENAME": "BESTAND",
    "FILE": "BESTAND",
    "PATH": "PAD",
    "DIRECTORY": "MAP",
    "BOOLEAN": "JA/NEE",
}
_METAVAR = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in METAVARS) + r")\b")


class DutchHelpFormatter(click.HelpFormatter):
    """click's help page with Dutch headings: 'Gebruik:', 'Opties:', '[verplicht]'."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(
            prog, args.replace("[OPTIONS]", "[OPTIES]").replace("COMMAND", "OPDRACHT").replace("[ARGS]", "[ARGUMENTEN]"), prefix="Gebruik: "
        )

    def write_heading(self, heading: str) -> None:
        super().write_heading(HELP_HEADINGS.get(heading, heading))

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = [(_METAVAR.sub(lambda m: METAVARS[m.group()], term), _dutch_extra(text)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


def _dutch_extra(text: str) -> str:
    if "[" not in text:
        return text
    head, _, extra = text.rpartition("[")
    for english, dutch in HELP_EXTRAS:
        extra = extra.replace(english, dutch)
    return f"{head}[{extra}"


class DutchContext(click.Context):
    formatter_class = DutchHelpFormatter


def _dutch_help_option(command: click.Command) -> click.Command:
    """Dutch help for ``command`` and its subcommands: the --help text, headings and click's own words."""

    def get_help_option(ctx: click.Context) -> click.Option | None:
        option = type(command).get_help_option(command, ctx)
        if option is not None:
            option.help = "Toon deze hulp en stop."
        return option

    command.get_help_option = get_help_option  # type: ignore[method-assign]
    command.context_class = DutchContext
    for sub in getattr(command, "commands", {}).values():
        _dutch_help_option(sub)
    return command


class LazyGroup(click.Group):
    """Loads subcommands from other modules only when they are used."""

    lazy: ClassVar[dict[str, str]] = {
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
            message = " ".join(_dutch(exc.format_message()).split())  # click lists choices on many lines
            click.echo(f"fout: {message.replace(': ,', ':').replace(', ,', ',')}", err=True)
            click.echo(f"Hulp: {command} --help", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:  # a command's own error: plain Dutch, no traceback
            click.echo(f"fout: {_dutch(exc.format_message())}", err=True)
            sys.exit(EXIT_ERROR)
        except click.Abort:
            click.echo("Gestopt.", err=True)
            sys.exit(EXIT_ERROR)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except (KeyboardInterrupt, SystemExit, MemoryError):
            raise
        except OSError as exc:  # a file or folder the user named: say which, and what is wrong
            click.echo(f"fout: {os_error_message(exc)}", err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:  # a bug must not greet a user with 60 lines of Python
            import os

            if os.environ.get("TAALCHECK_DEBUG"):
                raise
            name = type(exc).__name__
            click.echo(f"fout: er ging iets mis dat taalcheck niet verwachtte ({name}: {_one_line(exc)}).", err=True)
            click.echo("Zet TAALCHECK_DEBUG=1 voor alle details, en meld het ons.", err=True)
            sys.exit(EXIT_ERROR)

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


class _StderrHandler(logging.StreamHandler):
    """Writes to the standard error of the moment (click's test runner swaps it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def setup_logging(verbose: bool) -> None:
    """Messages of the ``taalcheck.*`` loggers on standard error: warnings, or everything with --verbose."""
    logger = logging.getLogger("taalcheck")
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING)


def _split_codes(values: Sequence[str], option: str) -> list[str]:
    """Codes and categories of --select or --ignore; one that does not exist is a usage error."""
    from taalcheck.rules import check_codes

    parts = [part.strip() for value in values for part in value.split(",") if part.strip()]
    try:
        return sorted(check_codes(parts, option))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str), metavar="[BESTANDEN]...")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True, help="Uitvoervorm.")
@click.option("--select", multiple=True, help="Alleen deze regels of categorieën (bijv. W101,jargon).")
@click.option("--ignore", multiple=True, help="Deze regels of categorieën overslaan.")
@click.option("--max-zinlengte", type=click.IntRange(min=1), default=None, help="Hoeveel woorden een zin mag hebben (standaard 20).")
@click.option(
    "--woordenlijst", "woordenlijsten", multiple=True, type=click.Path(path_type=str), help="Extra woordenlijst (CSV) van uw organisatie."
)
@click.option(
    "--config", "config_file", type=click.Path(path_type=str), default=None, help="Instellingenbestand (taalcheck.toml of pyproject.toml)."
)
@click.option("--fix", is_flag=True, help="Schrijf de veilige verbeteringen in de bestanden.")
@click.option("--unsafe-fixes", is_flag=True, help="Neem ook de voorstellen mee die een mens moet nalezen.")
@click.option("--diff", is_flag=True, help="Laat de verbeteringen zien als diff; schrijf niets.")
@click.option("--output", "-o", type=click.Path(path_type=str), default=None, help="Schrijf het resultaat naar dit bestand.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Aantal processen.")
@click.option("--verbose", "-v", is_flag=True, help="Toon ook wat taalcheck doet, en de details van fouten.")
def check(
    paths, output_format, select, ignore, max_zinlengte, woordenlijsten, config_file, fix, unsafe_fixes, diff, output, jobs, verbose
) -> None:
    """Controleer brieven. BESTANDEN: bestanden, mappen of - voor standaardinvoer."""
    from taalcheck.run import CheckRun

    setup_logging(verbose)
    run = CheckRun(
        select=_split_codes(select, "--select"),
        ignore=_split_codes(ignore, "--ignore"),
        max_zinlengte=max_zinlengte,
        woordenlijsten=list(woordenlijsten),
        config_file=config_file,
        jobs=jobs,
    )
    code = run.execute(
        list(paths) or ["-"], output_format=output_format, output=output, fix=fix, unsafe=unsafe_fixes, diff=diff, verbose=verbose
    )
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

"""`taalcheck uitleg FILE`: the letter explained for a reader, with a summary on top.

Reads txt, pdf, photos (OCR), docx and the other formats of ``taalcheck
check``; ``--format html`` writes a page to print. The letter is only read,
never stored or changed.
"""

from __future__ import annotations

import sys

import click

EXIT_OK, EXIT_ERROR = 0, 2


def build(path: str, word_lists: tuple[str, ...] = ()) -> tuple[object, object, list[str]]:
    """(summary, explained letter, notes) for the file at ``path``; raises ReadError."""
    import taalcheck
    from taalcheck.readers import read_file
    from taalcheck.uitleg.explain import explain
    from taalcheck.uitleg.summary import summarize

    document = read_file(path)
    report = taalcheck.check(document, woordenlijsten=list(word_lists)) if word_lists else taalcheck.check(document)
    return summarize(document.text), explain(report, word_lists), list(document.notes)


@click.command()
@click.argument("file", type=click.Path(path_type=str))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "html"]),
    default="text",
    show_default=True,
    help="text: in de terminal. html: een pagina om te printen.",
)
@click.option("--output", "-o", type=click.Path(path_type=str), default=None, help="Schrijf het resultaat naar dit bestand.")
@click.option(
    "--woordenlijst", "woordenlijsten", multiple=True, type=click.Path(path_type=str), help="Extra woordenlijst (CSV) van uw organisatie."
)
def uitleg(file: str, output_format: str, output: str | None, woordenlijsten: tuple[str, ...]) -> None:
    """Leg een brief uit: wie, wat, wat moet u doen, vóór wanneer, hoeveel geld, wie belt u. Daarna de brief met uitleg."""
    from taalcheck.lexicon.wordlists import WordListError
    from taalcheck.readers import ReadError
    from taalcheck.uitleg.show import render_text

    try:
        summary, explained, notes = build(file, woordenlijsten)
    except (ReadError, WordListError) as exc:
        click.echo(f"fout: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # a reader bug: one plain line, no stack trace for the reader
        click.echo(f"fout: {file}: dit bestand kon niet gelezen worden ({type(exc).__name__}).", err=True)
        sys.exit(EXIT_ERROR)
    if output_format == "html":
        from taalcheck.uitleg.page import render_html

        rendered = render_html(file, summary, explained, notes)
    else:
        rendered = render_text(file, summary, explained, notes)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(rendered)
        except OSError as exc:
            click.echo(f"fout: {output}: dit bestand kan niet worden geschreven ({exc.strerror}).", err=True)
            sys.exit(EXIT_ERROR)
        click.echo(f"Geschreven: {output}", err=True)
    else:
        click.echo(rendered, nl=False)

"""Command line for the meldpunt (`taalcheck meldpunt ...`) and `taalcheck serve`.

A thin click layer over `Store`; all messages are plain Dutch.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from taalcheck.meldpunt.db import db_error_message
from taalcheck.meldpunt.export import FORMATS, render
from taalcheck.meldpunt.models import STATUSSEN, WOORD_KANALEN
from taalcheck.meldpunt.store import MeldingNietGevonden, OngeldigeStatus, Store
from taalcheck.meldpunt.times import parse_day, parse_duur, show_time
from taalcheck.meldpunt.validation import Ongeldig, validate

DB_HELP = "Database: pad naar een SQLite-bestand of een SQLAlchemy-URL. Standaard: $TAALCHECK_DB of uw datamap."


class MeldpuntFout(click.ClickException):
    """A plain Dutch error of at most two lines; exit code 2 (a usage error, DESIGN.md)."""

    exit_code = 2


def _open(db: str | None) -> Store:
    try:
        return Store(db)
    except Exception as exc:  # connection or migration problem: say it plainly, in one line
        raise MeldpuntFout(db_error_message(db, exc)) from None


def _fail(message: str) -> None:
    raise MeldpuntFout(message)


db_option = click.option("--db", "db", metavar="URL", default=None, help=DB_HELP)


@click.group("meldpunt")
def meldpunt() -> None:
    """Meldingen van lezers over woorden die zij niet snappen."""


@meldpunt.command("melden")
@click.option("--woord", required=True, help="Het woord of de zin die de lezer niet snapt.")
@click.option("--zin", help="De zin waarin het woord stond.")
@click.option("--kenmerk", help="Kenmerk van de brief of nummer van de sjabloon.")
@click.option("--organisatie", help="De organisatie die de brief stuurde.")
@click.option("--toelichting", help="Wat de lezer dacht dat het betekende.")
@click.option("--kanaal", type=click.Choice(WOORD_KANALEN), default="cli", show_default=True, help="Hoe de melding binnenkwam.")
@click.option("--sleutel", help="Eigen sleutel: dezelfde sleutel slaat de melding maar één keer op.")
@db_option
def melden(woord, zin, kenmerk, organisatie, toelichting, kanaal, sleutel, db) -> None:
    """Sla een nieuwe melding op."""
    data = dict(woord=woord, zin=zin, kenmerk=kenmerk, organisatie=organisatie, toelichting=toelichting, kanaal=kanaal)
    if sleutel:
        data["idempotentie_sleutel"] = sleutel
    try:
        melding_input = validate(data, kanaal=kanaal)
    except Ongeldig as exc:
        _fail("De melding is niet opgeslagen.\n" + "\n".join(f"--{k}: {v}" for k, v in exc.fouten.items()))
    store = _open(db)
    melding, created = store.add(melding_input, client="cli")
    if created:
        click.echo(f"Melding opgeslagen. Nummer: {melding['id']}")
    else:
        click.echo(f"Deze melding was al opgeslagen. Nummer: {melding['id']}")


@meldpunt.command("lijst")
@click.option("--status", type=click.Choice(STATUSSEN), help="Alleen meldingen met deze status.")
@click.option("--organisatie", help="Alleen meldingen over brieven van deze organisatie.")
@click.option("--van", help="Vanaf deze datum (JJJJ-MM-DD).")
@click.option("--tot", help="Tot en met deze datum (JJJJ-MM-DD).")
@click.option("--limiet", type=click.IntRange(min=1), default=None, help="Toon hoogstens zoveel meldingen.")
@click.option("--json", "as_json", is_flag=True, help="Geef JSON in plaats van een tabel.")
@db_option
def lijst(status, organisatie, van, tot, limiet, as_json, db) -> None:
    """Toon meldingen, nieuwste eerst."""
    van_dt = parse_day(van, "--van")
    tot_dt = parse_day(tot, "--tot")
    if tot_dt:
        tot_dt += dt.timedelta(days=1)  # "tot en met"
    rows, total = _open(db).list(status=status, organisatie=organisatie, van=van_dt, tot=tot_dt, limit=limiet)
    if as_json:
        click.echo(json.dumps({"meldingen": rows, "totaal": total}, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("Geen meldingen gevonden.")
        return
    click.echo(f"{'nummer':<8}  {'datum':<16}  {'status':<12} {'antwoord?':<9} {'organisatie':<24} woord")
    for row in rows:
        datum = show_time(row["aangemaakt"])
        org = row["organisatie"] or "-"
        antwoord = "ja " if row.get("heeft_contact") else "-  "
        click.echo(f"{row['id'][:8]}  {datum}  {row['status']:<12} {antwoord:<9} {org:<24} {row['woord']}")
    click.echo(f"{total} meldingen." if total != 1 else "1 melding.")
    if any(row.get("heeft_contact") for row in rows):
        click.echo("antwoord? ja: de lezer wil een antwoord. Zijn gegevens ziet u met: taalcheck meldpunt contact NUMMER")


@meldpunt.command("top")
@click.option("--limiet", type=click.IntRange(min=1), default=20, show_default=True, help="Hoeveel woorden.")
@click.option("--status", type=click.Choice(STATUSSEN), help="Tel alleen meldingen met deze status.")
@click.option("--organisatie", help="Tel alleen meldingen over deze organisatie.")
@click.option("--lijst", "lijsten", multiple=True, type=click.Path(exists=True), help="Eigen woordenlijst om mee te vergelijken.")
@click.option("--json", "as_json", is_flag=True, help="Geef JSON in plaats van een tabel.")
@db_option
def top(limiet, status, organisatie, lijsten, as_json, db) -> None:
    """Toon de woorden die het vaakst gemeld zijn."""
    from taalcheck.meldpunt.overnemen import top_with_coverage

    result = top_with_coverage(_open(db), extra=lijsten, limit=limiet, status=status, organisatie=organisatie)
    rows = result["woorden"]
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if result["woordenlijst_fout"]:
        click.echo("Let op: " + result["woordenlijst_fout"], err=True)
    if not rows:
        click.echo("Nog geen meldingen.")
        return
    for row in rows:
        if row.get("overgenomen_in"):
            lijstnaam = "overgenomen in " + ", ".join(row["overgenomen_in"])
        elif result["woordenlijst_fout"]:
            lijstnaam = "lijsten niet gelezen"
        elif row["in_woordenlijst"]:
            lijstnaam = f"staat al in lijst {row['in_woordenlijst']}"
        else:
            lijstnaam = "staat nog in geen lijst"
        per_org = ", ".join(f"{org or 'onbekend'}: {n}" for org, n in row["per_organisatie"].items())
        ook = f"; ook als: {', '.join(row['varianten'])}" if row.get("varianten") else ""
        click.echo(f"{row['aantal']:>5}  {row['woord']}  ({per_org}; {lijstnaam}{ook})")


@meldpunt.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Bestand. Zonder: naar het scherm.")
@click.option("--excel", is_flag=True, help="CSV voor Nederlandse Excel: puntkomma's en een BOM.")
@click.option("--status", type=click.Choice(STATUSSEN))
@click.option("--organisatie")
@click.option("--van", help="Vanaf deze datum (JJJJ-MM-DD).")
@click.option("--tot", help="Tot en met deze datum (JJJJ-MM-DD).")
@db_option
def export(fmt, output, excel, status, organisatie, van, tot, db) -> None:
    """Schrijf meldingen als CSV of JSON (zonder contactgegevens)."""
    tot_dt = parse_day(tot, "--tot")
    if tot_dt:
        tot_dt += dt.timedelta(days=1)
    rows, total = _open(db).list(status=status, organisatie=organisatie, van=parse_day(van, "--van"), tot=tot_dt)
    text = render(rows, fmt, excel=excel)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        click.echo(f"{total} meldingen geschreven naar {output}.", err=True)
    else:
        sys.stdout.write(text)


@meldpunt.command("status")
@click.argument("melding_id")
@click.argument("nieuwe_status", type=click.Choice(STATUSSEN), metavar="STATUS")
@click.option("--notitie", help="Waarom de status verandert.")
@click.option("--door", help="Wie de status verandert.")
@db_option
def status(melding_id, nieuwe_status, notitie, door, db) -> None:
    """Geef een melding een nieuwe status.

    STATUS is nieuw, bekeken, overgenomen, afgewezen, doorgestuurd of beantwoord.
    """
    try:
        melding = _open(db).set_status(melding_id, nieuwe_status, notitie=notitie, door=door)
    except (MeldingNietGevonden, OngeldigeStatus) as exc:
        _fail(str(exc))
    click.echo(f"Melding {melding['id'][:8]} heeft nu status '{melding['status']}'.")


@meldpunt.command("overnemen")
@click.argument("melding_id")
@click.option("--alternatief", "alternatieven", multiple=True, required=True, help="Gewoon woord in plaats van het moeilijke. Mag vaker.")
@click.option("--lijst", required=True, type=click.Path(dir_okay=False), help="De woordenlijst (CSV) van de organisatie.")
@click.option("--uitleg", default="", help="Korte uitleg voor schrijvers.")
@click.option("--door", help="Wie het woord overneemt.")
@click.option(
    "--betekenis",
    "betekenis",
    help="Zet het woord in een lijst met betekenissen (zoals betekenissen.csv). "
    "Geef hier een kort label voor de officiële betekenis. De rest vraagt taalcheck als u het niet meegeeft.",
)
@click.option("--voor-lezers", help="Betekenissen: wat het woord hier betekent, voor de lezer van de brief.")
@click.option("--signaal", "signalen", multiple=True, help="Betekenissen: signaal voor de officiële betekenis. Mag vaker.")
@click.option("--voorbeeld", help="Betekenissen: een zin met de officiële betekenis. Standaard: de gemelde zin.")
@click.option("--alledaags", help="Betekenissen: een kort label voor de gewone betekenis.")
@click.option("--alledaags-signaal", "alledaags_signalen", multiple=True, help="Betekenissen: signaal voor de gewone betekenis. Mag vaker.")
@click.option("--alledaags-voorbeeld", help="Betekenissen: een zin met de gewone betekenis.")
@db_option
def overnemen_cmd(
    melding_id,
    alternatieven,
    lijst,
    uitleg,
    door,
    betekenis,
    voor_lezers,
    signalen,
    voorbeeld,
    alledaags,
    alledaags_signalen,
    alledaags_voorbeeld,
    db,
) -> None:
    """Zet het gemelde woord in een woordenlijst, met een gewoon alternatief.

    Met --betekenis komt het woord in een lijst met betekenissen: een
    officiële betekenis (die taalcheck meldt) en een gewone (die taalcheck
    nooit meldt), met signalen die laten zien welke bedoeld is.
    """
    from taalcheck.lexicon.wordlists import WordListError
    from taalcheck.meldpunt.overnemen import overnemen, overnemen_betekenis

    store = _open(db)
    try:
        if betekenis is None:
            result = overnemen(store, melding_id, alternatieven=alternatieven, lijst=lijst, uitleg=uitleg, door=door)
        else:
            melding = store.get(melding_id)
            lezers = voor_lezers or click.prompt("Wat betekent het woord hier, voor de lezer?")
            officieel = {
                "betekenis": betekenis,
                "voor_lezers": lezers,
                "uitleg": uitleg
                or click.prompt("Uitleg voor de schrijver", default=_uitleg_uit_melding(melding, lezers), show_default=True),
                "alternatieven": list(alternatieven),
                "signalen": list(signalen) or _ask_list("Signalen voor de officiële betekenis (met | ertussen)"),
            }
            if voorbeeld or not melding.get("zin"):
                officieel["voorbeeld"] = voorbeeld or click.prompt("Een zin met de officiële betekenis")
            gewoon = {
                "betekenis": alledaags or click.prompt("Een kort label voor de gewone betekenis"),
                "signalen": list(alledaags_signalen) or _ask_list("Signalen voor de gewone betekenis (met | ertussen)"),
                "voorbeeld": alledaags_voorbeeld or click.prompt("Een zin met de gewone betekenis"),
            }
            result = overnemen_betekenis(store, melding_id, officieel=officieel, alledaags=gewoon, lijst=lijst, door=door)
    except (MeldingNietGevonden, WordListError) as exc:
        _fail(str(exc))
    click.echo(
        f"'{result['woord']}' staat nu in {lijst} ({result['meldingen']} lezers meldden dit woord). "
        f"{result['bijgewerkt']} meldingen hebben nu status 'overgenomen'."
    )


def _ask_list(question: str) -> list[str]:
    return [part.strip() for part in click.prompt(question).split("|") if part.strip()]


def _uitleg_uit_melding(melding: dict, voor_lezers: str | None) -> str:
    """'Lezers denken aan ... Bedoeld is: ...' from what the reader thought it meant."""
    gedacht = (melding.get("toelichting") or "").strip().rstrip(".")
    if not gedacht:
        return ""
    meant = (voor_lezers or "").strip()
    return f"Lezers denken aan {gedacht}." + (f" Bedoeld is: {meant[:1].lower()}{meant[1:]}" if meant else "")


@meldpunt.command("opschonen")
@click.option("--ouder-dan", "ouder_dan", default="365d", show_default=True, help="Bijvoorbeeld 365d, 52w of 1j.")
@db_option
def opschonen(ouder_dan, db) -> None:
    """Verwijder persoonlijke gegevens uit oude meldingen.

    Wist contactgegevens, de zin, de toelichting en het kenmerk. Het woord,
    de organisatie, de status en de datum blijven, voor de tellingen.
    """
    try:
        duur = parse_duur(ouder_dan)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--ouder-dan") from exc
    result = _open(db).purge(duur)
    click.echo(
        f"Klaar. Contactgegevens verwijderd bij {result['contactgegevens']} meldingen. "
        f"Zin, toelichting en kenmerk gewist bij {result['meldingen']} meldingen."
    )


@meldpunt.command("contact")
@click.argument("melding_id")
@db_option
def contact(melding_id, db) -> None:
    """Toon de contactgegevens van één melding, om de lezer te antwoorden.

    Alleen voor beheerders. Gebruik de gegevens alleen om te antwoorden.
    """
    store = _open(db)
    try:
        gegevens = store.contact(melding_id)
        melding = store.get(melding_id)
    except MeldingNietGevonden as exc:
        _fail(str(exc))
    if gegevens is None:
        click.echo(f"Melding {melding['id'][:8]} heeft geen contactgegevens. De lezer vroeg niet om een antwoord.")
        return
    click.echo(f"Melding {melding['id'][:8]} over '{melding['woord']}'. De lezer wil een antwoord.")
    for label, key in (("Naam", "naam"), ("E-mail", "email"), ("Telefoon", "telefoon")):
        click.echo(f"{label + ':':<10}{gegevens.get(key) or '-'}")


@meldpunt.command("contact-verwijderen")
@click.argument("melding_id")
@db_option
def contact_verwijderen(melding_id, db) -> None:
    """Verwijder de contactgegevens van één melding (bijvoorbeeld op verzoek)."""
    try:
        removed = _open(db).delete_contact(melding_id)
    except MeldingNietGevonden as exc:
        _fail(str(exc))
    click.echo("Contactgegevens verwijderd." if removed else "Deze melding had geen contactgegevens.")


def _add_retour_commands() -> None:
    from taalcheck.meldpunt.retour_cli import beantwoord, retour

    meldpunt.add_command(retour)
    meldpunt.add_command(beantwoord)


_add_retour_commands()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--rate-limit", default="30/minute", show_default=True, help="Meldingen per bezoeker, bv. 30/minute. 0 = uit.")
@click.option("--log-level", default="warning", show_default=True, type=click.Choice(["debug", "info", "warning", "error"]))
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=str),
    default=None,
    help="Instellingenbestand (taalcheck.toml of pyproject.toml), zoals bij 'taalcheck check'.",
)
@db_option
def serve(host, port, rate_limit, log_level, config_file, db) -> None:
    """Start het meldpunt: formulier voor lezers en de API."""
    import uvicorn

    from taalcheck.config import ConfigError
    from taalcheck.meldpunt.app import create_app
    from taalcheck.meldpunt.security import parse_rate
    from taalcheck.server_settings import ServerSettings

    try:
        parse_rate(rate_limit)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--rate-limit") from exc
    try:
        settings = ServerSettings.from_file(config_file)
    except ConfigError as exc:
        click.echo(f"fout: {exc}", err=True)
        sys.exit(2)
    try:
        app = create_app(db, rate_limit=rate_limit, settings=settings)
    except Exception as exc:  # the database cannot be opened: one Dutch line, no traceback
        raise MeldpuntFout(db_error_message(db, exc)) from None
    if not app.state.admin_token:
        click.echo("Let op: TAALCHECK_ADMIN_TOKEN is niet gezet. Het beheer via de API staat uit.", err=True)
    elif len(app.state.admin_token) < 16:
        click.echo("Let op: TAALCHECK_ADMIN_TOKEN is korter dan 16 tekens. Kies een langere, willekeurige sleutel.", err=True)
    click.echo(f"Meldpunt draait op http://{host}:{port}/  (stoppen: Ctrl+C)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=log_level in ("debug", "info"))

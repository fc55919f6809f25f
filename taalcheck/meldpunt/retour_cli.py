"""`taalcheck meldpunt retour` and `taalcheck meldpunt beantwoord`: letters that readers sent back.

`retour` shows, per sender, which passages readers marked and how often, with
amounts, dates and names replaced so one template sentence counts up.
`beantwoord` marks a report as answered, after the organisation helped the
reader (contact details: `taalcheck meldpunt contact`).
"""

from __future__ import annotations

import datetime as dt
import json

import click

from taalcheck.meldpunt.db import db_error_message
from taalcheck.meldpunt.models import STATUSSEN
from taalcheck.meldpunt.retour import grouped
from taalcheck.meldpunt.store import MeldingNietGevonden, Store

DB_HELP = "Database: pad naar een SQLite-bestand of een SQLAlchemy-URL. Standaard: $TAALCHECK_DB of uw datamap."


class _Fout(click.ClickException):
    exit_code = 2


def _open(db: str | None) -> Store:
    try:
        return Store(db)
    except Exception as exc:
        raise _Fout(db_error_message(db, exc)) from None


def _day(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).date().isoformat()


@click.command("retour")
@click.option("--organisatie", help="Alleen brieven van deze afzender.")
@click.option("--status", type=click.Choice(STATUSSEN), help="Alleen meldingen met deze status.")
@click.option("--json", "as_json", is_flag=True, help="Geef JSON in plaats van tekst.")
@click.option("--db", "db", metavar="URL", default=None, help=DB_HELP)
def retour(organisatie, status, as_json, db) -> None:
    """Toon welke zinnen lezers terugstuurden, per afzender en per zin.

    Bedragen, datums, getallen en namen zijn vervangen (€ <bedrag>, <datum>, <naam>).
    Zo telt dezelfde zin uit één sjabloon op, ook met een ander bedrag.
    """
    store = _open(db)
    try:
        result = grouped(store, organisatie=organisatie, status=status)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if not result["afzenders"]:
        click.echo("Er zijn geen teruggestuurde brieven.")
        return
    for sender in result["afzenders"]:
        n = sender["aantal_meldingen"]
        click.echo(f"{sender['organisatie'] or '(afzender onbekend)'}: {n} {'brief' if n == 1 else 'brieven'} teruggestuurd")
        for passage in sender["passages"]:
            dates = (
                _day(passage["eerste"])
                if passage["eerste"][:10] == passage["laatste"][:10]
                else f"{_day(passage['eerste'])} t/m {_day(passage['laatste'])}"
            )
            click.echo(f"  {passage['aantal']:>4}x  {passage['passage']}")
            details = [dates]
            if passage["kenmerken"]:
                details.append("kenmerk " + ", ".join(passage["kenmerken"]))
            details.append(", ".join(f"{k} {v}" for k, v in passage["per_status"].items()))
            click.echo("         " + "; ".join(details))
            for meaning in passage["toelichtingen"][:5]:
                click.echo(f"         lezer dacht: {meaning}")
        click.echo("")


@click.command("beantwoord")
@click.argument("melding_id")
@click.option("--notitie", help="Hoe de lezer is geholpen, of wat er in de brief verandert.")
@click.option("--door", help="Wie de lezer antwoordde.")
@click.option("--db", "db", metavar="URL", default=None, help=DB_HELP)
def beantwoord(melding_id, notitie, door, db) -> None:
    """Zet een melding op 'beantwoord': de lezer is geholpen.

    MELDING_ID is het nummer of de code die de lezer kreeg (bijvoorbeeld KM7C-XA3P).
    """
    store = _open(db)
    try:
        melding = store.set_status(melding_id, "beantwoord", notitie=notitie, door=door)
        has_contact = store.contact(melding["id"]) is not None
    except MeldingNietGevonden as exc:
        raise _Fout(str(exc)) from None
    finally:
        store.close()
    click.echo(f"Melding {melding['id'][:8]} heeft nu status 'beantwoord'.")
    if has_contact:
        click.echo(f"De lezer wil een antwoord. Contactgegevens: taalcheck meldpunt contact {melding['id'][:8]}")

"""Turn meldingen into word-list rules, and see which words a list already has.

Only the public functions of `taalcheck.lexicon.wordlists` are used, so the store
never depends on the checker's internals.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from taalcheck.meldpunt.store import Store, normalise_word

# Name of a list kind as shown to people.
LIJST_NAMEN = {"jargon": "jargon", "afkortingen": "afkortingen", "misleidend": "misleidend", "betekenissen": "betekenissen"}


def coverage(words: Iterable[str], extra: Sequence[str | os.PathLike[str]] = ()) -> dict[str, str | None]:
    """For each word the list that already flags it ("jargon", ...) or None."""
    from taalcheck.lexicon.wordlists import key, load_wordlists

    lists = load_wordlists(extra)
    known: dict[str, str] = {}
    for kind in ("jargon", "afkortingen", "misleidend", "betekenissen"):
        for entry in getattr(lists, kind):
            known.setdefault(key(entry.woord), kind)
    return {word: known.get(key(word)) for word in words}


def top_with_coverage(store: Store, *, extra: Sequence[str] = (), **filters) -> dict:
    """`Store.top` plus ``in_woordenlijst`` per word.

    Returns {"woorden": [...], "woordenlijst_fout": None or a message}: a
    broken word list must not hide the counts, so the error is passed on.
    """
    from taalcheck.lexicon.wordlists import WordListError

    rows = store.top(**filters)
    fout = None
    try:
        covered = coverage([row["woord"] for row in rows], extra)
    except (WordListError, OSError) as exc:
        covered, fout = {}, f"De woordenlijsten konden niet worden gelezen: {exc}"
    for row in rows:
        row["in_woordenlijst"] = covered.get(row["woord"])
    return {"woorden": rows, "woordenlijst_fout": fout}


def overnemen(
    store: Store,
    ref: str,
    *,
    alternatieven: Sequence[str],
    lijst: str | os.PathLike[str],
    uitleg: str = "",
    door: str | None = None,
) -> dict:
    """Add the melding's word to the word list at `lijst`, with the number of
    readers who reported it, and mark its open meldingen as overgenomen.

    Returns {"woord", "meldingen", "bijgewerkt"} (bijgewerkt: how many
    meldingen got the status overgenomen).
    """
    from taalcheck.lexicon.append import append_entry

    melding = store.get(ref)
    woord = normalise_word(melding["woord"])
    count = store.count_word(woord)
    append_entry(lijst, woord, list(alternatieven), uitleg, meldingen=count, bron="meldpunt")
    notitie = f"Opgenomen in woordenlijst {os.fspath(lijst)} met alternatief: {' | '.join(alternatieven)}."
    updated = store.set_status_for_word(woord, "overgenomen", notitie=notitie, door=door)
    if melding["status"] not in ("nieuw", "bekeken") and melding["status"] != "overgenomen":
        store.set_status(melding["id"], "overgenomen", notitie=notitie, door=door)
        updated += 1
    return {"woord": woord, "meldingen": count, "bijgewerkt": updated}


def overnemen_betekenis(
    store: Store,
    ref: str,
    *,
    officieel: dict,
    alledaags: dict,
    lijst: str | os.PathLike[str],
    door: str | None = None,
) -> dict:
    """Add the melding's word to a sense list (betekenissen.csv format) with an
    official and an everyday sense, filled in by the adviser, and mark its open
    meldingen as overgenomen.

    ``officieel``: betekenis, voor_lezers, uitleg, alternatieven, signalen and
    optionally voorbeeld (default: the reported sentence) and bron.
    ``alledaags``: betekenis, signalen, voorbeeld and optionally bron.
    Returns {"woord", "meldingen", "bijgewerkt"}.
    """
    from taalcheck.lexicon.append import append_senses

    melding = store.get(ref)
    woord = normalise_word(melding["woord"])
    count = store.count_word(woord)
    bron = f"meldpunt: {count} {'lezer' if count == 1 else 'lezers'} begrepen dit woord verkeerd"
    official = {"soort": "officieel", "voorbeeld": melding.get("zin") or "", "bron": bron, **officieel}
    everyday = {"soort": "alledaags", "bron": bron, **alledaags}
    append_senses(lijst, woord, [official, everyday])
    notitie = (
        f"Opgenomen in {os.fspath(lijst)} met twee betekenissen: "
        f"{official.get('betekenis', '')} (officieel) en {everyday.get('betekenis', '')} (alledaags)."
    )
    updated = store.set_status_for_word(woord, "overgenomen", notitie=notitie, door=door)
    if melding["status"] not in ("nieuw", "bekeken", "overgenomen"):
        store.set_status(melding["id"], "overgenomen", notitie=notitie, door=door)
        updated += 1
    return {"woord": woord, "meldingen": count, "bijgewerkt": updated}

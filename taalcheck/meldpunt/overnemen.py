"""Turn meldingen into word-list rules, and see which words a list already has.

Only the public functions of `taalcheck.lexicon.wordlists` are used, so the store
never depends on the checker's internals.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from taalcheck.meldpunt.store import Store, normalise_word
from taalcheck.meldpunt.varianten import normalise, variant_key

# Name of a list kind as shown to people.
LIJST_NAMEN = {"jargon": "jargon", "afkortingen": "afkortingen", "misleidend": "misleidend", "betekenissen": "betekenissen"}


NOTE = "Opgenomen in woordenlijst {lijst} met alternatief: {alternatieven}."
_NOTE = re.compile(r"^Opgenomen in woordenlijst (?P<lijst>.+?) met alternatief: ")


def _listed(extra: Sequence[str | os.PathLike[str]]) -> dict[str, str]:
    """Every word in the lists (lower case) -> the kind of list that flags it."""
    from taalcheck.lexicon.wordlists import load_wordlists

    lists = load_wordlists(extra)
    known: dict[str, str] = {}
    for kind in ("jargon", "afkortingen", "misleidend", "betekenissen"):
        for entry in getattr(lists, kind):
            known.setdefault(normalise(entry.woord), kind)
    return known


def coverage(words: Iterable[str], extra: Sequence[str | os.PathLike[str]] = ()) -> dict[str, str | None]:
    """For each word the list that already flags it ("jargon", ...) or None; plural and case do not matter."""
    listed = _listed(extra)
    words = list(words)
    return {word: listed.get(variant_key(word, words, listed)) for word in words}


def taken_over_lists(store: Store) -> dict[str, list[str]]:
    """Per word the word lists that `overnemen` put it in (from the status history), that still exist."""
    out: dict[str, list[str]] = defaultdict(list)
    for woord, notitie in store.notes_for_status("overgenomen"):
        match = _NOTE.match(notitie or "")
        if match and os.path.isfile(match.group("lijst")) and match.group("lijst") not in out[woord]:
            out[woord].append(match.group("lijst"))
    return dict(out)


def merge_variants(rows: list[dict], listed: Iterable[str] = ()) -> list[dict]:
    """Rows of `Store.top` with the variants of a word as one row, most reported first.

    'keukentafelgesprek' and 'keukentafelgesprekken' become one word; in
    ``per_organisatie`` 'Gemeente Zwolle' and 'gemeente zwolle' are one
    organisation (shown as most readers wrote it).
    """
    listed = frozenset(listed)
    words = [row["woord"] for row in rows]
    merged: dict[str, dict] = {}
    spelling: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        word_key = variant_key(row["woord"], words, listed)
        target = merged.setdefault(word_key, {"woord": word_key, "aantal": 0, "varianten": [], "per_organisatie": {}, "per_status": {}})
        target["aantal"] += row["aantal"]
        if row["woord"] != word_key:
            target["varianten"].append(row["woord"])
        for org, n in row["per_organisatie"].items():
            org_key = normalise(org)
            spelling[org_key][org] += n
            target["per_organisatie"][org_key] = target["per_organisatie"].get(org_key, 0) + n
        for status, n in row.get("per_status", {}).items():
            target["per_status"][status] = target["per_status"].get(status, 0) + n
    out = []
    for row in merged.values():
        orgs = {spelling[k].most_common(1)[0][0] if k else "": n for k, n in row["per_organisatie"].items()}
        row["per_organisatie"] = dict(sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0])))
        row["varianten"] = sorted(set(row["varianten"]))
        out.append(row)
    return sorted(out, key=lambda row: (-row["aantal"], row["woord"]))


def top_with_coverage(store: Store, *, extra: Sequence[str] = (), limit: int | None = 20, **filters) -> dict:
    """`Store.top` with variants merged, plus ``in_woordenlijst`` per word.

    The lists are the shipped ones, ``extra``, and the lists that `overnemen`
    wrote to (so a word just taken over is never "in no list"). Returns
    {"woorden": [...], "woordenlijst_fout": None or a message}: a broken word
    list must not hide the counts, so the error is passed on.
    """
    from taalcheck.lexicon.wordlists import WordListError

    rows = store.top(limit=None, **filters)
    taken_over = taken_over_lists(store)
    lists = list(dict.fromkeys([*map(os.fspath, extra), *(p for paths in taken_over.values() for p in paths)]))
    fout = None
    try:
        listed = _listed(lists)
    except (WordListError, OSError) as exc:
        listed, fout = {}, f"De woordenlijsten konden niet worden gelezen: {exc}"
    merged = merge_variants(rows, listed)[:limit]
    for row in merged:
        row["in_woordenlijst"] = listed.get(row["woord"])
        row["overgenomen_in"] = sorted({p for w in (row["woord"], *row["varianten"]) for p in taken_over.get(w, ())})
    return {"woorden": merged, "woordenlijst_fout": fout}


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
    readers who reported it or a variant of it (plural, capitals), and mark
    those meldingen as overgenomen.

    Returns {"woord", "meldingen", "bijgewerkt"} (bijgewerkt: how many
    meldingen got the status overgenomen).
    """
    from taalcheck.lexicon.append import append_entry

    melding = store.get(ref)
    rows = store.top(limit=None)
    words = [row["woord"] for row in rows]
    listed = _listed([lijst]) if os.path.isfile(lijst) else {}
    woord = variant_key(melding["woord"], words, listed)
    variants = [row for row in rows if variant_key(row["woord"], words, listed) == woord]
    count = sum(row["aantal"] for row in variants) or store.count_word(woord)
    append_entry(lijst, woord, list(alternatieven), uitleg, meldingen=count, bron="meldpunt")
    notitie = NOTE.format(lijst=os.path.abspath(lijst), alternatieven=" | ".join(alternatieven))
    updated = sum(store.set_status_for_word(row["woord"], "overgenomen", notitie=notitie, door=door) for row in variants)
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

"""The domain of a letter (tax, court, Wmo, ...), from its words: a document-level signal.

The engine counts domain words per segment (:func:`domain_hits`, cached with
the segment) and sums them over the letter (:func:`document_domains`). The
sense of a word may depend on it (``domein:`` signals in betekenissen.csv).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from taalcheck.nl.sense_words import compound_heads

# A letter is about a domain when this many of its words belong to it.
MIN_DOMAIN_HITS = 2

# Words that mark a letter's domain. A few are also in the sense inventory
# (aangifte, uitspraak); one word alone never makes a domain (MIN_DOMAIN_HITS).
DOMAIN_WORDS: dict[str, frozenset[str]] = {
    "belasting": frozenset(
        "belasting belastingdienst inkomstenbelasting belastingjaar aangifte inspecteur toeslag toeslagen "
        "zorgtoeslag huurtoeslag kinderopvangtoeslag ozb woz gemeentebelasting heffing belastingrente "
        "aanslagbiljet fiscaal belastbaar".split()
    ),
    "rechtspraak": frozenset(
        "rechtbank rechter griffie griffier vonnis dagvaarding advocaat gerechtshof hof kantonrechter "
        "rechtszaak procedure eiser gedaagde proces-verbaal raadsman rechtsbijstand uitspraak".split()
    ),
    "wmo": frozenset(
        "wmo mantelzorger mantelzorg consulent wijkteam ondersteuning huishoudelijke maatwerkvoorziening "
        "cliëntondersteuner cliëntondersteuning hulpmiddel scootmobiel traplift dagbesteding".split()
    ),
    "uitkering": frozenset(
        "uitkering uwv participatiewet ww wia ziektewet werkcoach re-integratie sollicitatieplicht "
        "sollicitatie sollicitatiebrief vacature werkzoekende bijstandsuitkering aow".split()
    ),
    "schuld": frozenset(
        "schuld schulden schuldeiser schuldeisers deurwaarder gerechtsdeurwaarder incasso incassokosten "
        "betalingsachterstand aanmaning betalingsregeling schuldhulpverlening wsnp bewindvoerder".split()
    ),
    "wonen": frozenset(
        "huur huurder verhuurder woning woningcorporatie huurcontract huurprijs servicekosten "
        "huurovereenkomst complex woningbouwvereniging".split()
    ),
    "zorg": frozenset(
        "zorgverzekering zorgverzekeraar zorgkosten huisarts ziekenhuis polis basisverzekering "
        "aanvullende zorgverlener wlz cak zorgpremie".split()
    ),
    "onderwijs": frozenset(
        "school leerling leerplicht leerplichtambtenaar duo studiefinanciering student opleiding mentor leraar docent onderwijs".split()
    ),
    "verkeer": frozenset(
        "verkeer cjib kenteken rijbewijs snelheid verkeersboete parkeren bekeuring voertuig wegenverkeerswet flitser".split()
    ),
}
_DOMAIN_OF = {word: domain for domain, words in DOMAIN_WORDS.items() for word in words}


def domain_hits(keys: Iterable[Sequence[str]]) -> tuple[tuple[str, int], ...]:
    """Domain words in one segment: ``((domain, count), ...)``; ``keys`` are the tokens' match keys."""
    counts: Counter[str] = Counter()
    for token_keys in keys:
        domains = {_DOMAIN_OF[k] for k in token_keys if k in _DOMAIN_OF}
        if not domains:
            domains = {_DOMAIN_OF[h] for k in token_keys for h in compound_heads(k) if h in _DOMAIN_OF}
        counts.update(domains)
    return tuple(sorted(counts.items()))


def document_domains(per_segment: Iterable[Iterable[tuple[str, int]]]) -> frozenset[str]:
    """The domains a whole letter is about, from the segments' :func:`domain_hits`."""
    total: Counter[str] = Counter()
    for hits in per_segment:
        for domain, count in hits:
            total[domain] += count
    return frozenset(domain for domain, count in total.items() if count >= MIN_DOMAIN_HITS)

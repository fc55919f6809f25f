"""Appointments in a letter: a day the reader must come somewhere.

"De zitting vindt plaats op dinsdag 19 mei", "Wij nodigen u uit voor een
gesprek. / Datum: 12 maart 2026", "U wordt verzocht zich een half uur voor
aanvang te melden". Shared by the action (``actions``) and the deadline
(``deadline``) of the summary.
"""

from __future__ import annotations

import re

from taalcheck.nl.word_classes import MONTH_NAMES

# "De zitting vindt plaats op dinsdag 19 mei", "U heeft een gesprek op 22 september": the reader must come.
APPOINTMENT = re.compile(
    r"\b(?:afspraak|gesprek|zitting|hoorzitting|spreekuur|keuring|ceremonie|\w*inspectie|informatieavond|bijeenkomst|\w*bezoek|cursus|training|workshop|intake|controle|meting|prik|vaccinatie|inenting|\w*onderzoek)\b"
    r"|\bbij\s+u\s+(?:thuis|langs)\b|\bmondelinge\s+behandeling\b|\bu\s+wordt\s+verwacht\b|\bwordt\s+u\s+verwacht\b"
    r"|\bverwachten\s+(?:wij|we)\s+u\b|\b(?:wij|we)\s+verwachten\s+u\b"
    r"|\b(?:spreken\s+(?:wij|we)|(?:wij|we)\s+spreken)\s+(?:\w+\s+){0,5}af\b",  # "Wij spreken met u af in uw nieuwe woning:"
    re.IGNORECASE,
)
COMES = re.compile(
    r"\bopgeroepen\b|\buitgenodigd\b|\bnodigen\s+(?:\w+\s+){0,4}uit\b|^\s*(?:het|de|uw|dit|deze)\s+\w+\s+(?:is|begint)\s+op\b|\borganiseren\s+(?:wij|we)\b|\bvindt\b[^.;]*\bplaats\b|\b(?:zal|zullen)\b[^.;]*\bplaatsvinden\b|^\s*u\s+heeft\s+een\b|\bkomt\b.{0,60}\bbij\s+u\s+(?:thuis|langs)\b|\bverwachten\s+(?:wij|we)\s+u\b|\b(?:wij|we)\s+verwachten\s+u\b"
    r"|\bu\s+wordt\s+verwacht\b|\bwordt\s+u\s+verwacht\b"
    r"|\b(?:kan|kunt)\s+(?:\S+\s+){0,4}krijgen\s+op\b"  # "Noor kan de prik krijgen op zaterdag 21 maart"
    # "Wij hebben een afspraak voor u gemaakt:", "Met deze brief bevestigen wij uw afspraak.", "Wij spreken met u af"
    r"|\bafspraak\s+(?:\w+\s+){0,3}gemaakt\b|\bbevestigen\s+(?:wij|we)\s+(?:uw|de|het)\b|\b(?:spreken\s+(?:wij|we)|(?:wij|we)\s+spreken)\s+(?:\w+\s+){0,5}af\b",
    re.IGNORECASE,
)
# "Datum: 12 maart 2026" on the next line, also under a short heading ("Uw afspraak").
LABEL_DAY = re.compile(r"\s*\n\s*(?:\n\s*)?(?:[^\n:]{1,30}\n(?:\s*\n)?\s*)?(?:datum|wanneer|dag)\s*:\s*(?P<day>[^\n]+)", re.IGNORECASE)
DATE = re.compile(rf"\b[0-3]?\d\s+(?:{'|'.join(MONTH_NAMES)})\b", re.I)
DONE = re.compile(r"\b(?:gedaan|geweest|gehouden|uitgevoerd|plaatsgevonden|afgerond|verstuurd)\b", re.I)
INVITED = re.compile(r"\buitgenodigd\b|\bnodigen\s+(?:\w+\s+){0,4}uit\b|\bopgeroepen\b", re.IGNORECASE)
# "De zitting is op 3 juni. U wordt verzocht in persoon te verschijnen.": one appointment, two sentences.
ATTEND = re.compile(
    r"\b(?:uitgenodigd|uitnodigen|verschijnen|aanwezig\w*|opgeroepen)\b"
    # "U wordt verzocht zich een half uur voor aanvang te melden bij de balie": how to come to it
    r"|\bzich\b.{0,60}\bvoor\s+aanvang\b.{0,60}\bmelden\b|\bvoor\s+aanvang\b.{0,60}\bmelden\b|\bmeld\s+u\b.{0,60}\bvoor\s+aanvang\b"
    # "Kom op tijd naar uw afspraak.", "Kom naar uw afspraak en neem deze brief mee."
    r"|^\W*kom\b.{0,40}\b(?:afspraak|gesprek|zitting|\w*onderzoek|spreekuur)\b|^\W*kom\s+op\s+tijd\b",
    re.IGNORECASE,
)

"""Rewrites inside a noun phrase: the article, pointing words and 'welke'.

Swapping one noun for another changes more than the word. 'De beschikking'
becomes 'het besluit', 'deze' becomes 'dit', and a relative 'die' right after
it becomes 'dat'. A bare legal noun ('na dagtekening') needs an article once
it is a normal word ('na de datum'). The articles come from the ``lidwoord``
column of ``woordenlijsten/grammatica/vervoegingen.csv``; a word without one
gets no safe fix. Whatever the phrase does not show for certain (an
adjective after 'een' that would change, a pronoun further on) makes the
edit a proposal.
"""

from __future__ import annotations

import re
from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.core.text import match_case
from taalcheck.nl.inflection import Forms
from taalcheck.nl.keys import noun_singulars
from taalcheck.nl.tokens import has_tags, next_word, previous_word
from taalcheck.nl.word_classes import (
    BOTH_GENDERS,
    DE_TO_HET,
    DEFINITE,
    HET_TO_DE,
    MONTH_NAMES,
    NEEDS_OWNER,
    PLURAL_DETERMINERS,
    POINTING,
    PREPOSITIONS,
    RELATIVES,
)


def _is_modifier(token: Any, tagged: bool) -> bool:
    """A word between a determiner and its noun: an adjective, a number or 'totaal'."""
    if tagged:
        return token.pos_ in ("ADJ", "NUM", "ADV") or (token.pos_ == "VERB" and token.lower_.endswith(("de", "te", "en")))
    lower = token.lower_
    return (
        lower.isalpha()
        and lower.islower()
        and lower not in DE_TO_HET
        and lower not in HET_TO_DE
        and lower not in BOTH_GENDERS
        and lower not in PREPOSITIONS
        and lower.endswith("e")
    )


def _determiner(doc: Any, i: int) -> tuple[Any | None, list[Any]]:
    """The determiner of the noun at ``i`` (or None) and the modifiers between them."""
    tagged = has_tags(doc)
    modifiers: list[Any] = []
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    while k >= 0 and len(modifiers) < 3 and _is_modifier(doc[k], tagged):
        modifiers.append(doc[k])
        k -= 1
        while k >= 0 and doc[k].is_space:
            k -= 1
    if k >= 0 and (doc[k].lower_ in DE_TO_HET or doc[k].lower_ in HET_TO_DE or doc[k].lower_ in BOTH_GENDERS):
        return doc[k], modifiers
    return None, modifiers


def _edit(token: Any, replacement: str) -> Edit:
    return Edit(token.idx, token.idx + len(token.text), match_case(token.text, replacement))


def replace_noun(doc: Any, i: int, end: int, source: Forms, target: Forms) -> tuple[list[Edit], bool] | None:
    """'de beschikking' -> 'de beslissing', 'deze aanvang' -> 'dit begin', 'na dagtekening' -> 'na de datum'."""
    span = doc[i:end]
    slots = source.surfaces().get(" ".join(span.text.lower().split()), set())
    if not source.countable and "ev" in slots:
        slots = {"ev"}  # 'arbeid' is its own plural
    if len(slots) != 1:
        return None
    slot = next(iter(slots))
    if slot == "mv" and not target.countable:
        return _plural_to_mass(doc, i, end, target)
    edits = [Edit(span.start_char, span.end_char, match_case(span.text, target.forms[slot]))]
    if slot == "mv":
        return edits, True  # plurals take 'de' and 'die' whatever the gender
    if source.gender is None or target.gender is None:
        return None
    determiner, modifiers = _determiner(doc, i)
    following = next_word(doc, end)
    if determiner is None:
        before = previous_word(doc, i)
        if modifiers:
            # 'passende arbeid' -> 'passend werk': the adjective changes too
            return edits, source.gender == target.gender and source.countable == target.countable and says_whose(target.lemma, following)
        if not target.countable:
            return edits, True
        with_article = [Edit(span.start_char, span.end_char, f"{target.gender} {edits[0].replacement}")]
        if before is None or before.lower_ not in PREPOSITIONS:
            return edits, False  # 'Aanvang terugbetaling': a human adds the article
        # 'na dagtekening van deze brief' -> 'na de datum van deze brief'; without 'van'
        # the reader would ask: which date?
        return with_article, following is not None and following.lower_ == "van"
    if source.gender == target.gender:
        return edits, says_whose(target.lemma, following, previous_word(doc, determiner.i))
    swap = DE_TO_HET if source.gender == "de" else HET_TO_DE
    certain = True
    word = determiner.lower_
    if word in swap:
        edits.insert(0, _edit(determiner, swap[word]))
    if modifiers and word not in DEFINITE:
        certain = False  # 'een nieuwe beschikking' -> 'een nieuw besluit'
    relative = next_word(doc, end, skip_comma=True)
    if relative is not None and relative.lower_ in RELATIVES:
        if source.gender == "de" and relative.lower_ == "die":
            edits.append(_edit(relative, "dat"))
        else:
            certain = False  # 'het afschrift dat ...': 'dat' may be a conjunction
    skip = relative.i if relative is not None else -1
    later = [
        t
        for t in doc[end : end + 8]
        if t.lower_ in ("die", "dat", "welke", "deze", "dit", "hij", "zij", "ze") and t.i != skip and not _follows_other_noun(doc, t.i, i)
    ]
    return edits, certain and not later and says_whose(target.lemma, following)


def says_whose(noun: str, following: Any, before: Any = None) -> bool:
    """'de datum van deze brief', 'Datum: 3 mei': a noun of ``NEEDS_OWNER`` says whose it is.

    In a list of what a document holds ('uw naam, de datum, het kenmerk') the
    date is the document's own.
    """
    if noun.lower() not in NEEDS_OWNER or (following is not None and following.lower_ in ("van", ":")):
        return True
    listed = before is not None and before.text == "," and following is not None and following.lower_ in (",", "en")
    return listed


def _follows_other_noun(doc: Any, k: int, noun: int) -> bool:
    """'een afschrift van het vonnis dat ...': this 'dat' points to 'vonnis', not to our noun."""
    before = previous_word(doc, k)
    if before is not None and before.text == ",":
        before = previous_word(doc, before.i)
    return before is not None and before.i != noun and has_tags(doc) and before.pos_ == "NOUN"


def _plural_to_mass(doc: Any, i: int, end: int, target: Forms) -> tuple[list[Edit], bool] | None:
    """'tijdens de werkzaamheden' -> 'tijdens het werk': a plural becomes a word without a plural.

    Safe only after a preposition: such a phrase is never the subject, so no
    verb has to change with it ('de werkzaamheden duren' would need 'duurt').
    """
    span = doc[i:end]
    determiner, modifiers = _determiner(doc, i)
    if any(m.like_num for m in modifiers) or (determiner is not None and determiner.lower_ == "enkele"):
        return None  # 'drie werkzaamheden', 'enkele werkzaamheden'
    edits = [Edit(span.start_char, span.end_char, match_case(span.text, target.forms["ev"]))]
    first = determiner if determiner is not None else (modifiers[-1] if modifiers else span[0])
    before = previous_word(doc, first.i)
    certain = before is not None and before.lower_ in PREPOSITIONS
    if target.gender == "het":
        if determiner is not None and determiner.lower_ in DE_TO_HET:
            edits.insert(0, _edit(determiner, DE_TO_HET[determiner.lower_]))
        if modifiers and (determiner is None or determiner.lower_ not in DEFINITE):
            certain = False  # 'nieuwe werkzaamheden' -> 'nieuw werk'
    relative = next_word(doc, end, skip_comma=True)
    if relative is not None and relative.lower_ in RELATIVES:
        certain = False  # 'de werkzaamheden die ...': the relative clause's verb changes too
    return edits, certain


def pointing_word(doc: Any, i: int) -> tuple[list[Edit], bool] | None:
    """'de betreffende dag' -> 'die dag', 'het voornoemde besluit' -> 'dat besluit'.

    Without an article the ending shows the gender: 'binnen voornoemde
    termijn' -> 'binnen die termijn', 'onder bovengenoemd kenmerk' -> 'onder
    dat kenmerk' (an adjective without -e and without article goes with a
    het-word).
    """
    token = doc[i]
    if token.lower_ not in POINTING:
        return None
    article = previous_word(doc, i)
    noun = next_word(doc, i + 1)
    if noun is None or not noun.is_alpha or (has_tags(doc) and noun.pos_ not in ("NOUN", "PROPN")):
        return None
    if token.lower_.startswith("boven") and noun.lower_.endswith(LETTERHEAD_ITEMS):
        return _letterhead_item(token, article, noun)
    if article is not None and article.lower_ in ("de", "het"):
        pointer = "die" if article.lower_ == "de" else "dat"
        return [Edit(article.idx, token.idx + len(token.text), match_case(article.text, pointer))], True
    if article is not None and (article.lower_ in DE_TO_HET or article.lower_ in HET_TO_DE or article.lower_ in BOTH_GENDERS):
        return None  # 'deze betreffende', 'een voornoemd': not a plain pointing phrase
    pointer = "die" if token.lower_.endswith("e") else "dat"
    return [_edit(token, pointer)], True


# what 'bovengenoemd' points at in the letterhead ('onder vermelding van bovengenoemd kenmerk')
LETTERHEAD_ITEMS = ("kenmerk", "kenmerken", "nummer", "nummers", "adres", "referentie")


def _letterhead_item(token: Any, article: Any, noun: Any) -> tuple[list[Edit], bool] | None:
    """'het bovenstaande kenmerk' -> 'het kenmerk bovenaan deze brief'.

    'dat kenmerk' would point at nothing the reader has just read: the
    kenmerk stands in the letterhead. Without an article the ending shows the
    gender ('bovengenoemd kenmerk' is a het-word).
    """
    if article is not None and article.lower_ in ("de", "het"):
        start, word = article.idx, article.text
    elif article is not None and (article.lower_ in DE_TO_HET or article.lower_ in HET_TO_DE or article.lower_ in BOTH_GENDERS):
        return None  # 'ons bovengenoemde kenmerk': not a plain pointing phrase
    else:
        start, word = token.idx, match_case(token.text, "de" if token.lower_.endswith("e") else "het")
    return [Edit(start, noun.idx + len(noun.text), f"{word} {noun.text} bovenaan deze brief")], True


_MONTHS = "|".join(MONTH_NAMES)
_A_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b\d{{1,2}}-\d{{1,2}}-\d{{4}}\b", re.IGNORECASE)
_A_LENGTH = re.compile(
    r"\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|veertien)\s+(?:dagen|dag|weken|week|maanden|maand|jaar|jaren)\b",
    re.IGNORECASE,
)
# A thing the text may name without the word itself: a date for 'datum', a length of time for 'termijn'.
_WRITTEN_REFERENTS = {"datum": _A_DATE, "dag": _A_DATE, "termijn": _A_LENGTH, "periode": _A_LENGTH}


def mentioned_before(noun: str, earlier: str) -> bool:
    """Whether ``earlier`` names the noun that 'het bovengenoemde voertuig' points back to.

    'dat voertuig' reads as 'the one just mentioned'; when the vehicle stands
    only in the letterhead (its licence plate), 'dat' points at nothing. A
    plural, a singular and a compound that ends in the noun ('naheffingsaanslag'
    for 'aanslag') count as the same noun.
    """
    wanted = {noun.lower(), *noun_singulars(noun.lower())}
    written = _WRITTEN_REFERENTS.get(noun.lower())
    if written is not None and written.search(earlier):
        return True  # 'op woensdag 6 januari ... op voornoemde datum', 'binnen 14 dagen ... binnen voornoemde termijn'
    for word in set(re.findall(r"[^\W\d_]+", earlier.lower())):
        for form in (word, *noun_singulars(word)):
            if any(form == w or (len(w) >= 4 and form.endswith(w)) for w in wanted):
                return True
    return False


def relative_welke(doc: Any, i: int) -> tuple[list[Edit], bool] | None:
    """'de gegevens welke bij ons bekend zijn' -> 'de gegevens die ...'.

    The antecedent is the noun right before 'welke' (a comma between is
    allowed); its article decides: de-words and plurals take 'die',
    het-words 'dat'. Without such a noun, no fix.
    """
    token = doc[i]
    if token.lower_ != "welke":
        return None
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text == ","):
        k -= 1
    if k < 0:
        return None
    noun = doc[k]
    if (has_tags(doc) and noun.pos_ != "NOUN") or not noun.is_alpha or not noun.is_lower:
        return _welke_after_clause(doc, i)
    determiner, _ = _determiner(doc, k)
    plural = "Plur" in noun.morph.get("Number") if has_tags(doc) else False
    word = determiner.lower_ if determiner is not None else ""
    if word in ("de", "deze", "die") or (plural and (word in BOTH_GENDERS or not word)):
        pronoun = "die"
    elif word in ("het", "dit", "dat"):
        pronoun = "dat"
    else:
        return _welke_after_clause(doc, i)  # 'een formulier welke': the article does not show the gender
    return [_edit(token, pronoun)], True


def _welke_after_clause(doc: Any, i: int) -> tuple[list[Edit], bool] | None:
    """'..., welke u niet heeft gemeld': the antecedent is somewhere before.

    'welke' refers back to a de-word or a plural. When every noun before it
    in the sentence is one of those (by its article, or by the tagger's
    number and gender), 'die' is right whichever noun it points to; one
    het-word among them and a human decides.
    """
    if not has_tags(doc):
        return None
    nouns = [t for t in doc[:i] if t.pos_ == "NOUN"]
    if not nouns:
        return None
    for noun in nouns:
        determiner, _ = _determiner(doc, noun.i)
        word = determiner.lower_ if determiner is not None else ""
        if word in ("het", "dit", "dat"):
            return None
        if word in ("de", "deze", "die") or "Plur" in noun.morph.get("Number") or "Com" in noun.morph.get("Gender"):
            continue
        return None
    return [_edit(doc[i], "die")], True


def is_question_word(doc: Any, i: int) -> bool:
    """'welke beperkingen u heeft': 'welke' before its noun asks; it does not point back."""
    following = next_word(doc, i + 1)
    if following is None or not has_tags(doc):
        return False
    if following.pos_ == "ADJ":
        following = next_word(doc, following.i + 1)
    return following is not None and following.pos_ == "NOUN"


def is_plural_noun(doc: Any, i: int) -> bool:
    """'twee nieuwe berichten', 'de berichten': the plural noun, not the verb 'berichten'.

    A plural determiner or a number, maybe with adjectives between, comes
    right before it. 'het berichten' would be the verb used as a noun.
    """
    token = doc[i]
    if has_tags(doc) and token.pos_ not in ("NOUN", "ADJ", "X"):
        return False
    k = i - 1
    while k >= 0 and (doc[k].is_space or (has_tags(doc) and doc[k].pos_ == "ADJ" and doc[k].lower_.endswith("e"))):
        k -= 1
    return k >= 0 and (doc[k].lower_ in PLURAL_DETERMINERS or doc[k].like_num)

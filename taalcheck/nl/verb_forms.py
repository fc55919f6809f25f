"""A verb's forms read from its past participle, for a passive sentence made active.

'teruggevorderd' -> lemma 'terugvorderen', particle 'terug': 'vordert ... terug'
(main clause, singular), 'vorderen ... terug' (plural), 'terugvordert' and
'terugvorderen' (verb-final clause), 'terug te vorderen'. The inflection
table decides where it knows the verb. Otherwise the dictionary lemma must
fit the participle letter for letter (a weak participle shows its stem:
'ge-meld-d' -> 'meldt'); where it does not, or the verb is irregular in the
present, there is no answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from taalcheck.nl.inflection import Forms, load_forms
from taalcheck.nl.keys import dictionary_lemma
from taalcheck.nl.participles import VOWELS, present_stem
from taalcheck.nl.word_classes import SEPARABLE_PARTICLES

# prefixes that take no 'ge-' in the participle ('beoordeeld', 'vergoed', 'ontvangen')
_UNSTRESSED = ("be", "ver", "ont", "her", "er", "ge")
# verbs whose present is not stem + t
_IRREGULAR = frozenset("zijn hebben kunnen mogen willen zullen gaan staan slaan doen zien komen".split())
# (singular, with 'u', plural) of the finite verbs a passive's verb group may hold
_FINITE = {
    "hebben": ("heeft", "heeft", "hebben"),
    "zullen": ("zal", "zult", "zullen"),
    "kunnen": ("kan", "kunt", "kunnen"),
    "moeten": ("moet", "moet", "moeten"),
    "mogen": ("mag", "mag", "mogen"),
    "dienen": ("dient", "dient", "dienen"),
}
_FORM_TO_LEMMA = {form: lemma for lemma, forms in _FINITE.items() for form in forms} | {"zult": "zullen", "kunt": "kunnen"}


def finite_of(word: str, person: str) -> str | None:
    """'zal' for 'wij' -> 'zullen'; person is 'sg', 'u' or 'pl'. None for a verb not in the small table."""
    lemma = _FORM_TO_LEMMA.get(word.lower())
    if lemma is None:
        return None
    return _FINITE[lemma][("sg", "u", "pl").index(person)]


def is_finite_modal(word: str) -> bool:
    """'zal', 'kunnen', 'dient': a finite form of a verb that goes with an infinitive."""
    return word.lower() in _FORM_TO_LEMMA and _FORM_TO_LEMMA[word.lower()] != "hebben"


def _fits(stem: str, base: str) -> bool:
    """The stem read from a weak participle belongs to the infinitive ('stel' - 'stellen', 'deel' - 'delen')."""
    single = stem[:-3] + stem[-2:] if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in VOWELS else stem
    options = {stem + "en", stem + stem[-1:] + "en", single + "en"}
    options |= {o[:-3] + "ven" for o in options if o.endswith("fen")} | {o[:-3] + "zen" for o in options if o.endswith("sen")}
    return base in options


@dataclass(frozen=True)
class Verb:
    """One verb, known from its participle."""

    lemma: str  # 'terugvorderen'
    particle: str  # 'terug', or ''
    stem: str  # 'vorder': the present stem of the part after the particle

    @property
    def base(self) -> str:
        return self.lemma[len(self.particle) :]

    def present(self, person: str) -> str:
        """The finite form in second place ('vordert'); its particle goes to the clause end."""
        if person == "pl":
            return self.base
        return self.stem if self.stem.endswith("t") else self.stem + "t"

    def present_final(self, person: str) -> str:
        """The finite form at the end of a verb-final clause ('terugvordert', 'terugvorderen')."""
        return self.particle + self.present(person)

    def te_infinitive(self) -> str:
        return f"{self.particle} te {self.base}" if self.particle else f"te {self.lemma}"


def _from_table(forms: Forms) -> Verb | None:
    tail = forms.tail
    if tail and (not forms.tail_before() or " " in forms.lemma):
        return None  # 'laten weten': the second part does not stand before the verb
    return Verb(forms.lemma, tail, forms.forms["stam"].partition(" ")[0])


@lru_cache(maxsize=4096)
def verb_of_participle(participle: str, tagger_lemma: str = "") -> Verb | None:
    """The verb behind a past participle, or None when its forms are not certain."""
    word = participle.lower()
    table = next((f for f in load_forms().values() if f.kind == "werkwoord" and f.forms.get("vd") == word), None)
    if table is not None:
        return _from_table(table)
    lemma = dictionary_lemma(word).replace("_", "")
    if not lemma.endswith("en") or (lemma == word and tagger_lemma):
        lemma = tagger_lemma.lower().replace("_", "")
    if word.startswith("ge") and word.endswith("eerd") and not (lemma.isascii() and lemma.endswith("eren")):
        lemma = word[2:-4].replace("ï", "i") + "eren"  # 'geïnformeerd' -> 'informeren' (the tagger: 'ïnformeeren')
    if not lemma.endswith("en") or not lemma.isalpha() or (lemma == word and not word.endswith("en")):
        return None  # 'onderhouden' is its own infinitive; 'geïnformeerd' is not
    particle = next((p for p in sorted(SEPARABLE_PARTICLES, key=len, reverse=True) if word.startswith(p) and lemma.startswith(p)), "")
    rest = word[len(particle) :]
    if particle and not rest.startswith(("ge", *_UNSTRESSED)):
        particle, rest = "", word  # 'onderhouden', 'overtreden': the first part does not separate
    if not particle and "ge" in word[2:-2] and not word.startswith(_UNSTRESSED):
        return None  # 'stopgezet': a separable verb whose first part is unknown
    base = lemma[len(particle) :]
    if base in _IRREGULAR or (len(base) <= 5 and base.endswith(("aan", "oen", "ien"))):
        return None
    core = rest[2:] if rest.startswith("ge") and not base.startswith("ge") else rest
    core = core.replace("ï", "i").replace("ë", "e")
    if core.endswith(("d", "t")) and not core.endswith("cht"):
        # 'ge-stuur-d' -> 'stuur'; 'ge-meld' -> 'meld' (melden): the d may be the stem's own
        stem = next((s for s in (core[:-1], core) if _fits(s, base)), None)
        return Verb(lemma, particle, stem) if stem else None
    # a strong verb ('ontvangen', 'ingetrokken'): the stem comes from the infinitive
    return Verb(lemma, particle, present_stem(base))

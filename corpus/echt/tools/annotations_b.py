"""Hand annotations of annotator b (national senders).

Per letter: findings as (category, snippet, occurrence, [alternatieven]),
negeren as (category, snippet, occurrence, reden), and the long sentences that
are not findings (first words -> reden). Sentences of more than 20 words are
found by annotate_b.py and each one was read before it was accepted.
"""

LETTERS = {
    ("blind", "b-uwv-nabetaling-verklaring.txt"): {
        "findings": [
            ("afkorting", "UWV", 0),
            ("jargon", "echter", 0, ["maar"]),
            ("jargon", "uit andere hoofde", 0, ["om een andere reden", "van een andere instantie"]),
            ("jargon", "reeds", 0, ["al"]),
            ("jargon", "verzoeken wij u", 0, ["vragen wij u"]),
            ("jargon", "bijgaande", 0, ["de", "die bij deze brief zit"]),
            ("jargon", "retourneren", 0, ["terugsturen"]),
            ("jargon", "wijzen wij erop", 0, ["let op"]),
            ("jargon", "schorsen", 0, ["tijdelijk stoppen"]),
            ("jargon", "tijdig", 0, ["op tijd"]),
            ("jargon", "echter", 1, ["maar"]),
        ],
        "negeren": [
            ("jargon", "Het is ons echter niet bekend", 0, "stiff construction ('wij weten niet'); the word-level finding is 'echter'"),
            ("jargon", "klasse", 0, "technical term of the benefit (arbeidsongeschiktheidsklasse), no plain single word"),
            ("misleidend", "maatregel", 0, "explained in the same sentence ('in de vorm van een tijdelijke korting')"),
            ("afkorting", "Mevr.", 0, "form of address, universally known"),
        ],
    },
}

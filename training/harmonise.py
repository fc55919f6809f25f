"""Harmonise the older UD 2.0 LassySmall sentences in train with the current UD Dutch scheme.

Why: the old part tags possessives ("zijn huis") as DET/det without features, while the
current treebanks (and our test files) use PRON + Poss=Yes + nmod:poss. Mixed conventions
cost accuracy on exactly the words letters use ("uw aanvraag"). Only train is touched.
"""

from __future__ import annotations

import sys

POSSESSIVE_PERSON = {
    "mijn": "1",
    "ons": "1",
    "onze": "1",
    "jouw": "2",
    "jou": "2",
    "je": "2",
    "uw": "2",
    "zijn": "3",
    "haar": "3",
    "hun": "3",
}


def harmonise_line(line: str) -> str:
    """Return the line with an old-style possessive determiner rewritten; others unchanged."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) != 10 or not cols[0].isdigit():
        return line
    form, lemma, upos, feats, deprel = cols[1], cols[2], cols[3], cols[5], cols[7]
    person = POSSESSIVE_PERSON.get(lemma.lower())
    if upos != "DET" or feats != "_" or person is None or form.lower() not in POSSESSIVE_PERSON:
        return line
    cols[3] = "PRON"
    cols[5] = f"Person={person}|Poss=Yes|PronType=Prs"
    if deprel == "det":
        cols[7] = "nmod:poss"
        if cols[8] != "_":
            cols[8] = cols[8].replace(":det", ":nmod:poss")
    return "\t".join(cols) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: harmonise.py IN.conllu OUT.conllu", file=sys.stderr)
        return 2
    changed = 0
    with open(args[0], encoding="utf-8") as src, open(args[1], "w", encoding="utf-8") as dst:
        for line in src:
            new = harmonise_line(line)
            changed += new != line
            dst.write(new)
    print(f"harmonise: {changed} possessives rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

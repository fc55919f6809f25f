"""`taalcheck uitleg --format html`: the summary and the explained letter as one page to print.

Self-contained (no outside fonts, scripts or pictures), in Dutch, readable by a
screen reader: headings, a description list for the summary, and each
explanation right after its word in plain text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from taalcheck.uitleg.explain import KIND_LABEL, Explained
from taalcheck.uitleg.show import summary_rows
from taalcheck.uitleg.summary import Summary

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.6;
max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #1a1a1a}
dl.samenvatting{display:grid;grid-template-columns:minmax(10rem,14rem) 1fr;gap:.5rem 1rem;margin:0}
dt{font-weight:700}dd{margin:0}.bron{display:block;color:#404040;font-size:1rem}
.brief p{white-space:pre-wrap;margin:0 0 1rem}
.woord{font-weight:700;text-decoration:underline;text-decoration-style:dotted}
.uitleg{background:#fff3bf;color:#1a1a1a;padding:0 .2rem;border-radius:.2rem}
.korter{display:block;margin:.4rem 0 .4rem 1.5rem;padding:.3rem .6rem;border-left:4px solid #1d5fa8;background:#eef4fb}
.let-op{border:2px solid #1a1a1a;padding:.5rem 1rem}
@media print{body{margin:0;max-width:none;font-size:12pt}.uitleg,.korter{background:none;border-color:#000}}
"""


def letter_html(explained: Explained) -> str:
    parts: list[str] = []
    for text, note in explained.pieces():
        parts.append(escape(text))
        if note is None:
            continue
        if note.kind == "lange-zin":
            parts.append(f'<span class="korter"><strong>Korter gezegd:</strong> {escape(note.explanation)}</span>')
            continue
        word = parts.pop()  # already escaped
        parts.append(
            f'<span class="woord">{word}</span> <span class="uitleg">[{escape(KIND_LABEL[note.kind])} {escape(note.explanation)}]</span>'
        )
    html = "".join(parts)
    paragraphs = [p.strip("\n") for p in html.split("\n\n")]
    return "\n".join(f"<p data-voorlezen>{p}</p>" for p in paragraphs if p.strip())


def render_html(path: str, summary: Summary, explained: Explained, notes: list[str]) -> str:
    rows = []
    for question, answer, sentence in summary_rows(summary):
        source = f'<span class="bron">Uit de brief: “{escape(sentence)}”</span>' if sentence else ""
        rows.append(f"<dt>{escape(question)}</dt><dd>{escape(answer)}{source}</dd>")
    warnings = "".join(f'<p class="let-op">Let op: {escape(note)}</p>' for note in notes)
    name = escape(Path(path).name)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Uitleg van de brief {name}</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>Uitleg van de brief</h1>
{warnings}
<section aria-labelledby="kort">
<h2 id="kort">De brief in het kort</h2>
<dl class="samenvatting">
{"".join(rows)}
</dl>
<p>Twijfelt u over een datum of een bedrag? Vraag het na bij de afzender.</p>
</section>
<section aria-labelledby="brief" class="brief">
<h2 id="brief">De brief, met uitleg</h2>
<p>Achter een moeilijk woord staat tussen [ ] wat het betekent.</p>
{letter_html(explained)}
</section>
</main>
</body>
</html>
"""

"""One self-contained HTML page for communication advisers.

Per letter: the readability figures as simple bars, then the letter itself
with every finding marked (colour, a line style and a number) and, next to
each paragraph, the numbered explanations with better words. No scripts, no
external files: the page can be mailed or attached to a ticket as is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from importlib.resources import files
from typing import Any

from taalcheck.core.findings import Finding
from taalcheck.core.report import Report
from taalcheck.reporters.common import display_path

B1_SENTENCE_LENGTH = 15
B1_LONG_SHARE = 0.10


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _number(value: float, decimals: int = 1) -> str:
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def labels() -> dict[str, tuple[str, str]]:
    """category -> (label for readers, short explanation in the legend), from the rules registry."""
    from taalcheck.rules import categories

    return {category: (shown.label, shown.legend) for category, shown in categories().items()}


def _label(category: str) -> str:
    return labels().get(category, (category.replace("-", " "), ""))[0]


def _css_class(category: str) -> str:
    return "cat-" + re.sub(r"[^a-z0-9-]", "", category.lower())


def _css() -> str:
    return files("taalcheck.reporters").joinpath("html.css").read_text(encoding="utf-8")


# --- the letter ------------------------------------------------------------------


def _blocks(text: str, per_line: bool = False) -> list[tuple[int, int]]:
    """Paragraphs: split on blank lines; Word, OpenDocument and texts without blank lines per line."""
    per_line = per_line or not re.search(r"\n[ \t\r]*\n", text)
    pattern = r"\n" if per_line else r"\n[ \t\r]*\n\s*"
    out, pos = [], 0
    for match in re.finditer(pattern, text):
        out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


_MARKUP = re.compile(
    r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|\{\{.*?\}\}|<[!/?A-Za-z][^<>]*>|\{%.*?%\}|\{#.*?#\}|&[A-Za-z]+;|&#\d+;", re.DOTALL
)
MARKUP_SUFFIXES = (".html", ".htm", ".xhtml", ".j2", ".jinja", ".jinja2", ".md", ".markdown")


def _plain(text: str, markup: bool) -> str:
    """Escaped text; in markup files tags and template code are dimmed so the prose stands out."""
    if not markup:
        return _e(text)
    out, pos = [], 0
    for match in _MARKUP.finditer(text):
        out.append(_e(text[pos : match.start()]))
        out.append(f'<span class="code">{_e(match.group())}</span>')
        pos = match.end()
    out.append(_e(text[pos:]))
    return "".join(out)


def _nest(text: str, start: int, end: int, items: list[tuple[int, int, Finding, int]], uid: str, markup: bool = False) -> str:
    """Escaped text of [start, end) with nested <mark>s; partial overlaps are clipped."""
    out, pos, i = [], start, 0
    while i < len(items):
        s, e, f, n = items[i]
        s = max(s, pos)
        j = i + 1
        children = []
        while j < len(items) and items[j][0] < e:
            cs, ce, cf, cn = items[j]
            children.append((cs, min(ce, e), cf, cn))
            j += 1
        i = j
        if s >= e:
            continue
        out.append(_plain(text[pos:s], markup))
        first = s == f.start
        badge = (
            f'<span class="nr" aria-hidden="true">{n}</span><span class="sr">opmerking {n}, {_e(_label(f.category))}: </span>'
            if first
            else ""
        )
        anchor = f' id="{uid}-m{n}"' if first else ""
        title = f"{n}: {_label(f.category)}"
        out.append(
            f'<mark class="bevinding {_css_class(f.category)}"{anchor} title="{_e(title)}">'
            f"{badge}"
            f"{_nest(text, s, e, children, uid, markup)}</mark>"
        )
        pos = e
    out.append(_plain(text[pos:end], markup))
    return "".join(out)


def _explanation(f: Finding, n: int, uid: str) -> str:
    where = f.location or (f"regel {f.line}" if f.line else "")
    quoted = f.text if len(f.text) <= 60 else f.text[:57].rstrip() + "…"
    parts = [
        f'<li value="{n}" class="{_css_class(f.category)}">',
        f'<a class="nr" href="#{uid}-m{n}" aria-label="naar opmerking {n} in de brief">{n}</a>',
        f'<p class="soort"><strong>{_e(_label(f.category))}</strong>',
        f' <span class="waar">{_e(where)} · {_e(f.rule)}</span></p>',
        f'<p class="citaat">“{_e(quoted)}”</p>',
        f"<p>{_e(f.message)}</p>",
    ]
    words = [s for s in f.suggestions if len(s.split()) <= 4]
    tips = [s for s in f.suggestions if len(s.split()) > 4]
    if words:
        parts.append('<p class="beter"><strong>Beter:</strong> ' + " of ".join(f"<em>{_e(s)}</em>" for s in words) + "</p>")
    for tip in tips:
        parts.append(f'<p class="tip"><strong>Tip:</strong> {_e(tip)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _letter(report: Report, uid: str) -> str:
    findings = sorted(report.findings, key=lambda f: (f.start, -f.end))
    numbered = [(f, n) for n, f in enumerate(findings, start=1)]
    rows = []
    markup = (report.path or "").lower().endswith(MARKUP_SUFFIXES)
    per_line = (report.path or "").lower().endswith((".docx", ".odt"))
    blocks = _blocks(report.text, per_line) or [(0, len(report.text))]
    # each explanation goes next to the paragraph where its finding starts
    home: dict[int, list[tuple[Finding, int]]] = {}
    for f, n in numbered:
        index = next((i for i, (_, be) in enumerate(blocks) if f.start < be), len(blocks) - 1)
        home.setdefault(index, []).append((f, n))
    for index, (bs, be) in enumerate(blocks):
        items = sorted(
            [(max(f.start, bs), min(f.end, be), f, n) for f, n in numbered if f.start < be and f.end > bs],
            key=lambda t: (t[0], -t[1], t[3]),
        )
        if markup and not items and not home.get(index) and not _MARKUP.sub("", report.text[bs:be]).strip():
            continue  # a line of only tags or template code: nothing to read
        text_html = _nest(report.text, bs, be, items, uid, markup)
        notes = "".join(_explanation(f, n, uid) for f, n in home.get(index, []))
        side = f'<ol class="uitleg">{notes}</ol>' if notes else '<div class="uitleg leeg"></div>'
        rows.append(f'<div class="alinea"><div class="tekst">{text_html}</div>{side}</div>')
    return "".join(rows)


# --- figures -------------------------------------------------------------------------


def _bar(label: str, value_text: str, fraction: float, target: float | None, verdict: str, explain: str) -> str:
    width = max(0.0, min(fraction, 1.0)) * 100
    target_html = ""
    if target is not None:
        target_html = f'<span class="doel" style="left:{target * 100:.1f}%"><span>B1</span></span>'
    state = {"goed": "goed", "te hoog": "hoog"}.get(verdict, "info")
    verdict_html = f'<span class="oordeel {state}">{_e(verdict)}</span>' if verdict else ""
    return (
        f'<div class="meting"><dt>{_e(label)}</dt><dd>'
        f'<span class="waarde">{_e(value_text)}</span> {verdict_html}'
        f'<span class="balk" aria-hidden="true"><span class="vulling {state}" style="width:{width:.1f}%"></span>{target_html}</span>'
        f'<span class="toelichting">{_e(explain)}</span></dd></div>'
    )


def _figures(metrics: dict[str, Any]) -> str:
    bars = []
    avg = metrics.get("gemiddelde_zinslengte")
    if isinstance(avg, (int, float)):
        scale = max(30.0, float(avg))
        bars.append(
            _bar(
                "Gemiddelde zinslengte",
                f"{_number(avg)} woorden per zin",
                avg / scale,
                B1_SENTENCE_LENGTH / scale,
                "goed" if avg <= B1_SENTENCE_LENGTH else "te hoog",
                f"Voor B1: hoogstens {B1_SENTENCE_LENGTH} woorden.",
            )
        )
    share = metrics.get("aandeel_lange_zinnen")
    if isinstance(share, (int, float)):
        bars.append(
            _bar(
                "Lange zinnen",
                f"{_number(share * 100, 0)}% van de zinnen",
                share,
                B1_LONG_SHARE,
                "goed" if share <= B1_LONG_SHARE else "te hoog",
                "Voor B1: hoogstens 10%.",
            )
        )
    hard = metrics.get("aandeel_moeilijke_woorden")
    if isinstance(hard, (int, float)):
        bars.append(
            _bar(
                "Moeilijke woorden",
                f"{_number(hard * 100, 0)}% van de woorden",
                hard,
                None,
                "",
                "Woorden die weinig voorkomen. Hoe minder, hoe beter.",
            )
        )
    flesch = metrics.get("flesch_douma")
    if isinstance(flesch, (int, float)):
        bars.append(
            _bar(
                "Flesch-Douma",
                f"{_number(flesch)} van 100",
                flesch / 100,
                None,
                "",
                "Hoger is makkelijker. Dit cijfer is alleen een hulpmiddel, geen oordeel.",
            )
        )
    level = metrics.get("niveau")
    level_html = ""
    if level:
        ok = str(level).strip().upper() in ("B1", "A2", "A1", "B1 OF LAGER")
        reasons = "".join(f"<li>{_e(r)}</li>" for r in metrics.get("niveau_redenen") or [])
        level_html = f'<p class="niveau {"goed" if ok else "hoog"}">Geschat niveau: <strong>{_e(level)}</strong></p>' + (
            f'<ul class="redenen">{reasons}</ul>' if reasons else ""
        )
    counts = metrics.get("woorden"), metrics.get("zinnen")
    size = ""
    if all(isinstance(c, int) for c in counts):
        size = f'<p class="omvang">{counts[0]} {"woord" if counts[0] == 1 else "woorden"}, {counts[1]} {"zin" if counts[1] == 1 else "zinnen"}.</p>'

    if not bars and not level_html:
        return ""
    return f'<section class="cijfers"><h3>Hoe leesbaar is deze tekst?</h3>{level_html}{size}<dl>{"".join(bars)}</dl></section>'


# --- page ------------------------------------------------------------------------------


def _legend(categories: Sequence[str]) -> str:
    known = labels()
    shown = [c for c in known if c in categories] + [c for c in categories if c not in known]
    items = "".join(
        f'<li><mark class="bevinding {_css_class(c)}">{_e(_label(c))}</mark> <span>{_e(known.get(c, ("", ""))[1])}</span></li>'
        for c in shown
    )
    return (
        '<section class="legenda" aria-labelledby="legenda"><h2 id="legenda">Zo leest u dit rapport</h2>'
        "<p>In de brief ziet u gekleurde stukken tekst met een nummer. Naast de alinea staat bij dat nummer "
        "wat er lastig is en wat beter kan. Elke soort opmerking heeft een eigen kleur en een eigen lijn onder de tekst:</p>"
        f'<ul class="soorten">{items}</ul></section>'
    )


def _file_section(report: Report, index: int) -> str:
    uid = f"b{index}"
    path = display_path(report.path)
    per_category: dict[str, int] = {}
    for f in report.findings:
        per_category[f.category] = per_category.get(f.category, 0) + 1
    total = len(report.findings)
    if total:
        summary = ", ".join(f"{n} × {_e(_label(c))}" for c, n in per_category.items())
        head = f'<p class="telling">{total} {"opmerking" if total == 1 else "opmerkingen"}: {summary}.</p>'
    else:
        head = '<p class="telling goed">Geen opmerkingen gevonden.</p>'
    notes = "".join(f"<li>{_e(n)}</li>" for n in report.notes)
    notes_html = f'<div class="let-op"><h3>Let op</h3><ul>{notes}</ul></div>' if notes else ""
    return (
        f'<article class="bestand" aria-labelledby="{uid}-titel"><h2 id="{uid}-titel">{_e(path)}</h2>{head}{notes_html}'
        f"{_figures(report.metrics)}"
        f'<section class="brief" aria-labelledby="{uid}-brief"><h3 id="{uid}-brief">De tekst met opmerkingen</h3>'
        f"{_letter(report, uid)}</section></article>"
    )


def _overview(reports: Sequence[Report]) -> str:
    """With several files: one line per file with a link, its number of findings and level."""
    if len(reports) < 2:
        return ""
    rows = []
    for i, report in enumerate(reports, start=1):
        n = len(report.findings)
        level = report.metrics.get("niveau")
        level_html = f" · niveau {_e(level)}" if level else ""
        rows.append(
            f'<li><a href="#b{i}-titel">{_e(display_path(report.path))}</a>: '
            f"{n} {'opmerking' if n == 1 else 'opmerkingen'}{level_html}</li>"
        )
    return f'<nav class="overzicht" aria-labelledby="overzicht"><h2 id="overzicht">Overzicht</h2><ul>{"".join(rows)}</ul></nav>'


def render(reports: Sequence[Report], errors: Sequence[str] = ()) -> str:
    total = sum(len(r.findings) for r in reports)
    categories = list(dict.fromkeys(f.category for r in reports for f in r.findings))
    errors_html = ""
    if errors:
        items = "".join(f"<li>{_e(e)}</li>" for e in errors)
        errors_html = f'<section class="fouten" aria-labelledby="fouten"><h2 id="fouten">Niet gecontroleerd</h2><ul>{items}</ul></section>'
    files_word = "bestand" if len(reports) == 1 else "bestanden"
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Taalcheck: rapport</title><style>{_css()}</style></head><body>"
        "<header><h1>Taalcheck: hoe begrijpelijk is de tekst?</h1>"
        f'<p class="samenvatting">{len(reports)} {files_word} gecontroleerd. '
        f"{total} {'opmerking' if total == 1 else 'opmerkingen'}.</p></header><main>"
        f"{errors_html}{_overview(reports)}{_legend(categories) if categories else ''}"
        + "".join(_file_section(r, i) for i, r in enumerate(reports, start=1))
        + "</main></body></html>\n"
    )

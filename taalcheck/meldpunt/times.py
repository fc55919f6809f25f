"""Dates and durations the meldpunt's commands read from people and show to them (Dutch time)."""

from __future__ import annotations

import datetime as dt
import re

import click

_DUUR = re.compile(r"^\s*(\d+)\s*([dwjy])\s*$", re.IGNORECASE)
_DAGEN = {"d": 1, "w": 7, "j": 365, "y": 365}


def parse_duur(value: str) -> dt.timedelta:
    """'365d', '52w' or '1j' as a timedelta."""
    match = _DUUR.match(value or "")
    if not match:
        raise ValueError(f"'{value}' is geen geldige duur. Schrijf bijvoorbeeld 365d (dagen), 52w (weken) of 1j (jaar).")
    return dt.timedelta(days=int(match.group(1)) * _DAGEN[match.group(2).lower()])


def local_tz() -> dt.tzinfo:
    """Dutch time for dates typed by and shown to people; UTC if the time
    zone data is missing on this machine."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Amsterdam")
    except Exception:
        return dt.timezone.utc


def parse_day(value: str | None, name: str) -> dt.datetime | None:
    """Start of the given day (JJJJ-MM-DD), Dutch time."""
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-31.", param_hint=name) from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=local_tz())


def show_time(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).astimezone(local_tz()).strftime("%Y-%m-%d %H:%M")

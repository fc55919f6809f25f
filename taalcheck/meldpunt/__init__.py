"""Meldpunt: citizens report words they do not understand; reports become rules.

Public parts: `Store` (storage), `create_app` (web app, in `app`), the click
group `meldpunt` and command `serve` (in `cli`).
"""

from taalcheck.meldpunt.store import MeldingNietGevonden, OngeldigeStatus, Store
from taalcheck.meldpunt.validation import MeldingInput, Ongeldig, validate

__all__ = ["MeldingInput", "MeldingNietGevonden", "Ongeldig", "OngeldigeStatus", "Store", "validate"]

"""Alembic migrations of the meldpunt schema; run by `taalcheck.meldpunt.db.upgrade`."""

"""Alembic environment: uses the connection handed over by `db.upgrade`.

Run from code only, so the same engine settings (SQLite pragmas, the
PostgreSQL search path) apply to migrations and to the store.
"""

from alembic import context
from sqlalchemy import create_engine

from taalcheck.meldpunt.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # e.g. `alembic -x` by hand with sqlalchemy.url set
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)

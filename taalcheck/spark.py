"""Checking millions of letters with Apache Spark (``pip install taalcheck[spark]``).

    from taalcheck.spark import check_dataframe, metrics_dataframe
    findings = check_dataframe(letters_df, text_col="tekst", id_col="id", ignore=["W201"])
    metrics = metrics_dataframe(letters_df, text_col="tekst", id_col="id")

Each executor process loads the model once (a module-level cache in the
worker, kept while Spark reuses its Python workers) and keeps its own
sentence cache; the rows are those of `taalcheck.check_many` over the same
letters. The executors need taalcheck installed (the wheel), nothing else:
extra word lists are read on the driver and travel with the job, so no
shared folder is assumed. ``path_col=`` reads files (any format taalcheck
reads) on the executors instead; those paths must be readable there.

A findings row holds the letter id, the JSON contract's fields (``fix`` as a
struct with its ``extra`` edits), the taalcheck version and a hash of the
word lists used. A metrics row exists for every letter, also one without
findings or one that could not be read (``fout`` says why).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from taalcheck.core.options import CheckOptions

FINDING_COLUMNS = (
    "rule",
    "category",
    "severity",
    "start",
    "end",
    "line",
    "column",
    "text",
    "message",
    "suggestions",
    "fix",
    "location",
)
METRIC_COLUMNS = (
    "woorden",
    "zinnen",
    "gemiddelde_zinslengte",
    "aandeel_lange_zinnen",
    "flesch_douma",
    "aandeel_moeilijke_woorden",
    "bevindingen_per_categorie",
    "niveau",
    "niveau_redenen",
)


@dataclass(frozen=True)
class Job:
    """What every task needs: plain data, pickled to the executors once per task."""

    options: CheckOptions  # without woordenlijsten: those travel as `lists`
    lists: tuple[tuple[str, bytes], ...]
    cache: bool | str
    batch_size: int
    version: str
    lists_hash: str


# -- on the driver ---------------------------------------------------------------------------------


def _csv_files(path: str) -> list[Path]:
    p = Path(path)
    return sorted(p.glob("*.csv")) if p.is_dir() else [p]


def make_job(cache: bool | str = True, batch_size: int = 64, **options: Any) -> Job:
    """Options as for `taalcheck.check_many` (select, ignore, max_zinlengte, woordenlijsten)."""
    from taalcheck import __version__
    from taalcheck.engine.normalise import check_cache_option
    from taalcheck.lexicon.wordlists import shipped_dir

    check_cache_option(cache)  # refused on the driver, before any executor starts
    built = CheckOptions.build(**options)
    lists = tuple((f.name, f.read_bytes()) for path in built.woordenlijsten for f in _csv_files(path))
    digest = hashlib.sha256()
    for file in sorted(Path(shipped_dir()).glob("*.csv")):
        digest.update(b"shipped\0" + file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    for name, data in lists:
        digest.update(b"extra\0" + name.encode() + b"\0" + data + b"\0")
    return Job(replace(built, woordenlijsten=()), lists, cache, batch_size, __version__, digest.hexdigest()[:16])


# -- on the executors ------------------------------------------------------------------------------

_CHECKERS: dict[tuple, Any] = {}
LOADS = {"checkers": 0}  # how often this process built a checker (the tests count it)


def _materialise(job: Job) -> tuple[str, ...]:
    """The shipped extra lists as files in this process's temp folder (once per hash)."""
    if not job.lists:
        return ()
    folder = Path(tempfile.gettempdir()) / f"taalcheck-spark-{job.lists_hash}-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (name, data) in enumerate(job.lists):
        target = folder / f"{number:03d}-{name}"
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
        paths.append(str(target))
    return tuple(paths)


def worker_checker(job: Job) -> Any:
    """The checker of this executor process for ``job`` (the model loads on first use, once)."""
    from taalcheck.engine.checker import Checker

    key = (job.options, job.lists_hash, job.cache)
    checker = _CHECKERS.get(key)
    if checker is None:
        options = replace(job.options, woordenlijsten=_materialise(job))
        checker = _CHECKERS[key] = Checker(options, cache=job.cache)
        LOADS["checkers"] += 1
    return checker


def _documents(rows: list[tuple[Any, Any]], from_path: bool) -> tuple[list[Any], list[str | None]]:
    from taalcheck.core.document import Document

    docs: list[Any] = []
    errors: list[str | None] = []
    for _, value in rows:
        if not from_path:
            docs.append(Document(text=value if isinstance(value, str) else "", path=None))
            errors.append(None if isinstance(value, str) else "Deze brief heeft geen tekst.")
            continue
        from taalcheck.readers import ReadError, read_file

        try:
            docs.append(read_file(value))
            errors.append(None)
        except ReadError as exc:
            docs.append(Document(text="", path=str(value)))
            errors.append(str(exc))
    return docs, errors


def checked_partition(job: Job, from_path: bool, rows: Iterable[Any]) -> Iterator[tuple[Any, Any, dict[str, Any], str | None]]:
    """(id, path, report as the JSON contract's dict, error) per letter, in input order."""
    checker = worker_checker(job)
    iterator = iter(rows)
    while True:
        batch = [(row[0], row[1]) for row in islice(iterator, job.batch_size)]
        if not batch:
            return
        docs, errors = _documents(batch, from_path)
        for (ident, value), report, error in zip(batch, checker.check_many(docs, batch_size=len(docs)), errors, strict=True):
            yield ident, (value if from_path else None), report.to_dict(), error


# -- rows ------------------------------------------------------------------------------------------


def _edit_row(edit: dict[str, Any]) -> tuple:
    return (edit["start"], edit["end"], edit["replacement"], edit["safe"])


def finding_rows(job: Job, item: tuple[Any, Any, dict[str, Any], str | None], with_path: bool) -> list[tuple]:
    ident, path, report, _ = item
    rows = []
    for f in report["findings"]:
        fix = f.get("fix")
        fix_row = (*_edit_row(fix), [_edit_row(e) for e in fix.get("extra", [])], fix.get("reden")) if fix else None
        values = [
            f["rule"],
            f["category"],
            f["severity"],
            f["start"],
            f["end"],
            f["line"],
            f["column"],
            f["text"],
            f["message"],
            list(f["suggestions"]),
            fix_row,
            f.get("location"),
        ]
        rows.append((ident, *([path] if with_path else []), *values, job.version, job.lists_hash))
    return rows


def metrics_row(job: Job, item: tuple[Any, Any, dict[str, Any], str | None], with_path: bool) -> tuple:
    ident, path, report, error = item
    m = report["metrics"]
    values = [
        int(m["woorden"]),
        int(m["zinnen"]),
        float(m["gemiddelde_zinslengte"]),
        float(m["aandeel_lange_zinnen"]),
        float(m["flesch_douma"]),
        float(m["aandeel_moeilijke_woorden"]),
        {str(k): int(v) for k, v in m["bevindingen_per_categorie"].items()},
        m["niveau"],
        list(m["niveau_redenen"]),
    ]
    notes = list(report.get("notes", []))
    return (ident, *([path] if with_path else []), *values, len(report["findings"]), notes, error, job.version, job.lists_hash)


# -- schemas and the public functions -----------------------------------------------------------


def _schema(kind: str, id_type: Any, with_path: bool) -> Any:
    from pyspark.sql import types as T

    head = [T.StructField("id", id_type, True)]
    if with_path:
        head.append(T.StructField("path", T.StringType(), True))
    tail = [
        T.StructField("taalcheck_version", T.StringType(), False),
        T.StructField("woordenlijsten_hash", T.StringType(), False),
    ]
    if kind == "metrics":
        body = [
            T.StructField("woorden", T.IntegerType()),
            T.StructField("zinnen", T.IntegerType()),
            T.StructField("gemiddelde_zinslengte", T.DoubleType()),
            T.StructField("aandeel_lange_zinnen", T.DoubleType()),
            T.StructField("flesch_douma", T.DoubleType()),
            T.StructField("aandeel_moeilijke_woorden", T.DoubleType()),
            T.StructField("bevindingen_per_categorie", T.MapType(T.StringType(), T.IntegerType())),
            T.StructField("niveau", T.StringType()),
            T.StructField("niveau_redenen", T.ArrayType(T.StringType())),
            T.StructField("bevindingen", T.IntegerType()),
            T.StructField("notes", T.ArrayType(T.StringType())),
            T.StructField("fout", T.StringType(), True),
        ]
        return T.StructType(head + body + tail)
    edit = [
        T.StructField("start", T.IntegerType()),
        T.StructField("end", T.IntegerType()),
        T.StructField("replacement", T.StringType()),
        T.StructField("safe", T.BooleanType()),
    ]
    fix = T.StructType([*edit, T.StructField("extra", T.ArrayType(T.StructType(edit))), T.StructField("reden", T.StringType(), True)])
    body = [
        T.StructField("rule", T.StringType()),
        T.StructField("category", T.StringType()),
        T.StructField("severity", T.StringType()),
        T.StructField("start", T.IntegerType()),
        T.StructField("end", T.IntegerType()),
        T.StructField("line", T.IntegerType()),
        T.StructField("column", T.IntegerType()),
        T.StructField("text", T.StringType()),
        T.StructField("message", T.StringType()),
        T.StructField("suggestions", T.ArrayType(T.StringType())),
        T.StructField("fix", fix, True),
        T.StructField("location", T.StringType(), True),
    ]
    return T.StructType(head + body + tail)


def _checked(df: Any, text_col: str, id_col: str, path_col: str | None, options: dict[str, Any]) -> tuple[Job, Any, Any]:
    job = make_job(**options)
    source = path_col or text_col
    for column in (id_col, source):
        if column not in df.columns:
            raise ValueError(f"De kolom '{column}' staat niet in de DataFrame. Wel: {', '.join(df.columns)}.")
    id_type = df.schema[id_col].dataType
    rdd = df.select(id_col, source).rdd.mapPartitions(partial(checked_partition, job, path_col is not None))
    return job, rdd, id_type


def check_dataframe(df: Any, text_col: str = "tekst", id_col: str = "id", path_col: str | None = None, **options: Any) -> Any:
    """One row per finding: id (and path with ``path_col``), the JSON contract's fields, version and list hash.

    ``options``: select, ignore, max_zinlengte, woordenlijsten (paths on the driver), cache (True, False or
    "getallen", as in `taalcheck.check_many`), batch_size.
    """
    job, rdd, id_type = _checked(df, text_col, id_col, path_col, options)
    rows = rdd.flatMap(partial(finding_rows, job, with_path=path_col is not None))
    return df.sparkSession.createDataFrame(rows, _schema("findings", id_type, path_col is not None))


def metrics_dataframe(df: Any, text_col: str = "tekst", id_col: str = "id", path_col: str | None = None, **options: Any) -> Any:
    """One row per letter (also without findings): the metrics of the JSON contract, the number of findings, notes, errors."""
    job, rdd, id_type = _checked(df, text_col, id_col, path_col, options)
    rows = rdd.map(partial(metrics_row, job, with_path=path_col is not None))
    return df.sparkSession.createDataFrame(rows, _schema("metrics", id_type, path_col is not None))

"""Check a year of letters with Apache Spark.

    spark-submit --master spark://host:7077 examples/spark_check.py \\
        --invoer brieven.parquet --uitvoer resultaat/ [--id-kolom id] [--tekst-kolom tekst] \\
        [--ignore W201] [--select jargon,lange-zin] [--max-zinlengte 18] [--woordenlijst eigen.csv]

``--invoer``: a Parquet, JSON-lines or CSV file (or folder) with an id and a
text column, or a folder of letters (.txt, .docx, .odt, .html, .md, ...) that
every executor can read (a shared disk). Writes Parquet to
``UITVOER/bevindingen`` (a row per finding) and ``UITVOER/metingen`` (a row
per letter). The executors need taalcheck installed: ``pip install taalcheck``
on each node, or a packed virtual environment with the wheel in it, sent with
``--archives`` (venv-pack), as Spark's guide to Python packages describes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Controleer veel brieven met Spark.")
    parser.add_argument("--invoer", required=True, help="Parquet-, JSON- of CSV-bestand, of een map met brieven.")
    parser.add_argument("--uitvoer", required=True, help="Map voor de resultaten (Parquet).")
    parser.add_argument("--id-kolom", default="id")
    parser.add_argument("--tekst-kolom", default="tekst")
    parser.add_argument("--select", action="append", default=[], help="Alleen deze regels of categorieën.")
    parser.add_argument("--ignore", action="append", default=[], help="Deze regels of categorieën overslaan.")
    parser.add_argument("--max-zinlengte", type=int, default=None)
    parser.add_argument("--woordenlijst", action="append", default=[], help="Extra woordenlijst (CSV) op de driver.")
    parser.add_argument("--partities", type=int, default=None, help="Aantal stukken (standaard: wat Spark kiest).")
    return parser.parse_args(argv)


def letters_frame(spark, args: argparse.Namespace):
    """(dataframe, path column or None) for the input."""
    source = Path(args.invoer)
    suffix = source.suffix.lower()
    if source.is_dir() and not any(source.glob("*.parquet")):
        from taalcheck.readers import iter_files

        files = [str(path.resolve()) for path in iter_files([source])]
        return spark.createDataFrame([(Path(f).name, f) for f in files], [args.id_kolom, "pad"]), "pad"
    if suffix in (".json", ".jsonl"):
        return spark.read.json(str(source)), None
    if suffix == ".csv":
        return spark.read.option("header", True).option("multiLine", True).option("escape", '"').csv(str(source)), None
    return spark.read.parquet(str(source)), None


def main(argv: list[str] | None = None) -> int:
    from pyspark.sql import SparkSession

    from taalcheck.spark import check_dataframe, metrics_dataframe

    args = arguments(argv)
    spark = SparkSession.builder.appName("taalcheck").getOrCreate()
    df, path_col = letters_frame(spark, args)
    if args.partities:
        df = df.repartition(args.partities)
    options = {
        "select": args.select,
        "ignore": args.ignore,
        "max_zinlengte": args.max_zinlengte,
        "woordenlijsten": args.woordenlijst,
    }
    columns = {"text_col": args.tekst_kolom, "id_col": args.id_kolom, "path_col": path_col}
    out = Path(args.uitvoer)
    check_dataframe(df, **columns, **options).write.mode("overwrite").parquet(str(out / "bevindingen"))
    metrics = metrics_dataframe(df, **columns, **options)
    metrics.write.mode("overwrite").parquet(str(out / "metingen"))
    saved = spark.read.parquet(str(out / "metingen"))
    print(f"{saved.count()} brieven gecontroleerd; resultaten in {out}", file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

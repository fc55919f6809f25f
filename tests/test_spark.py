"""taalcheck.spark: the same findings and metrics as check_many, in Spark local mode and on a real cluster.

Under CI=true a missing Java or pyspark fails these tests; elsewhere they skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

import taalcheck

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus" / "brieven"
pytestmark = [pytest.mark.slow, pytest.mark.spark]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


spark_cluster = _load("spark_cluster", HERE / "spark_cluster.py")


@pytest.fixture(scope="module")
def tools():
    try:
        spark_cluster.require_tools()
    except spark_cluster.ToolMissing as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(str(exc))
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def local(tools):
    spark = spark_cluster.session("local[2]")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def cluster(tools):
    running = spark_cluster.Cluster(workers=2).start()
    try:
        spark = running.session()
        yield spark
        spark.stop()
    finally:
        running.stop()


def corpus() -> list[tuple[str, str]]:
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(CORPUS.glob("*.txt"))]


def generated(count: int) -> list[tuple[int, str]]:
    letters = _load("bench_letters", HERE.parent / "benchmarks" / "letters.py")
    return list(enumerate(letters.letters(count)))


# -- what check_many says, in the same shape (written independently of taalcheck.spark) -------------


def expected_findings(items, reports, with_path: bool = False) -> set[tuple]:
    out = set()
    for (ident, source), report in zip(items, reports, strict=True):
        for f in report.to_dict()["findings"]:
            fix = f.get("fix")
            fix_key = json.dumps(fix and {**fix, "extra": fix.get("extra", []), "reden": fix.get("reden")}, sort_keys=True)
            path = (source,) if with_path else ()
            out.add(
                (
                    ident,
                    *path,
                    f["rule"],
                    f["category"],
                    f["severity"],
                    f["start"],
                    f["end"],
                    f["line"],
                    f["column"],
                    f["text"],
                    f["message"],
                    tuple(f["suggestions"]),
                    fix_key,
                    f.get("location"),
                )
            )
    return out


def spark_findings(df, with_path: bool = False) -> set[tuple]:
    out = set()
    for row in df.collect():
        r = row.asDict(recursive=True)
        fix_key = json.dumps(r["fix"], sort_keys=True)
        path = (r["path"],) if with_path else ()
        out.add(
            (
                r["id"],
                *path,
                r["rule"],
                r["category"],
                r["severity"],
                r["start"],
                r["end"],
                r["line"],
                r["column"],
                r["text"],
                r["message"],
                tuple(r["suggestions"]),
                fix_key,
                r["location"],
            )
        )
    return out


def assert_same_as_check_many(spark, items, partitions: int, **options) -> None:
    from taalcheck.spark import check_dataframe, metrics_dataframe

    df = spark.createDataFrame(items, ["id", "tekst"]).repartition(partitions)
    reports = list(taalcheck.check_many([text for _, text in items], **options))
    findings = check_dataframe(df, **options)
    assert spark_findings(findings) == expected_findings(items, reports)
    assert {r.taalcheck_version for r in findings.select("taalcheck_version").distinct().collect()} == {taalcheck.__version__}
    metrics = {row["id"]: row.asDict(recursive=True) for row in metrics_dataframe(df, **options).collect()}
    assert set(metrics) == {ident for ident, _ in items}  # a row per letter, also without findings
    for (ident, _), report in zip(items, reports, strict=True):
        row = metrics[ident]
        assert {key: row[key] for key in report.metrics} == report.metrics
        assert row["bevindingen"] == len(report.findings) and row["fout"] is None


def test_local_mode_matches_check_many_on_the_corpus(local):
    items = [*corpus(), ("leeg.txt", ""), ("kort.txt", "Dank u wel.")]
    assert_same_as_check_many(local, items, partitions=4)
    assert_same_as_check_many(local, items[:12], partitions=3, ignore=["W201"], max_zinlengte=15)


def test_model_loads_once_per_executor_process(local):
    from taalcheck.spark import check_dataframe

    items = corpus()[:16]
    df = local.createDataFrame(items, ["id", "tekst"]).repartition(8)
    assert check_dataframe(df, max_zinlengte=23).count() > 0

    def checkers(_):
        import os

        from taalcheck import spark as module

        yield os.getpid(), sum(1 for key in module._CHECKERS if key[0].max_zinlengte == 23)

    per_process = dict(local.sparkContext.parallelize(range(8), 8).mapPartitions(checkers).collect())
    assert per_process and set(per_process.values()) <= {0, 1}  # 8 tasks, at most one checker per process
    assert 1 in per_process.values()


def test_extra_lists_travel_with_the_job_and_change_the_hash(local, tmp_path):
    from taalcheck.spark import check_dataframe

    own = tmp_path / "eigen.csv"
    own.write_text("woord,alternatieven,uitleg,veilig,bron\nmeldingspasje,kaart,Een eigen woord.,ja,test\n", encoding="utf-8")
    items = [(1, "Uw meldingspasje ligt klaar."), (2, "Wij sturen u een brief.")]
    df = local.createDataFrame(items, ["id", "tekst"])
    plain = check_dataframe(df).collect()
    with_list = check_dataframe(df, woordenlijsten=[str(own)])
    rows = with_list.collect()
    assert [(r.id, r.text, r.suggestions) for r in rows if r.rule == "W101"] == [(1, "meldingspasje", ["kaart"])]
    assert {r.woordenlijsten_hash for r in rows}.isdisjoint({r.woordenlijsten_hash for r in plain})
    reports = list(taalcheck.check_many([t for _, t in items], woordenlijsten=[str(own)]))
    assert spark_findings(with_list) == expected_findings(items, reports)


def test_path_column_reads_files_on_the_executors(local, tmp_path):
    from taalcheck.readers import read_file
    from taalcheck.spark import check_dataframe, metrics_dataframe

    (tmp_path / "brief.md").write_text("# Brief\n\nIndien u vragen heeft, belt u ons.\n", encoding="utf-8")
    (tmp_path / "kapot.rtf").write_bytes(b"{\\rtf1 Besluit}")
    paths = [str(tmp_path / "brief.md"), str(tmp_path / "kapot.rtf")]
    df = local.createDataFrame([("a", paths[0]), ("b", paths[1])], ["id", "pad"])
    found = check_dataframe(df, path_col="pad")
    reports = list(taalcheck.check_many([read_file(paths[0])]))
    assert spark_findings(found, with_path=True) == expected_findings([("a", paths[0])], reports, with_path=True)
    metrics = {r.id: r for r in metrics_dataframe(df, path_col="pad").collect()}
    assert metrics["a"].fout is None and metrics["a"].path == paths[0]
    assert "dit soort bestand kan taalcheck niet lezen" in metrics["b"].fout


def test_example_script_runs_with_spark_submit(local, tmp_path):
    import subprocess

    items = corpus()[:5]
    with open(tmp_path / "brieven.jsonl", "w", encoding="utf-8") as handle:
        for ident, text in items:
            handle.write(json.dumps({"id": ident, "tekst": text}, ensure_ascii=False) + "\n")
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [spark_cluster.package_root(), env.get("PYTHONPATH")]))
    submit = spark_cluster.spark_home() / "bin" / "spark-submit"
    result = subprocess.run(
        [
            str(submit),
            "--master",
            "local[1]",
            "--conf",
            "spark.ui.enabled=false",
            str(HERE.parent / "examples" / "spark_check.py"),
            "--invoer",
            str(tmp_path / "brieven.jsonl"),
            "--uitvoer",
            str(tmp_path / "uit"),
            "--ignore",
            "W201",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    said = [line for line in (result.stdout + result.stderr).splitlines() if "gecontroleerd" in line]
    assert said and said[-1].startswith("5 brieven gecontroleerd"), (said, result.stderr[-2000:])
    reports = list(taalcheck.check_many([text for _, text in items], ignore=["W201"]))
    saved = local.read.parquet(str(tmp_path / "uit" / "bevindingen"))
    assert spark_findings(saved) == expected_findings(items, reports)
    assert local.read.parquet(str(tmp_path / "uit" / "metingen")).count() == 5


def test_local_mode_on_2000_generated_letters(local):
    assert_same_as_check_many(local, generated(2000), partitions=8)


def test_standalone_cluster_on_the_corpus_and_2000_generated_letters(cluster):
    assert cluster.sparkContext.master.startswith("spark://127.0.0.1:")
    assert_same_as_check_many(cluster, corpus(), partitions=4)
    assert_same_as_check_many(cluster, generated(2000), partitions=8)
    executors = cluster.sparkContext._jsc.sc().getExecutorMemoryStatus().size() - 1  # minus the driver
    assert executors == 2

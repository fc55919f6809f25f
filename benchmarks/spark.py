"""Spark against check_many, side by side in one run, with the sentence cache off.

    python benchmarks/spark.py                  # 600 generated letters, ~10 minutes on 2 cores
    python benchmarks/spark.py --letters 200    # quicker

Five ways to check the same letters (benchmarks/letters.py, every letter
different): check_many in this process; Spark local[1]; Spark local[2]; a
standalone cluster of two 1-core workers on 127.0.0.1; check_many with
n_process=2. Every Spark run is warmed up first (the model loads in the
executors), and timed over a full computation of the findings. check_many
with n_process=2 starts its two workers inside the timed call, as a user
would. Writes benchmarks/results-spark.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import spark_cluster
from letters import letters

PARTITIONS = 8


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def timed_check_many(texts: list[str], n_process: int) -> tuple[float, int]:
    """Seconds, and the number of findings (the rows Spark must give too)."""
    import taalcheck

    start = time.perf_counter()
    reports = list(taalcheck.check_many(texts, cache=False, n_process=n_process))
    elapsed = time.perf_counter() - start
    assert len(reports) == len(texts)
    return elapsed, sum(len(r.findings) for r in reports)


def timed_spark(spark, texts: list[str]) -> tuple[float, int]:
    from taalcheck.spark import check_dataframe

    warm = spark.createDataFrame([(i, t) for i, t in enumerate(texts[:8])], ["id", "tekst"]).repartition(PARTITIONS)
    check_dataframe(warm, cache=False).write.format("noop").mode("overwrite").save()  # model into every executor
    df = spark.createDataFrame(list(enumerate(texts)), ["id", "tekst"]).repartition(PARTITIONS).cache()
    df.count()  # the input is in Spark before the clock starts
    start = time.perf_counter()
    findings = check_dataframe(df, cache=False)
    findings.write.format("noop").mode("overwrite").save()
    elapsed = time.perf_counter() - start
    rows = findings.count()
    return elapsed, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=600)
    parser.add_argument("--json", default=str(HERE / "results-spark.json"))
    args = parser.parse_args()
    spark_cluster.require_tools()
    texts = list(letters(args.letters))
    load_before = os.getloadavg()

    import taalcheck
    from taalcheck.nl import pipeline

    pipeline.shared()  # the model is loaded before the in-process clock starts
    taalcheck.check("Warm.", cache=False)
    results: dict[str, float] = {}
    say("check_many, 1 proces ...")
    rows: dict[str, int] = {}
    results["check_many_1"], rows["check_many_1"] = timed_check_many(texts, 1)

    for name, master in (("spark_local_1", "local[1]"), ("spark_local_2", "local[2]")):
        say(f"Spark {master} ...")
        spark = spark_cluster.session(master, "taalcheck-bench")
        results[name], rows[name] = timed_spark(spark, texts)
        spark.stop()
    say("Spark, cluster van twee werkers met elk 1 kern ...")
    cluster = spark_cluster.Cluster(workers=2).start()
    try:
        spark = cluster.session("taalcheck-bench")
        results["spark_cluster_2x1"], rows["spark_cluster_2x1"] = timed_spark(spark, texts)
        spark.stop()
    finally:
        cluster.stop()
    say("check_many, n_process=2 ...")
    results["check_many_2"], rows["check_many_2"] = timed_check_many(texts, 2)
    if len(set(rows.values())) != 1:
        say(f"LET OP: niet overal evenveel bevindingen: {rows}")

    per_second = {name: round(len(texts) / seconds, 1) for name, seconds in results.items()}
    one = results["check_many_1"]
    report = {
        "letters": len(texts),
        "cache": False,
        "partitions": PARTITIONS,
        "seconds": {name: round(seconds, 2) for name, seconds in results.items()},
        "letters_per_second": per_second,
        "ratios": {
            "spark_local_1_overhead": round(results["spark_local_1"] / one, 3),
            "spark_local_2_speedup": round(one / results["spark_local_2"], 3),
            "spark_cluster_speedup": round(one / results["spark_cluster_2x1"], 3),
            "check_many_2_speedup": round(one / results["check_many_2"], 3),
        },
        "finding_rows": rows,
        "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
        "taalcheck": taalcheck.__version__,
    }
    Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

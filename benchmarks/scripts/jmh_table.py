#!/usr/bin/env python3
"""Turns a JMH JSON result file into a Markdown table with each benchmark's ratio to a baseline.

usage: jmh_table.py RESULT.json BASELINE_METHOD [TITLE]

Each row also has its difference to the baseline (score minus the baseline's, errors added in
quadrature): for MeteredAspectBenchmark with baselineBareProxy, that is @Metered's own cost. The ratio's error is propagated from both scores' 99.9% errors (relative errors added in quadrature).
Extra columns appear when the run has them: bytes allocated per operation (JMH's gc profiler, all
threads), the recording threads' own bytes per call and the share of calls refused because the buffer
was full (RecordPathBenchmark's counters).
"""
import json
import math
import sys


def short(name):
    return name.rsplit(".", 2)[-1] if name.count(".") else name


def fmt(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if abs(value) >= 100000:
        return f"{value / 1e6:,.2f} M"
    if abs(value) >= 100:
        return f"{value:,.1f}"
    return f"{value:.3g}"


def number_errors(metric):
    """JMH writes "NaN" (a string) for the error of a run with too few iterations."""
    metric = dict(metric)
    metric["scoreError"] = float(metric["scoreError"])
    return metric


def main():
    path, baseline = sys.argv[1], sys.argv[2]
    title = sys.argv[3] if len(sys.argv) > 3 else None
    runs = json.load(open(path))
    base = next((r for r in runs if r["benchmark"].endswith("." + baseline)), None)
    if base is None:
        sys.exit(f"no benchmark named {baseline} in {path}")
    extra = {
        "gc.alloc.rate.norm": "B/op (all threads)",
        "recordingThreadBytes": "B/call (recording threads)",
        "refusedCalls": "refused (buffer full)",
        "acceptedEvents": "accepted events/s",
        "drainedEvents": "drained events/s",
    }
    present = [k for k in extra if any(k in r["secondaryMetrics"] for r in runs)]
    if title:
        print(f"**{title}**: JDK {runs[0]['vmVersion']}, {runs[0]['forks']} fork(s), "
              f"{runs[0]['warmupIterations']} x {runs[0]['warmupTime']} warm-up, "
              f"{runs[0]['measurementIterations']} x {runs[0]['measurementTime']} measured, "
              f"{runs[0]['threads']} thread(s)\n")
    header = ["benchmark", "score", "unit", f"minus {short(baseline)}", f"ratio to {short(baseline)}"] + [extra[k] for k in present]
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    b = number_errors(base["primaryMetric"])
    for run in runs:
        p = number_errors(run["primaryMetric"])
        ratio = p["score"] / b["score"]
        rel = math.sqrt((p["scoreError"] / p["score"]) ** 2 + (b["scoreError"] / b["score"]) ** 2) \
            if not (math.isnan(p["scoreError"]) or math.isnan(b["scoreError"])) else float("nan")
        diff_error = math.sqrt(p["scoreError"] ** 2 + b["scoreError"] ** 2)
        row = [short(run["benchmark"]), f"{fmt(p['score'])} ± {fmt(p['scoreError'])}", p["scoreUnit"],
               f"{fmt(p['score'] - b['score'])} ± {fmt(diff_error)}", f"{ratio:.2f} ± {ratio * rel:.2f}"]
        second = run["secondaryMetrics"]
        for key in present:
            if key not in second:
                row.append("")
            elif key == "recordingThreadBytes":
                calls = second["recordingThreadCalls"]["score"]
                row.append(f"{second[key]['score'] / calls:.1f}" if calls else "n/a")
            elif key in ("acceptedEvents", "drainedEvents"):
                # JMH sums an EVENTS counter over threads, iterations and forks: a total, divided here by
                # the measured time
                row.append(f"{fmt(second[key]['score'] / measured_seconds(run))}")
            elif key == "refusedCalls":
                calls = second["recordingThreadCalls"]["score"]
                row.append(f"{100 * second[key]['score'] / calls:.1f} %" if calls else "n/a")
            else:
                row.append(fmt(second[key]["score"]))
        print("| " + " | ".join(row) + " |")
    print()


def measured_seconds(run):
    """The whole measured time of a run: forks x measurement iterations x iteration time."""
    amount, unit = run["measurementTime"].split()
    seconds = float(amount) * {"ms": 0.001, "s": 1.0, "min": 60.0}[unit]
    return run["forks"] * run["measurementIterations"] * seconds


if __name__ == "__main__":
    main()

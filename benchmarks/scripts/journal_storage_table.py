#!/usr/bin/env python3
"""Summarises benchmarks/target/journal-storage (JMH JSON and store.log) as Markdown tables.

usage: journal_storage_table.py [DIRECTORY]

Record path: JMH score ± 99.9 % half-width (forks x iterations pooled), the ratio to the same event's
ArrayBlockingQueue.offer baseline of the same run, its error from both relative errors in quadrature.
Files, recovery and settle: from store.log (RESULT lines); recovery as median (min-max) of the rounds;
settle as median (min-max) of the rounds after the first (the first round warms the JIT up).
"""
import glob
import json
import math
import os
import statistics
import sys


def si(value):
    if not isinstance(value, (int, float)) or math.isnan(value):
        return "n/a"  # JMH writes "NaN" for the error of a single iteration
    if value >= 1e6:
        return f"{value / 1e6:.2f} M"
    if value >= 1e3:
        return f"{value / 1e3:.1f} k"
    return f"{value:.0f}"


def record_path(directory):
    scores = {}
    for path in sorted(glob.glob(os.path.join(directory, "record-*.json"))):
        for row in json.load(open(path)):
            params = row.get("params", {})
            method = row["benchmark"].rsplit(".", 1)[-1]
            store = params.get("store", "baseline") if method == "append" else "baseline"
            metric = row["primaryMetric"]
            error = metric["scoreError"]
            error = float(error) if not isinstance(error, str) else math.nan  # "NaN" for one iteration
            scores[(store, params["event"])] = (metric["score"], error, row["forks"],
                                                row["measurementIterations"])
    if not scores:
        return ""
    lines = ["| store | event | appends/s | ± (99.9 %) | ratio to `ArrayBlockingQueue.offer` | forks × iterations |",
             "| --- | --- | --- | --- | --- | --- |"]
    order = ["baseline", "journal", "mvstore", "mvstore-autocommit", "sqlite", "lmdb", "rocksdb", "chronicle"]
    for event in ("typical", "five"):
        base = scores.get(("baseline", event))
        for store in order:
            if (store, event) not in scores:
                continue
            score, error, forks, iterations = scores[(store, event)]
            ratio = ""
            if base and store != "baseline":
                r = score / base[0]
                rel = math.sqrt((error / score) ** 2 + (base[1] / base[0]) ** 2)
                ratio = f"{r:.3f} ± {r * rel:.3f}"
            lines.append(f"| {store} | {event} | {si(score)} | {si(error)} | {ratio} | {forks} × {iterations} |")
    return "\n".join(lines) + "\n"


def parse(line):
    return dict(part.split("=", 1) for part in line.split()[1:])


def stores(directory):
    path = os.path.join(directory, "store.log")
    if not os.path.exists(path):
        return ""
    rows = {}
    for line in open(path):
        if not line.startswith("RESULT"):
            continue
        fields = parse(line)
        rows.setdefault(fields["store"], {}).setdefault(fields["phase"], []).append(fields)
    lines = ["| store | events | write, events/s | bytes per event: files (allocated) | payload | recovery, ms: median (min-max) | open part | settle, events/s: median (min-max) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for store, phases in rows.items():
        write = phases.get("write", [{}])[0]
        size = phases.get("size", [{}])[0]
        events = int(write.get("events", 0)) or 1
        recover = [float(r["total_ms"]) for r in phases.get("recover", [])]
        opens = [float(r["open_ms"]) for r in phases.get("recover", [])]
        found = {r["events"] for r in phases.get("recover", [])}
        settle = [float(r["events_per_s"]) for r in phases.get("settle", [])[1:]]
        rec = f"{statistics.median(recover):,.0f} ({min(recover):,.0f}-{max(recover):,.0f}), found {'/'.join(sorted(found))}" if recover else "n/a"
        opn = f"{statistics.median(opens):,.0f}" if opens else ""
        sett = f"{si(statistics.median(settle))} ({si(min(settle))}-{si(max(settle))})" if settle else "n/a"
        lines.append(
            f"| {store} | {events:,} | {si(float(write.get('events_per_s', 0)))} |"
            f" {int(size.get('apparent_bytes', 0)) / events:,.0f} ({int(size.get('allocated_bytes', 0)) / events:,.0f}) |"
            f" {int(write.get('payload_bytes', 0)) / events:,.0f} | {rec} | {opn} | {sett} |")
    return "\n".join(lines) + "\n"


def rounds(directory):
    path = os.path.join(directory, "store.log")
    if not os.path.exists(path):
        return ""
    rows = {}
    for line in open(path):
        if line.startswith("RESULT") and ("phase=write-round" in line or "phase=batch-" in line):
            fields = parse(line)
            if fields.get("round") != "1":  # the first round warms the JIT up
                name = fields["store"] + ("" if fields["phase"] == "write-round" else ", " + fields["phase"].replace("-", "es of "))
                rows.setdefault((name, fields["event"]), []).append(fields)
    if not rows:
        return ""
    lines = ["| store | event | rounds × events | appends/s: median (min-max) | CPU ns per append: appending thread | whole process |",
             "| --- | --- | --- | --- | --- | --- |"]
    for (store, event), found in sorted(rows.items(), key=lambda item: (item[0][1] != "typical", item[0][0])):
        rates = [float(r["events_per_s"]) for r in found]
        thread = [float(r["thread_cpu_ns"]) for r in found]
        process = [float(r["process_cpu_ns"]) for r in found]
        events = sorted(int(r["events"]) for r in found)
        lines.append(f"| {store} | {event} | {len(found)} × {events[0]:,}{'+' if events[-1] != events[0] else ''}"
                     f" | {si(statistics.median(rates))} ({si(min(rates))}-{si(max(rates))})"
                     f" | {statistics.median(thread):,.0f} ({min(thread):,.0f}-{max(thread):,.0f})"
                     f" | {statistics.median(process):,.0f} ({min(process):,.0f}-{max(process):,.0f}) |")
    return "\n".join(lines) + "\n"


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/journal-storage"
    machine = os.path.join(directory, "machine.md")
    if os.path.exists(machine):
        print(open(machine).read())
    print("## Record path\n")
    print(record_path(directory))
    print("## Files, recovery, settle\n")
    print(stores(directory))
    print("## Appends outside JMH, with CPU time\n")
    print(rounds(directory))


if __name__ == "__main__":
    main()

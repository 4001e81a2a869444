#!/usr/bin/env bash
# The journal storage comparison (issue 15, items 6 and 7): our Journal against H2 MVStore, SQLite, LMDB,
# RocksDB and Chronicle Queue, same events, same machine, same run. About 20 minutes on 2 cores.
# Results: benchmarks/target/journal-storage/ (results.md, JMH JSON, logs); the tables: journal_storage_table.py.
#
#   benchmarks/scripts/journal-storage.sh               # build, then everything
#   SKIP_BUILD=1 STORES="journal sqlite" EVENTS=200000 benchmarks/scripts/journal-storage.sh
#   SKIP_BUILD=1 STEPS="rounds" benchmarks/scripts/journal-storage.sh   # steps: jmh store rounds (batches)
#
# Each candidate runs with only the JVM flags it needs on Java 17 (below); the others with none.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=benchmarks/target/journal-storage
JAR=benchmarks/target/benchmarks.jar
DATA=${DATA:-/tmp/monigo-journal-storage}
STORES=${STORES:-journal mvstore mvstore-autocommit sqlite lmdb rocksdb chronicle}
EVENTS=${EVENTS:-1000000}
ROUND_EVENTS=${ROUND_EVENTS:-300000}
STEPS=" ${STEPS:-jmh store rounds} "
JMH=${JMH:--f 3 -wi 3 -i 5 -w 1s -r 1s}
mkdir -p "$OUT"

# lmdbjava reaches into java.nio.Buffer.address and sun.nio.ch.DirectBuffer
LMDB_FLAGS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
# the set Chronicle documents for Java 17 (without it: IllegalAccessException on FileChannelImpl.map0);
# chronicle-analytics is on by default (it writes ~/.chronicle.analytics.*): switched off here
CHRONICLE_FLAGS="--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED --add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED --add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED --add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED -Dchronicle.analytics.disable=true"
flags() {
	case "$1" in
		lmdb) echo "$LMDB_FLAGS" ;;
		chronicle) echo "$CHRONICLE_FLAGS" ;;
		*) echo "" ;;
	esac
}

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
	./mvnw -q -B -pl benchmarks -am package -Dmaven.test.skip=true
fi

{
	echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
	echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB, $(df -T "$(dirname "$DATA")" | awk 'NR==2 {print $2}') on $(df "$(dirname "$DATA")" | awk 'NR==2 {print $1}')"
	echo "- JDK: $(java -version 2>&1 | head -1)"
	echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.md"
cat "$OUT/machine.md"
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg)"; }

# 1. record path (JMH): the baseline and every candidate without flags in one run, then the ones with flags
if [[ "$STEPS" == *" jmh "* ]]; then
	rm -f "$OUT"/record-*.json "$OUT"/record-*.log
	plain=$(for s in $STORES; do [[ -z "$(flags "$s")" ]] && printf '%s,' "$s"; done; true)
	echo "=== record path: baseline, ${plain%,} ($(load))"
	java -jar "$JAR" 'JournalStorageBenchmark' -p store="${plain%,}" $JMH \
		-rf json -rff "$OUT/record-plain.json" > "$OUT/record-plain.log"
	for s in $STORES; do
		[[ -z "$(flags "$s")" ]] && continue
		echo "=== record path: $s ($(load))"
		java -jar "$JAR" 'JournalStorageBenchmark.append' -p store="$s" $JMH -jvmArgsAppend "$(flags "$s")" \
			-rf json -rff "$OUT/record-$s.json" > "$OUT/record-$s.log"
	done
	echo "=== record path done ($(load))"
fi

# 2-3. N events written by one process and closed; files measured; recovered by new processes; settled
C=co.monigo.benchmarks.journal.JournalStorageComparison
touch "$OUT/store.log"
[[ "$STEPS" == *" store "* ]] && : > "$OUT/store.log"
[[ "$STEPS" == *" store "* ]] && for s in $STORES; do
	dir="$DATA/$s"
	rm -rf "$dir"
	echo "=== $s: write $EVENTS ($(load))" | tee -a "$OUT/store.log"
	# shellcheck disable=SC2046
	java -Xmx1g $(flags "$s") -cp "$JAR" $C write "$s" typical "$EVENTS" "$dir" 2>&1 | grep RESULT | tee -a "$OUT/store.log"
	echo "RESULT phase=size store=$s apparent_bytes=$(du -sb "$dir" | cut -f1) allocated_bytes=$(du -s --block-size=1 "$dir" | cut -f1) files=$(find "$dir" -type f | wc -l)" | tee -a "$OUT/store.log"
	find "$dir" -type f -printf '%s %p\n' > "$OUT/files-$s.txt"
	for round in 1 2 3; do
		# shellcheck disable=SC2046
		java -Xmx1g $(flags "$s") -cp "$JAR" $C recover "$s" "$dir" 2>&1 | grep RESULT | tee -a "$OUT/store.log"
	done
	if [[ "$s" != chronicle ]]; then
		# shellcheck disable=SC2046
		java -Xmx1g $(flags "$s") -cp "$JAR" $C settle "$s" "$dir" 5 $((EVENTS / 10)) 2>&1 | grep RESULT | tee -a "$OUT/store.log"
	fi
	rm -rf "$dir"
done

# 4. the write path again outside JMH, with CPU time per append (the appending thread's, the whole
# process's): per candidate and event, one process, 6 rounds of a fresh store, ROUND_EVENTS distinct
# events each (or as many as 5 s allow); the first round is warm-up
[[ "$STEPS" == *" rounds "* ]] && for s in $STORES; do
	for shape in typical five; do
		echo "=== $s: rounds, $shape ($(load))" | tee -a "$OUT/store.log"
		# shellcheck disable=SC2046
		java -Xmx1g $(flags "$s") -cp "$JAR" $C rounds "$s" "$shape" "$ROUND_EVENTS" 6 "$DATA/$s-rounds" 2>&1 \
			| grep RESULT | tee -a "$OUT/store.log"
		rm -rf "$DATA/$s-rounds"
	done
done
# 5. (not by default) the libraries written behind the record path instead: 1,000 events per transaction
# or write batch, as a dispatcher would write them (a kill -9 then loses what was not written yet)
[[ "$STEPS" == *" batches "* ]] && for s in $STORES; do
	[[ "$s" == journal || "$s" == chronicle || "$s" == mvstore-autocommit ]] && continue
	echo "=== $s: batches of 1000 ($(load))" | tee -a "$OUT/store.log"
	# shellcheck disable=SC2046
	java -Xmx1g $(flags "$s") -cp "$JAR" $C rounds "$s" typical "$ROUND_EVENTS" 6 "$DATA/$s-batches" 1000 2>&1 \
		| grep RESULT | tee -a "$OUT/store.log"
	rm -rf "$DATA/$s-batches"
done
echo "=== done ($(load))" | tee -a "$OUT/store.log"
python3 benchmarks/scripts/journal_storage_table.py "$OUT" > "$OUT/results.md"
cat "$OUT/results.md"

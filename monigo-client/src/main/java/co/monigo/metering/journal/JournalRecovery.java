package co.monigo.metering.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What opening a journal found of an earlier run: records still to deliver, damaged stretches skipped,
 * and the time of the oldest record still to deliver.
 *
 * @param unsettled records left unsettled, to deliver
 * @param damaged damaged stretches found and skipped (a record cut by a crash, a flipped byte)
 * @param oldestMillis the time of the oldest unsettled record (epoch milliseconds), {@link Long#MAX_VALUE}
 * when none
 */
public record JournalRecovery(long unsettled, long damaged, long oldestMillis) {

	/**
	 * Scans the segment files in the directory, keeping (into {@code segments}) those with unsettled
	 * records and deleting the others.
	 */
	static JournalRecovery recover(Path directory, Map<Integer, Segment> segments) throws IOException {
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter((path) -> SegmentKeeper.idOf(path) > 0 && Files.isRegularFile(path)).sorted().toList();
		}
		long unsettled = 0;
		long damaged = 0;
		long oldest = Long.MAX_VALUE;
		for (Path path : files) {
			Segment segment = Segment.open(path, SegmentKeeper.idOf(path));
			SegmentScan.Result result = segment.hasValidHeader() ? SegmentScan.scan(segment)
					: new SegmentScan.Result(segment.capacity(), 0, 1, Long.MAX_VALUE);
			unsettled += result.unsettled();
			damaged += result.damaged();
			oldest = Math.min(oldest, result.oldestMillis());
			if (result.unsettled() == 0) {
				segment.delete();
				continue;
			}
			segment.limit(result.end());
			segment.countUnsettled(result.unsettled());
			segments.put(segment.id(), segment);
		}
		return new JournalRecovery(unsettled, damaged, oldest);
	}

}

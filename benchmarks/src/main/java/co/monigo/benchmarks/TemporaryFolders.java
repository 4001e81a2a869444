package co.monigo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders the benchmarks write journals and stores into, and delete when they are done.
 */
public final class TemporaryFolders {

	private TemporaryFolders() {
	}

	/** A new, empty folder in the system's temporary folder. */
	public static Path create(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** Deletes the folder and everything in it; nothing when it does not exist. */
	public static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}

package co.monigo.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java snippets are the ones in this package, so they compile (and run, where they can)
 * as printed and cannot drift: every {@code ```java} block of the README must be, character for
 * character (tabs read as four spaces), a region between {@code // tag::name[]} and
 * {@code // end::name[]} in a file under {@code src/test/java/co/monigo/readme}, and every region must
 * be in the README. To add a snippet, write it there between tags and paste the region into the README.
 */
class ReadmeSnippetsTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path SNIPPETS = Path.of("src", "test", "java", "co", "monigo", "readme");

	private static final Pattern JAVA_BLOCK = Pattern.compile("^```java\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);

	private static final Pattern REGION = Pattern
		.compile("^[ \\t]*// tag::([\\w-]+)\\[]\\n(.*?)^[ \\t]*// end::\\1\\[]$", Pattern.DOTALL | Pattern.MULTILINE);

	@Test
	void everyJavaBlockOfTheReadmeIsATestedSnippet() throws IOException {
		Map<String, String> regions = regions();

		assertThat(readmeBlocks()).isNotEmpty().allSatisfy((block) -> assertThat(regions).as(
				"no tagged region in %s holds this README block; add it there between // tag::name[] and // end::name[]",
				SNIPPETS)
			.containsValue(block));
	}

	@Test
	void everySnippetIsInTheReadme() throws IOException {
		List<String> blocks = readmeBlocks();

		assertThat(regions()).isNotEmpty()
			.allSatisfy((name, region) -> assertThat(blocks).as("README block for the snippet '%s'", name)
				.contains(region));
	}

	private static List<String> readmeBlocks() throws IOException {
		List<String> blocks = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
		while (block.find()) {
			blocks.add(normalized(block.group(1)));
		}
		return blocks;
	}

	private static Map<String, String> regions() throws IOException {
		Map<String, String> regions = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(SNIPPETS)) {
			files.filter((file) -> file.toString().endsWith(".java")).sorted().forEach((file) -> {
				Matcher region = REGION.matcher(read(file));
				while (region.find()) {
					String name = file.getFileName() + "#" + region.group(1);
					regions.put(name, normalized(dedented(region.group(2))));
				}
			});
		}
		return regions;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static String dedented(String text) {
		List<String> lines = text.replace("\t", "    ").lines().toList();
		int indent = lines.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt((line) -> line.length() - line.stripLeading().length())
			.min()
			.orElse(0);
		return String.join("\n", lines.stream().map((line) -> line.isBlank() ? "" : line.substring(indent)).toList());
	}

	private static String normalized(String text) {
		return String.join("\n", text.replace("\t", "    ").lines().map(String::stripTrailing).toList()).strip();
	}

}

package co.monigo.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantSerializerTests {

	private static final long LAST_FOUR_DIGIT_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

	@Test
	void theClientsMapperWritesInstantsWithIt() {
		assertThat(MonigoJson.mapper()._serializationContext().findValueSerializer(Instant.class))
			.isInstanceOf(IsoInstantSerializer.class);
	}

	@Test
	void writesEveryInstantAsInstantToStringDoes() {
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < 200_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(0, LAST_FOUR_DIGIT_SECOND + 1),
					nanosOfEachPrecision(random));
			assertThat(write(instant)).isEqualTo(quoted(instant));
		}
	}

	@Test
	void writesTheEdgesOfTheFastPathAndBeyondIt() {
		List<Instant> edges = List.of(Instant.EPOCH, Instant.ofEpochSecond(0, 1), Instant.ofEpochSecond(-1, 999_999_999),
				Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
				Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX,
				Instant.parse("2026-02-01T10:00:00.100Z"), Instant.parse("2026-02-01T10:00:00.000100Z"),
				Instant.parse("2026-02-01T10:00:00.000000100Z"));
		for (Instant instant : edges) {
			assertThat(write(instant)).isEqualTo(quoted(instant));
		}
	}

	@Test
	void aNewSecondReplacesTheCachedDateAndTime() {
		Instant first = Instant.parse("2026-02-01T10:00:59.999Z");
		Instant next = Instant.parse("2026-02-01T10:01:00.001Z");

		assertThat(List.of(write(first), write(next), write(first))).containsExactly(quoted(first), quoted(next),
				quoted(first));
	}

	private static int nanosOfEachPrecision(SplittableRandom random) {
		return switch (random.nextInt(4)) {
			case 0 -> 0;
			case 1 -> random.nextInt(1000) * 1_000_000;
			case 2 -> random.nextInt(1_000_000) * 1_000;
			default -> random.nextInt(1_000_000_000);
		};
	}

	private static String write(Instant instant) {
		return new String(MonigoJson.write(instant), StandardCharsets.UTF_8);
	}

	private static String quoted(Instant instant) {
		return "\"" + instant + "\"";
	}

}

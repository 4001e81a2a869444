package co.monigo.test.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Ids as Monigo issues them (random UUIDs), and the other random values the emulator hands out (portal
 * tokens, account numbers).
 */
final class Ids {

	/** The one organisation every key of the emulator belongs to. */
	static final String ORG_ID = "00000000-0000-4000-8000-00000000e1a7";

	private static final SecureRandom random = new SecureRandom();

	private Ids() {
	}

	/** A random (version 4) UUID, as Monigo's ids are. */
	static String uuid() {
		return UUID.randomUUID().toString();
	}

	/** The same (version 3, name-based) UUID for the same parts: an id for something computed, not stored. */
	static String uuidOf(String... parts) {
		return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** {@code bytes} random bytes as lower-case hex: twice as many characters. */
	static String hex(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

	/** {@code length} random decimal digits. */
	static String digits(int length) {
		StringBuilder digits = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

}

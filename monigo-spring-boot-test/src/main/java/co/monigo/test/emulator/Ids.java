package co.monigo.test.emulator;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random ids in Monigo's style ({@code cus_<random>}), and the other random values the emulator hands
 * out (portal tokens, account numbers).
 */
final class Ids {

	static final String ORG_ID = "org_emulator";

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom random = new SecureRandom();

	private Ids() {
	}

	/** {@code prefix_} followed by 20 random lower-case letters and digits. */
	static String next(String prefix) {
		StringBuilder id = new StringBuilder(prefix.length() + 21).append(prefix).append('_');
		for (int i = 0; i < 20; i++) {
			id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return id.toString();
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

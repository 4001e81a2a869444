package co.monigo.test.emulator;

import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * One registered fault: which requests it hits (method and path, when given, then its selector) and
 * what it does to them. Thread-safe: a decision is atomic, so counts and seeded sequences stay exact
 * under concurrent requests.
 */
final class FaultRule {

	private final Selector selector;

	private final @Nullable String method;

	private final @Nullable String path;

	private final FaultAction action;

	FaultRule(Selector selector, @Nullable String method, @Nullable String path, FaultAction action) {
		this.selector = selector;
		this.method = method;
		this.path = path;
		this.action = action;
	}

	/** Whether this rule hits the request; a hit counts against a limited rule. */
	synchronized boolean hits(String method, String path) {
		if (this.method != null && !this.method.equalsIgnoreCase(method)) {
			return false;
		}
		if (this.path != null && !this.path.equals(path)) {
			return false;
		}
		return this.selector.select();
	}

	FaultAction action() {
		return this.action;
	}

	/** Chooses, among the requests a rule matches, those it hits. Called under the rule's lock. */
	interface Selector {

		boolean select();

		/** The next {@code count} requests. */
		static Selector next(int count) {
			int[] remaining = { count };
			return () -> {
				if (remaining[0] == 0) {
					return false;
				}
				remaining[0]--;
				return true;
			};
		}

		static Selector always() {
			return () -> true;
		}

		/** Each request with probability {@code fraction}, from a sequence fixed by {@code seed}. */
		static Selector fraction(double fraction, long seed) {
			Random random = new Random(seed);
			return () -> random.nextDouble() < fraction;
		}

		/** The n-th, 2n-th, 3n-th... request. */
		static Selector everyNth(int n) {
			long[] seen = { 0 };
			return () -> ++seen[0] % n == 0;
		}

	}

}

package co.monigo.test.emulator;

import org.jspecify.annotations.Nullable;

/**
 * How to start a {@link MonigoEmulator}: where it listens, whether a customer may hold several active
 * subscriptions of one plan type, and data to start with. Not thread-safe; each {@link #start()} starts a new emulator.
 *
 * <pre>{@code
 * MonigoEmulator emulator = MonigoEmulator.builder().port(12111).severalActiveSubscriptions(true).start();
 * }</pre>
 */
public final class MonigoEmulatorBuilder {

	private String host = "127.0.0.1";

	private int port;

	private boolean severalActiveSubscriptions;

	private byte @Nullable [] seed;

	MonigoEmulatorBuilder() {
	}

	/** The address to listen on; 127.0.0.1 by default ({@code 0.0.0.0} to be reached from elsewhere). */
	public MonigoEmulatorBuilder host(String host) {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("host must not be blank");
		}
		this.host = host;
		return this;
	}

	/** The port to listen on, 1 to 65535; 0 (the default) for a random free port. */
	public MonigoEmulatorBuilder port(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
		}
		this.port = port;
		return this;
	}

	/**
	 * Whether a customer may hold several active subscriptions of one plan type, as Monigo's own example
	 * programs do. Off by default: the pricing guide's rule, one per plan type, and 409 for a second.
	 */
	public MonigoEmulatorBuilder severalActiveSubscriptions(boolean allowed) {
		this.severalActiveSubscriptions = allowed;
		return this;
	}

	/**
	 * Customers, metrics and plans to load into test mode at start and again at every
	 * {@linkplain MonigoEmulator#reset() reset}; see {@link MonigoEmulator#seed(byte[])} for the shape.
	 */
	public MonigoEmulatorBuilder seed(byte[] json) {
		this.seed = json.clone();
		return this;
	}

	/**
	 * Starts the emulator; {@link MonigoEmulator#close()} it when done.
	 * @throws IllegalArgumentException if the seed is refused, naming the item at fault
	 * @throws RuntimeException if the port cannot be bound (already in use, for one)
	 */
	public MonigoEmulator start() {
		return MonigoEmulator.start(this);
	}

	String host() {
		return this.host;
	}

	int port() {
		return this.port;
	}

	boolean severalActiveSubscriptions() {
		return this.severalActiveSubscriptions;
	}

	byte @Nullable [] seed() {
		return this.seed;
	}

}

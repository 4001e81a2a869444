package co.monigo.metering.journal;

/**
 * The journal cannot be opened: its directory is not usable, or another process holds it.
 */
public class JournalException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public JournalException(String message, Throwable cause) {
		super(message, cause);
	}

	public JournalException(String message) {
		super(message);
	}

}

package co.monigo.metering;

import java.util.List;

/**
 * A metering setting has a value it cannot take. Carries the setting's name (as in
 * {@code monigo.metering.*}, without the prefix: {@code batch-size}, {@code journal.max-size}) and the
 * problem, so a caller can name the property to fix without reading the message.
 */
public class InvalidSettingException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String setting;

	private final String problem;

	private final List<String> related;

	/**
	 * @param related other settings the problem names, so a caller can name them as it names the setting
	 */
	public InvalidSettingException(String setting, String problem, String... related) {
		super(setting + " " + problem);
		this.setting = setting;
		this.problem = problem;
		this.related = List.of(related);
	}

	/** The setting's name, e.g. {@code batch-size}. */
	public String setting() {
		return this.setting;
	}

	/** What is wrong with the value, e.g. {@code must be at most 1000, was 5000}. */
	public String problem() {
		return this.problem;
	}

	/** Other settings the problem names, e.g. {@code retry.initial-backoff}. */
	public List<String> related() {
		return this.related;
	}

}

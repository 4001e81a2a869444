package co.monigo.spring.boot.metering.http;

/**
 * A range of response status codes whose requests a rule counts.
 *
 * @param from the first status in the range
 * @param to the last status in the range
 */
public record StatusRange(int from, int to) {

	/** Every 2xx status: what a rule counts unless told otherwise. */
	public static final StatusRange SUCCESSFUL = new StatusRange(200, 299);

	/**
	 * Reads {@code 2xx} (a class of statuses), {@code 404} (one status) or {@code 400-429} (a range).
	 * @throws IllegalArgumentException if the text is none of these
	 */
	public static StatusRange parse(String text) {
		String range = text.strip().toLowerCase(java.util.Locale.ROOT);
		if (range.matches("[1-5]xx")) {
			int first = (range.charAt(0) - '0') * 100;
			return new StatusRange(first, first + 99);
		}
		if (range.matches("\\d{3}")) {
			int status = Integer.parseInt(range);
			return new StatusRange(status, status);
		}
		if (range.matches("\\d{3}-\\d{3}")) {
			StatusRange parsed = new StatusRange(Integer.parseInt(range.substring(0, 3)),
					Integer.parseInt(range.substring(4)));
			if (parsed.from <= parsed.to) {
				return parsed;
			}
		}
		throw new IllegalArgumentException("is '" + text + "', not a status range: use a class such as 2xx, "
				+ "a status such as 404, or a range such as 400-429");
	}

	/** Whether the status is in the range. */
	public boolean contains(int status) {
		return status >= this.from && status <= this.to;
	}

}

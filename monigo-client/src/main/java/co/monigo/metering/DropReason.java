package co.monigo.metering;

import java.util.Locale;

/**
 * Why a recorded event was not delivered, as the {@code reason} tag of {@code monigo.events.dropped}.
 */
public enum DropReason {

	/** The buffer was full under {@link OverflowPolicy#DROP_NEW}. */
	QUEUE_FULL,

	/** The buffer stayed full for the whole bound under {@link OverflowPolicy#BLOCK}. */
	BLOCK_TIMEOUT,

	/** The event was still pending when the shutdown timeout ran out. */
	SHUTDOWN,

	/** The event was recorded after the recorder stopped. */
	STOPPED,

	/** Metering is disabled ({@code monigo.enabled=false}): counted, never sent. */
	DISABLED;

	/** The tag value: lower case, e.g. {@code queue_full}. */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}

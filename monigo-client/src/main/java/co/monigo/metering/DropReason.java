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

	/** The event was still pending, or held by a {@link HoldingStage}, when the shutdown timeout ran out. */
	SHUTDOWN,

	/** The event was recorded after the recorder stopped. */
	STOPPED,

	/**
	 * The event waited in front of the recorder for its customer's Monigo id (the mapping of the
	 * application's own customer ids) and was given up on: too many events were already waiting, or the
	 * id found was refused. Comes from a {@link HoldingStage}; the event is dead-lettered with the
	 * application's customer id.
	 */
	CUSTOMER_UNRESOLVED,

	/** Metering is disabled ({@code monigo.enabled=false}): counted, never sent. */
	DISABLED;

	/** The tag value: lower case, e.g. {@code queue_full}. */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}

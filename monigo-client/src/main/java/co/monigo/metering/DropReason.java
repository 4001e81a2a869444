package co.monigo.metering;

import java.util.Locale;

/**
 * Why a recorded event was not delivered, as the {@code reason} tag of {@code monigo.events.dropped}.
 */
public enum DropReason {

	/** The in-memory buffer was full under {@link OverflowPolicy#DROP_NEW} (the journal is off). */
	QUEUE_FULL,

	/** The journal was at its maximum size ({@code monigo.metering.journal.max-size}). */
	JOURNAL_FULL,

	/** The journal could not be written (a full disk, an I/O error); health shows why. */
	JOURNAL_UNWRITABLE,

	/** A journal record from an earlier run was intact but no longer a usage event this version can read. */
	JOURNAL_CORRUPT,

	/** The event could not be written as JSON when its batch was formed (the journal is off). */
	UNSERIALIZABLE,

	/** The buffer stayed full for the whole bound under {@link OverflowPolicy#BLOCK}. */
	BLOCK_TIMEOUT,

	/**
	 * The event was still pending (not on its way: its outcome is not in doubt), or held by a
	 * {@link HoldingStage}, when the shutdown timeout ran out and the journal is off.
	 */
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

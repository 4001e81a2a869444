package co.monigo.metering;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.IngestEvent;

/**
 * Where recorded events wait between {@code record()} and their settlement: in memory only, or in the
 * journal on disk with a window of them in memory. Events are taken in the order they were added.
 */
interface PendingEvents extends AutoCloseable {

	/**
	 * Prepares an event before it counts as recorded: the journal writes its JSON here.
	 * @throws IllegalArgumentException if the event cannot be written as JSON
	 */
	Pending prepare(IngestEvent event);

	/** Takes the event in; null when taken, otherwise why it could not be. Never blocks past its bound. */
	@Nullable DropReason add(Pending pending);

	/** Events added (or recovered) and not taken yet. */
	long available();

	/** How many events were taken so far, recovered ones included: the sequence of the next one. */
	long taken();

	/** How many events were added so far, recovered ones included. */
	long added();

	/**
	 * Takes up to {@code max} events, oldest first; for a journal record that is intact but no event this
	 * version can read, it settles the record and runs {@code unreadable}. Called by the dispatcher only.
	 */
	void take(List<Pending> into, int max, Runnable unreadable);

	/** The event left the pipeline (acknowledged or given up on): it is not to be delivered again. */
	void settled(Pending pending);

	/** The time of the oldest event not taken yet, or {@link Instant#MAX}. */
	Instant oldestUntaken();

	/** Whether events survive the process: what is not settled at shutdown stays for the next start. */
	boolean isDurable();

	/**
	 * Starts taking again from the oldest unsettled event, after the dispatcher stopped with events
	 * taken but not settled. Only a durable store has them still.
	 */
	void rewind();

	/** Hands over every event not taken yet, removing it; a durable store keeps them and hands none. */
	void removeUntaken(Consumer<Pending> each);

	/** The journal's state, or null when events are kept in memory only. */
	@Nullable JournalStatus journalStatus();

	@Override
	void close();

}

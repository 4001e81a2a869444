package co.monigo.metering;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.IngestEvent;

/**
 * A recorded event on its way: the event, its JSON as it will be sent (written at record time when
 * journaled, when its batch is formed otherwise), and its place in the journal.
 *
 * @param event the event, stamped
 * @param json the event's JSON, or null until its batch is formed
 * @param position the journal record's position, or {@link #NO_POSITION}
 */
record Pending(IngestEvent event, byte @Nullable [] json, long position) {

	static final long NO_POSITION = -1;

	Pending withJson(byte[] written) {
		return new Pending(this.event, written, this.position);
	}

}

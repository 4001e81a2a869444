package co.monigo.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where an event replay job is.
 */
public enum ReplayStatus {

	PENDING,

	PROCESSING,

	COMPLETED,

	/** Stopped; the job's {@code errorMessage} says why. */
	FAILED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** Whether the job is over ({@code completed} or {@code failed}), so polling it can stop. */
	public boolean isFinished() {
		return this == COMPLETED || this == FAILED;
	}

}

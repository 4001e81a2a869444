package co.monigo.client.model;

import java.util.List;

/**
 * The answer to an ingest: the idempotency keys of the events stored now, and of those the server
 * already had (not stored again). A duplicate was delivered before, so it is not an error.
 */
public record IngestResult(List<String> ingested, List<String> duplicates) {

	public IngestResult {
		ingested = (ingested != null) ? List.copyOf(ingested) : List.of();
		duplicates = (duplicates != null) ? List.copyOf(duplicates) : List.of();
	}

}

package co.monigo.test.emulator;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import co.monigo.client.model.Alert;

/**
 * The alerts of one mode: the live ones, the soft-deleted ids, and which thresholds have fired for
 * which customer, so each fires once. Guarded by the mode store's monitor, like the rest of its data.
 */
final class AlertBook {

	private final Map<String, Alert> alerts = new LinkedHashMap<>();

	private final Set<String> deleted = new HashSet<>();

	private final Set<String> fired = new HashSet<>();

	void put(Alert alert) {
		this.alerts.put(alert.id(), alert);
	}

	/** The alert, unless it does not exist or was deleted: 404. */
	Alert get(String id) {
		Alert alert = this.alerts.get(id);
		if (alert == null) {
			throw ApiError.notFound("alert", id);
		}
		return alert;
	}

	/** Soft delete: kept apart, no longer listed, read or evaluated. */
	void delete(String id) {
		get(id);
		this.alerts.remove(id);
		this.deleted.add(id);
	}

	List<Alert> all() {
		return List.copyOf(this.alerts.values());
	}

	@Nullable Alert sameScope(Alert candidate) {
		return this.alerts.values()
			.stream()
			.filter((alert) -> alert.type() == candidate.type() && alert.scope() == candidate.scope()
					&& alert.scopeId().equals(candidate.scopeId()))
			.findFirst()
			.orElse(null);
	}

	/** Records that a threshold fired for a customer; false when it had already. */
	boolean fire(String alertId, String customerId, String threshold) {
		return this.fired.add(alertId + "|" + customerId + "|" + threshold);
	}

	void clear() {
		this.alerts.clear();
		this.deleted.clear();
		this.fired.clear();
	}

}

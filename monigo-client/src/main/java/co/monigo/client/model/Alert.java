package co.monigo.client.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * An alert on usage, cost or a wallet's balance, over a plan, a subscription or a customer. Monigo's
 * reference does not type the alert object: these are the fields of its create request plus the usual
 * id, organisation, state and timestamps, read tolerantly ({@code enabled} also from {@code is_enabled}
 * or {@code is_active}).
 *
 * @param scopeId the id of the plan, subscription or customer of {@code scope}
 * @param metricId the metric a usage alert watches
 * @param currency the currency of a cost or balance alert
 * @param enabled whether the alert is evaluated; a disabled alert keeps its thresholds
 */
public record Alert(String id, @Nullable String orgId, AlertType type, AlertScope scope, String scopeId,
		@Nullable String metricId, @Nullable String currency, List<AlertThreshold> thresholds,
		boolean requireAcknowledgment, @JsonAlias({ "is_enabled", "is_active" }) boolean enabled,
		@Nullable Instant createdAt, @Nullable Instant updatedAt) {

	public Alert {
		thresholds = (thresholds != null) ? List.copyOf(thresholds) : List.of();
	}

}

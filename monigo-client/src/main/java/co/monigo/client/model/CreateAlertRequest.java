package co.monigo.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of an alert creation. Start with {@link #of(AlertType, AlertScope, String, List)}; add the
 * metric (usage alerts), the currency (cost and balance alerts) and acknowledgment with the {@code with}
 * methods. Monigo allows one alert per scope: a second answers 409.
 */
public record CreateAlertRequest(AlertType type, AlertScope scope, String scopeId, @Nullable String metricId,
		@Nullable String currency, List<AlertThreshold> thresholds, @Nullable Boolean requireAcknowledgment) {

	public CreateAlertRequest {
		Checks.requireKnown(type, "type");
		Checks.requireKnown(scope, "scope");
		Checks.requireText(scopeId, "scope_id");
		if (Checks.requireValue(thresholds, "thresholds").isEmpty()) {
			throw new IllegalArgumentException("thresholds must hold at least one threshold");
		}
		thresholds = List.copyOf(thresholds);
	}

	public static CreateAlertRequest of(AlertType type, AlertScope scope, String scopeId,
			List<AlertThreshold> thresholds) {
		return new CreateAlertRequest(type, scope, scopeId, null, null, thresholds, null);
	}

	public CreateAlertRequest withMetricId(String metricId) {
		return new CreateAlertRequest(this.type, this.scope, this.scopeId, Checks.requireText(metricId, "metric_id"),
				this.currency, this.thresholds, this.requireAcknowledgment);
	}

	public CreateAlertRequest withCurrency(String currency) {
		return new CreateAlertRequest(this.type, this.scope, this.scopeId, this.metricId,
				Checks.requireText(currency, "currency"), this.thresholds, this.requireAcknowledgment);
	}

	/** Whether each notification must be acknowledged before the next one of the alert is sent. */
	public CreateAlertRequest withRequireAcknowledgment(boolean requireAcknowledgment) {
		return new CreateAlertRequest(this.type, this.scope, this.scopeId, this.metricId, this.currency,
				this.thresholds, requireAcknowledgment);
	}

}

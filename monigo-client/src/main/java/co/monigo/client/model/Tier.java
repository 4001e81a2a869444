package co.monigo.client.model;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One tier: units up to {@code upTo} (inclusive; null for the open-ended last tier) at
 * {@code unitAmount} each.
 */
public record Tier(@Nullable Long upTo, BigDecimal unitAmount) {

	public static Tier upTo(long upTo, String unitAmount) {
		return new Tier(upTo, new BigDecimal(unitAmount));
	}

	public static Tier rest(String unitAmount) {
		return new Tier(null, new BigDecimal(unitAmount));
	}

}

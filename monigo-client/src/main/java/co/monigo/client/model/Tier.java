package co.monigo.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One tier: units up to {@code upTo} (inclusive; null for the open-ended last tier) at
 * {@code unitAmount} each. {@code up_to} is always written, as {@code null} for the last tier, as the API
 * asks ("last up_to must be null") rather than leaving the server to read an absent field as null.
 */
public record Tier(@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long upTo, BigDecimal unitAmount) {

	public static Tier upTo(long upTo, String unitAmount) {
		return new Tier(upTo, new BigDecimal(unitAmount));
	}

	public static Tier rest(String unitAmount) {
		return new Tier(null, new BigDecimal(unitAmount));
	}

}

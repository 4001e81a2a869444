package co.monigo.sample.billing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import co.monigo.client.model.BillingPeriod;
import co.monigo.client.model.CreatePlanRequest;
import co.monigo.client.model.CreatePriceRequest;
import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.Metric;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.Tier;

/**
 * The three monthly plans the API sells, in naira; each charges both requests and tokens.
 */
public enum SamplePlan {

	/** Flat: 2.00 a request and 0.05 a token. */
	STARTER("Sample Starter", "flat: 2.00 a request, 0.05 a token") {
		@Override
		List<CreatePriceRequest> prices(Metric requests, Metric tokens) {
			return List.of(flat(requests, "2.00"), flat(tokens, "0.05"));
		}
	},

	/** Tiered tokens: 1.00 a request; tokens 0.40 each up to 20, 0.20 up to 60, 0.10 beyond. */
	GROWTH("Sample Growth", "tiered: 1.00 a request; tokens 0.40 up to 20, 0.20 up to 60, 0.10 beyond") {
		@Override
		List<CreatePriceRequest> prices(Metric requests, Metric tokens) {
			return List.of(flat(requests, "1.00"), CreatePriceRequest.of(tokens.id(), PriceModel.TIERED)
				.withTiers(GraduatedTiers.of(Tier.upTo(20, "0.40"), Tier.upTo(60, "0.20"), Tier.rest("0.10"))));
		}
	},

	/**
	 * Overage: 50.00 covers 5 requests, then 3.00 a request; 20.00 covers 40 tokens, then 0.15 a token.
	 */
	SCALE("Sample Scale", "overage: 50.00 with 5 requests, then 3.00 each; 20.00 with 40 tokens, then 0.15 each") {
		@Override
		List<CreatePriceRequest> prices(Metric requests, Metric tokens) {
			return List.of(overage(requests, 5, "50.00", "3.00"), overage(tokens, 40, "20.00", "0.15"));
		}
	};

	private static final String CURRENCY = "NGN";

	private final String planName;

	private final String pricing;

	SamplePlan(String planName, String pricing) {
		this.planName = planName;
		this.pricing = pricing;
	}

	/** The plan's key in this API, e.g. {@code starter}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The plan's name in Monigo. */
	public String planName() {
		return this.planName;
	}

	/** The pricing in a few words. */
	public String pricing() {
		return this.pricing;
	}

	/** The plan whose {@link #key()} this is. */
	public static Optional<SamplePlan> ofKey(String key) {
		return Arrays.stream(values()).filter((plan) -> plan.key().equals(key)).findFirst();
	}

	/** The request creating this plan in Monigo, pricing the two metrics. */
	CreatePlanRequest createRequest(Metric requests, Metric tokens) {
		return CreatePlanRequest.of(this.planName)
			.withDescription(this.pricing)
			.withCurrency(CURRENCY)
			.withBillingPeriod(BillingPeriod.MONTHLY)
			.withPrices(prices(requests, tokens));
	}

	abstract List<CreatePriceRequest> prices(Metric requests, Metric tokens);

	private static CreatePriceRequest flat(Metric metric, String unitPrice) {
		return CreatePriceRequest.of(metric.id(), PriceModel.FLAT_UNIT).withUnitPrice(new BigDecimal(unitPrice));
	}

	private static CreatePriceRequest overage(Metric metric, long includedUnits, String basePrice,
			String overagePrice) {
		return CreatePriceRequest.of(metric.id(), PriceModel.OVERAGE)
			.withTiers(new OverageTiers(includedUnits, new BigDecimal(basePrice), new BigDecimal(overagePrice)));
	}

}

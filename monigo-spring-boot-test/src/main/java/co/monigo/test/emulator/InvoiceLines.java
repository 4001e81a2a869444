package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.monigo.client.model.GraduatedTiers;
import co.monigo.client.model.InvoiceLineItem;
import co.monigo.client.model.Metric;
import co.monigo.client.model.OverageTiers;
import co.monigo.client.model.PackageTiers;
import co.monigo.client.model.Price;
import co.monigo.client.model.Tier;
import co.monigo.pricing.Charge;
import co.monigo.pricing.ChargeLine;

/**
 * The lines of one price on an invoice, as Monigo's pricing guide shows them: flat as quantity × unit
 * price; tiered and weighted_tiered as one line per tier reached ({@code Tier 1 (1 – 1 000)}); volume
 * as one line at the rate of the tier the whole usage falls in; package as bundles × the bundle price;
 * overage as an included line (the base price, once) and an overage line (units beyond × the overage
 * price, 0 within the allowance). Each line's quantity and unit price come from the
 * {@link co.monigo.pricing.PricingCalculator}'s exact breakdown, the unit price always the price's own
 * rate, so quantity × unit price is the exact amount, which is then {@linkplain Money#rounded rounded
 * once} to the currency's minor unit. Descriptions start with the metric's name.
 */
final class InvoiceLines {

	private InvoiceLines() {
	}

	/** A line before it has ids: what it charges, its quantity, rate and exact amount. */
	record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal exactAmount) {
	}

	/** The lines of a price whose charge the calculator computed (so its tiers have the model's shape). */
	static List<Line> of(Metric metric, Price price, Charge charge) {
		String name = metric.name();
		List<ChargeLine> parts = charge.lines();
		return switch (charge.model()) {
			case TIERED, WEIGHTED_TIERED -> perTier(name, tiers(price), parts);
			case VOLUME -> List.of(line(name + ", " + tierLabel(tiers(price), volumeTier(tiers(price), charge.usage()))
					+ ", all units", parts.get(0)));
			case PACKAGE -> List.of(line(name + ", bundles of " + grouped(((PackageTiers) price.tiers()).packageSize())
					+ " (" + grouped(charge.usage()) + " units)", parts.get(0)));
			case OVERAGE -> overage(name, (OverageTiers) price.tiers(), charge.usage(), parts);
			default -> List.of(line(name, parts.get(0)));
		};
	}

	private static List<Tier> tiers(Price price) {
		return ((GraduatedTiers) price.tiers()).tiers();
	}

	private static List<Line> perTier(String name, List<Tier> tiers, List<ChargeLine> parts) {
		List<Line> lines = new ArrayList<>(parts.size());
		for (int index = 0; index < parts.size(); index++) {
			lines.add(line(name + ", " + tierLabel(tiers, index), parts.get(index)));
		}
		return lines;
	}

	private static List<Line> overage(String name, OverageTiers tiers, BigDecimal usage, List<ChargeLine> parts) {
		BigDecimal included = BigDecimal.valueOf(tiers.includedUnits());
		Line base = line(name + ", included: up to " + grouped(included) + " units (" + grouped(usage.min(included))
				+ " used)", parts.get(0));
		String beyondLabel = name + ", overage beyond " + grouped(included) + " units";
		Line beyond = (parts.size() > 1) ? line(beyondLabel, parts.get(1))
				: new Line(beyondLabel, BigDecimal.ZERO, tiers.overagePrice(), BigDecimal.ZERO);
		return List.of(base, beyond);
	}

	private static Line line(String description, ChargeLine part) {
		return new Line(description, part.units(), part.rate(), part.amount());
	}

	/** {@code Tier 2 (1 001 – 10 000)}, or {@code Tier 3 (10 001 and above)} for the open-ended one. */
	static String tierLabel(List<Tier> tiers, int index) {
		long from = (index == 0) ? 1 : tiers.get(index - 1).upTo() + 1;
		Long upTo = tiers.get(index).upTo();
		String range = (upTo != null) ? grouped(from) + " \u2013 " + grouped(upTo) : grouped(from) + " and above";
		return "Tier " + (index + 1) + " (" + range + ")";
	}

	private static int volumeTier(List<Tier> tiers, BigDecimal usage) {
		int index = 0;
		while (tiers.get(index).upTo() != null && usage.compareTo(BigDecimal.valueOf(tiers.get(index).upTo())) > 0) {
			index++;
		}
		return index;
	}

	private static String grouped(long number) {
		return grouped(BigDecimal.valueOf(number));
	}

	/** Digits grouped by three with a space, as the guide writes them: {@code 12 000}, {@code 2.5}. */
	static String grouped(BigDecimal number) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(' ');
		return new DecimalFormat("#,##0.######", symbols).format(number);
	}

	/** The line as the invoice carries it, its amount rounded once to the currency's minor unit. */
	static InvoiceLineItem item(Line line, String invoiceId, Metric metric, Price price,
			String currency, Instant now) {
		return new InvoiceLineItem(Ids.uuid(), invoiceId, metric.id(), price.id(),
				line.description(), line.quantity(), line.unitPrice(), Money.rounded(line.exactAmount(), currency), now);
	}

}

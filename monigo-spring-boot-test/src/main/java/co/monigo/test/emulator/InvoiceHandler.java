package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceLineItem;
import co.monigo.client.model.InvoiceStatus;
import co.monigo.client.model.Metric;
import co.monigo.client.model.Plan;
import co.monigo.client.model.Price;
import co.monigo.client.model.Subscription;
import co.monigo.pricing.PlanCharge;
import co.monigo.pricing.PriceUsage;
import co.monigo.pricing.PricingCalculator;

/**
 * {@code /v1/invoices}: generate, list (filtered by {@code status}, {@code customer_id}), get, finalize,
 * void. A generated invoice is a draft priced by the project's {@link PricingCalculator} for the usage
 * of each price's metric over the period {@link SubscriptionPeriods#toInvoice} chooses, with the lines
 * the pricing guide shows (see {@link InvoiceLines}) and amounts at the currency's minor unit (see
 * {@link Money}); no VAT, so the total is the subtotal. Only a draft can be finalized, and a void invoice can't be voided again:
 * both answer 409.
 */
final class InvoiceHandler {

	private final PricingCalculator calculator = new PricingCalculator();

	Reply generate(Call call) {
		ModeStore store = call.store();
		JsonNode subscriptionId = call.json().get("subscription_id");
		if (subscriptionId == null || !subscriptionId.isString() || subscriptionId.asString().isBlank()) {
			throw ApiError.invalidField("subscription_id", "is required");
		}
		Subscription subscription = SubscriptionPeriods.current(store, store.subscription(subscriptionId.asString()),
				call.now());
		Plan plan = store.plan(subscription.planId());
		BillingPeriods.Period period = SubscriptionPeriods.toInvoice(store, subscription, call.now());
		List<PriceUsage> usages = new ArrayList<>();
		List<Metric> metrics = new ArrayList<>();
		for (Price price : plan.prices()) {
			Metric metric = store.metrics.get(price.metricId());
			if (metric == null) {
				throw ApiError.conflict("plan " + plan.id() + " prices metric " + price.metricId()
						+ ", which no longer exists");
			}
			BigDecimal usage = UsageAggregator.usage(metric, subscription.customerId(), period, store.events).value();
			usages.add(new PriceUsage(price, usage.max(BigDecimal.ZERO)));
			metrics.add(metric);
		}
		PlanCharge charge = this.calculator.chargePlan(usages);
		String invoiceId = Ids.uuid();
		Instant now = call.now();
		List<InvoiceLineItem> lines = new ArrayList<>();
		for (int i = 0; i < usages.size(); i++) {
			Price price = usages.get(i).price();
			for (InvoiceLines.Line line : InvoiceLines.of(metrics.get(i), price, charge.charges().get(i))) {
				lines.add(InvoiceLines.item(line, invoiceId, metrics.get(i), price, plan.currency(), now));
			}
		}
		// The subtotal is the sum of the lines as shown, so that the invoice adds up line by line; each
		// line was rounded once from the calculator's exact amount, and the sum needs no rounding.
		BigDecimal subtotal = lines.stream()
			.map(InvoiceLineItem::amount)
			.reduce(Money.zero(plan.currency()), BigDecimal::add);
		Invoice invoice = new Invoice(invoiceId, Ids.ORG_ID, subscription.customerId(), subscription.id(),
				InvoiceStatus.DRAFT, plan.currency(), subtotal, false, null, null, subtotal, period.start(),
				period.end(), null, null, null, lines, now, now);
		store.invoices.put(invoiceId, invoice);
		return Reply.created("invoice", invoice);
	}

	Reply list(Call call) {
		String status = call.query("status");
		String customerId = call.query("customer_id");
		List<Invoice> invoices = call.store().invoices.values()
			.stream()
			.filter((invoice) -> status == null || status.equalsIgnoreCase(invoice.status().name()))
			.filter((invoice) -> customerId == null || customerId.equals(invoice.customerId()))
			.toList();
		return Reply.list("invoices", invoices);
	}

	Reply get(Call call) {
		return Reply.ok("invoice", call.store().invoice(call.path("id")));
	}

	Reply finalizeInvoice(Call call) {
		Invoice invoice = call.store().invoice(call.path("id"));
		if (invoice.status() != InvoiceStatus.DRAFT) {
			throw ApiError.conflict("invoice " + invoice.id() + " is " + wire(invoice.status())
					+ ": only a draft can be finalized");
		}
		Instant now = call.now();
		return save(call.store(), withStatus(invoice, InvoiceStatus.FINALIZED, now, now));
	}

	Reply voidInvoice(Call call) {
		Invoice invoice = call.store().invoice(call.path("id"));
		if (invoice.status() == InvoiceStatus.VOID || invoice.status() == InvoiceStatus.PAID) {
			throw ApiError.conflict("invoice " + invoice.id() + " is " + wire(invoice.status()) + " and can't be voided");
		}
		return save(call.store(), withStatus(invoice, InvoiceStatus.VOID, invoice.finalizedAt(), call.now()));
	}

	private static Reply save(ModeStore store, Invoice invoice) {
		store.invoices.put(invoice.id(), invoice);
		return Reply.ok("invoice", invoice);
	}

	private static Invoice withStatus(Invoice invoice, InvoiceStatus status, @Nullable Instant finalizedAt,
			Instant now) {
		return new Invoice(invoice.id(), invoice.orgId(), invoice.customerId(), invoice.subscriptionId(), status,
				invoice.currency(), invoice.subtotal(), invoice.vatEnabled(), invoice.vatRate(), invoice.vatAmount(),
				invoice.total(), invoice.periodStart(), invoice.periodEnd(), finalizedAt, invoice.paidAt(),
				invoice.providerInvoiceId(), invoice.lineItems(), invoice.createdAt(), now);
	}

	private static String wire(InvoiceStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

}

package co.monigo.test.emulator;

import java.time.Instant;
import java.util.List;

import co.monigo.client.model.BillingPeriod;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.InvoiceStatus;
import co.monigo.client.model.Plan;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionStatus;

/**
 * A subscription's billing periods on the emulator's clock: calendar periods of its plan's billing
 * period (see {@link BillingPeriods}), the first one holding its creation. Once the clock passes the end
 * of its current period, a subscription that is not canceled moves on to the period holding now.
 */
final class SubscriptionPeriods {

	private SubscriptionPeriods() {
	}

	/** The subscription with its current period brought up to {@code now}, stored so if it moved. */
	static Subscription current(ModeStore store, Subscription subscription, Instant now) {
		if (subscription.status() == SubscriptionStatus.CANCELED || now.isBefore(subscription.currentPeriodEnd())) {
			return subscription;
		}
		BillingPeriods.Period period = BillingPeriods.holding(billingPeriod(store, subscription), now);
		Subscription moved = new Subscription(subscription.id(), subscription.orgId(), subscription.customerId(),
				subscription.planId(), subscription.status(), period.start(), period.end(), subscription.trialEndsAt(),
				subscription.createdAt(), now);
		store.subscriptions.put(moved.id(), moved);
		return moved;
	}

	/**
	 * The period an invoice generated now bills: the earliest period that has ended without an invoice
	 * (not counting void ones), so that a test that moved the clock past month end bills the month that
	 * closed; when every ended period has one, the current period (a draft of the usage so far).
	 */
	static BillingPeriods.Period toInvoice(ModeStore store, Subscription subscription, Instant now) {
		BillingPeriod billingPeriod = billingPeriod(store, subscription);
		BillingPeriods.Period period = BillingPeriods.holding(billingPeriod, subscription.createdAt());
		List<Invoice> invoices = store.invoices.values()
			.stream()
			.filter((invoice) -> invoice.subscriptionId().equals(subscription.id()))
			.filter((invoice) -> invoice.status() != InvoiceStatus.VOID)
			.toList();
		while (!now.isBefore(period.end())) {
			Instant start = period.start();
			if (invoices.stream().noneMatch((invoice) -> invoice.periodStart().equals(start))) {
				return period;
			}
			period = BillingPeriods.holding(billingPeriod, period.end());
		}
		return period;
	}

	private static BillingPeriod billingPeriod(ModeStore store, Subscription subscription) {
		Plan plan = store.plans.get(subscription.planId());
		return (plan != null) ? plan.billingPeriod() : BillingPeriod.MONTHLY;
	}

}

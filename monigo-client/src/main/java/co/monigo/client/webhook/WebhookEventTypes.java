package co.monigo.client.webhook;

/**
 * The webhook event types named in Monigo's documentation. Monigo adds types over time: compare
 * {@link WebhookEvent#type()} with these, and let other values through.
 */
public final class WebhookEventTypes {

	public static final String INVOICE_FINALIZED = "invoice.finalized";

	public static final String INVOICE_PAID = "invoice.paid";

	public static final String INVOICE_VOIDED = "invoice.voided";

	public static final String PAYMENT_SUCCESS = "payment.success";

	public static final String PAYMENT_FAILED = "payment.failed";

	public static final String PAYOUT_SUCCESS = "payout.success";

	public static final String PAYOUT_FAILED = "payout.failed";

	public static final String PAYOUT_REVERSED = "payout.reversed";

	public static final String WALLET_TOPPED_UP = "customer.wallet.topped_up";

	public static final String SUBSCRIPTION_CREATED = "subscription.created";

	public static final String SUBSCRIPTION_CANCELED = "subscription.canceled";

	public static final String SUBSCRIPTION_SUSPENDED = "subscription.suspended";

	public static final String ALERT_TRIGGERED = "alert.triggered";

	private WebhookEventTypes() {
	}

}

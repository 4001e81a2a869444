package co.monigo.test.emulator;

import java.util.function.Supplier;

import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Every path of the Monigo API, each to its handler through the {@link Dispatcher}; anything else
 * answers 404.
 */
final class Routes {

	private Routes() {
	}

	static RouterFunction<ServerResponse> of(Store store, Faults faults, Received received, Supplier<String> baseUrl,
			EmulatorOptions options, EmulatorWebhooks webhooks) {
		Dispatcher dispatch = new Dispatcher(store, received, baseUrl, options.clock(), webhooks);
		AlertHandler alerts = new AlertHandler();
		EventHandler events = new EventHandler(faults, received);
		CustomerHandler customers = new CustomerHandler();
		MetricHandler metrics = new MetricHandler();
		PlanHandler plans = new PlanHandler();
		SubscriptionHandler subscriptions = new SubscriptionHandler(options.severalActiveSubscriptions());
		PayoutAccountHandler payoutAccounts = new PayoutAccountHandler();
		InvoiceHandler invoices = new InvoiceHandler();
		UsageHandler usage = new UsageHandler();
		PortalHandler portal = new PortalHandler(store, options.clock());
		WalletHandler wallets = new WalletHandler();
		VirtualAccountHandler virtualAccounts = new VirtualAccountHandler();
		return RouterFunctions.route()
			.POST("/v1/ingest", dispatch.api(events::ingest))
			.POST("/v1/events/replay", dispatch.api(events::startReplay))
			.GET("/v1/events/replay/{id}", dispatch.api(events::getReplay))
			.POST("/v1/customers", dispatch.api(customers::create))
			.GET("/v1/customers", dispatch.api(customers::list))
			.GET("/v1/customers/{id}", dispatch.api(customers::get))
			.PUT("/v1/customers/{id}", dispatch.api(customers::update))
			.DELETE("/v1/customers/{id}", dispatch.api(customers::delete))
			.POST("/v1/customers/{customerId}/payout-accounts", dispatch.api(payoutAccounts::create))
			.GET("/v1/customers/{customerId}/payout-accounts", dispatch.api(payoutAccounts::list))
			.GET("/v1/customers/{customerId}/payout-accounts/{accountId}", dispatch.api(payoutAccounts::get))
			.PUT("/v1/customers/{customerId}/payout-accounts/{accountId}", dispatch.api(payoutAccounts::update))
			.DELETE("/v1/customers/{customerId}/payout-accounts/{accountId}", dispatch.api(payoutAccounts::delete))
			.GET("/v1/customers/{customerId}/wallets", dispatch.api(wallets::listForCustomer))
			.POST("/v1/metrics", dispatch.api(metrics::create))
			.GET("/v1/metrics", dispatch.api(metrics::list))
			.GET("/v1/metrics/{id}", dispatch.api(metrics::get))
			.PUT("/v1/metrics/{id}", dispatch.api(metrics::update))
			.DELETE("/v1/metrics/{id}", dispatch.api(metrics::delete))
			.POST("/v1/plans", dispatch.api(plans::create))
			.GET("/v1/plans", dispatch.api(plans::list))
			.GET("/v1/plans/{id}", dispatch.api(plans::get))
			.PUT("/v1/plans/{id}", dispatch.api(plans::update))
			.DELETE("/v1/plans/{id}", dispatch.api(plans::delete))
			.POST("/v1/subscriptions", dispatch.api(subscriptions::create))
			.GET("/v1/subscriptions", dispatch.api(subscriptions::list))
			.GET("/v1/subscriptions/{id}", dispatch.api(subscriptions::get))
			.PATCH("/v1/subscriptions/{id}", dispatch.api(subscriptions::updateStatus))
			.DELETE("/v1/subscriptions/{id}", dispatch.api(subscriptions::delete))
			.POST("/v1/invoices/generate", dispatch.api(invoices::generate))
			.GET("/v1/invoices", dispatch.api(invoices::list))
			.GET("/v1/invoices/{id}", dispatch.api(invoices::get))
			.POST("/v1/invoices/{id}/finalize", dispatch.api(invoices::finalizeInvoice))
			.POST("/v1/invoices/{id}/void", dispatch.api(invoices::voidInvoice))
			.GET("/v1/usage", dispatch.api(usage::query))
			.POST("/v1/portal/tokens", dispatch.api(portal::create))
			.GET("/v1/portal/tokens", dispatch.api(portal::list))
			.DELETE("/v1/portal/tokens/{id}", dispatch.api(portal::revoke))
			.POST("/v1/wallets", dispatch.api(wallets::getOrCreate))
			.GET("/v1/wallets", dispatch.api(wallets::list))
			.GET("/v1/wallets/{id}", dispatch.api(wallets::get))
			.POST("/v1/wallets/{id}/credit", dispatch.api(wallets::credit))
			.POST("/v1/wallets/{id}/debit", dispatch.api(wallets::debit))
			.GET("/v1/wallets/{id}/transactions", dispatch.api(wallets::transactions))
			.POST("/v1/wallets/{id}/virtual-accounts", dispatch.api(virtualAccounts::create))
			.GET("/v1/wallets/{id}/virtual-accounts", dispatch.api(virtualAccounts::list))
			.POST("/v1/alerts", dispatch.api(alerts::create))
			.GET("/v1/alerts", dispatch.api(alerts::list))
			.GET("/v1/alerts/{id}", dispatch.api(alerts::get))
			.PUT("/v1/alerts/{id}", dispatch.api(alerts::updateThresholds))
			.DELETE("/v1/alerts/{id}", dispatch.api(alerts::delete))
			.POST("/v1/alerts/{id}/enable", dispatch.api(alerts::enable))
			.POST("/v1/alerts/{id}/disable", dispatch.api(alerts::disable))
			.GET("/portal/{token}", dispatch.open(portal::open))
			.route(RequestPredicates.all(), dispatch.api((call) -> {
				throw ApiError.of(404, "no such endpoint: " + call.describe());
			}))
			.build();
	}

}

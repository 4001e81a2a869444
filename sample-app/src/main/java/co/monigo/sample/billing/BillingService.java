package co.monigo.sample.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import co.monigo.client.MonigoClient;
import co.monigo.client.error.MonigoApiException;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.CreatePortalTokenRequest;
import co.monigo.client.model.CreateSubscriptionRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.SubscriptionFilter;
import co.monigo.client.model.SubscriptionStatus;
import co.monigo.client.model.UsageQuery;
import co.monigo.client.model.UsageRollup;
import co.monigo.sample.billing.UsageReport.MetricUsage;

/**
 * The billing side of the API, through the injected {@link MonigoClient}. Customers are known by the
 * application's own ids, which are their Monigo {@code external_id}.
 */
@Service
public class BillingService {

	private static final Duration PORTAL_LINK_LIFETIME = Duration.ofHours(1);

	private final MonigoClient monigo;

	private final BillingCatalogSetup catalog;

	public BillingService(MonigoClient monigo, BillingCatalogSetup catalog) {
		this.monigo = monigo;
		this.catalog = catalog;
	}

	/**
	 * Creates the customer and subscribes it to the plan. A customer or an active subscription that
	 * exists already (when running against the same account again) is kept.
	 * @throws ResponseStatusException 400 when the id, name or plan is missing or unknown; 503 (in the
	 * Mono) while the price list is not set up in Monigo yet
	 */
	public Mono<Account> signUp(SignUpRequest request) {
		String id = required(request.id(), "id");
		String name = required(request.name(), "name");
		SamplePlan plan = SamplePlan.ofKey(required(request.plan(), "plan"))
			.orElseThrow(() -> badRequest("plan must be starter, growth or scale"));
		CreateCustomerRequest customer = CreateCustomerRequest.of(id, name);
		return this.catalog.required()
			.flatMap((catalog) -> this.monigo.customers()
				.create((request.email() != null) ? customer.withEmail(request.email()) : customer)
				.onErrorResume(BillingService::isConflict, (exists) -> customer(id))
				.flatMap((created) -> subscribe(catalog, created, plan)
					.map((subscription) -> new Account(id, created.id(), subscription.id(),
							planKey(catalog, subscription)))));
	}

	/** The customer's usage in the current billing period, by metric name. */
	public Mono<UsageReport> usage(String customerId) {
		return this.catalog.required()
			.flatMapMany((catalog) -> customer(customerId)
				.flatMapMany((customer) -> this.monigo.usage()
					.query(UsageQuery.currentPeriod().withCustomerId(customer.id())))
				.map((rollup) -> metricUsage(catalog, rollup)))
			.sort(Comparator.comparing(MetricUsage::metric))
			.collectList()
			.map((metrics) -> new UsageReport(customerId, metrics));
	}

	/** Generates the invoice of the customer's current period and finalizes it. */
	public Mono<InvoiceSummary> invoice(String customerId) {
		return customer(customerId).flatMap(this::activeSubscription)
			.flatMap((subscription) -> this.monigo.invoices().generate(subscription.id()))
			.flatMap((draft) -> this.monigo.invoices().finalize(draft.id()))
			.map((invoice) -> InvoiceSummary.of(customerId, invoice));
	}

	/** A link to the customer's portal, valid for an hour. */
	public Mono<PortalLink> portalLink(String customerId) {
		CreatePortalTokenRequest request = CreatePortalTokenRequest.of(customerId)
			.withLabel("sample-app")
			.withExpiresAt(Instant.now().plus(PORTAL_LINK_LIFETIME));
		return customer(customerId).then(this.monigo.portalTokens().create(request))
			.map((token) -> new PortalLink(token.portalUrl(), token.expiresAt()));
	}

	private Mono<Customer> customer(String customerId) {
		return this.monigo.customers()
			.list()
			.filter((customer) -> customerId.equals(customer.externalId()))
			.next()
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"no customer " + customerId + ": sign it up first")));
	}

	private Mono<Subscription> subscribe(BillingCatalog catalog, Customer customer, SamplePlan plan) {
		return this.monigo.subscriptions()
			.create(CreateSubscriptionRequest.of(customer.id(), catalog.plan(plan).id()))
			.onErrorResume(BillingService::isConflict, (subscribed) -> activeSubscription(customer));
	}

	private Mono<Subscription> activeSubscription(Customer customer) {
		return this.monigo.subscriptions()
			.list(SubscriptionFilter.all().withCustomerId(customer.id()).withStatus(SubscriptionStatus.ACTIVE))
			.next()
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.CONFLICT,
					"customer " + customer.externalId() + " has no active subscription")));
	}

	private static MetricUsage metricUsage(BillingCatalog catalog, UsageRollup rollup) {
		return new MetricUsage(catalog.metricName(rollup.metricId()),
				rollup.aggregation().name().toLowerCase(Locale.ROOT), rollup.value(), rollup.eventCount());
	}

	private static String planKey(BillingCatalog catalog, Subscription subscription) {
		return catalog.samplePlan(subscription.planId()).map(SamplePlan::key).orElse(subscription.planId());
	}

	private static boolean isConflict(Throwable failure) {
		return failure instanceof MonigoApiException api && api.isConflict();
	}

	private static String required(@Nullable String value, String field) {
		if (!StringUtils.hasText(value)) {
			throw badRequest(field + " is required");
		}
		return value;
	}

	private static ResponseStatusException badRequest(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

}

package co.monigo.test.emulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import co.monigo.client.core.KeyMode;
import co.monigo.client.model.Customer;
import co.monigo.client.model.CustomerWallet;
import co.monigo.client.model.EventReplayJob;
import co.monigo.client.model.IngestEvent;
import co.monigo.client.model.Invoice;
import co.monigo.client.model.LedgerEntry;
import co.monigo.client.model.Metric;
import co.monigo.client.model.PayoutAccount;
import co.monigo.client.model.Plan;
import co.monigo.client.model.PortalToken;
import co.monigo.client.model.Subscription;
import co.monigo.client.model.VirtualAccount;

/**
 * The data of one mode, test or live: what a key of that mode creates, only a key of that mode sees.
 * Not thread-safe by itself: every call holds the store's monitor ({@code synchronized (store)}), so an
 * operation, its checks and its idempotency record are atomic.
 */
final class ModeStore {

	final KeyMode mode;

	final Map<String, Customer> customers = new LinkedHashMap<>();

	final Map<String, Metric> metrics = new LinkedHashMap<>();

	final Map<String, Plan> plans = new LinkedHashMap<>();

	final Map<String, Subscription> subscriptions = new LinkedHashMap<>();

	final Map<String, PayoutAccount> payoutAccounts = new LinkedHashMap<>();

	final Map<String, Invoice> invoices = new LinkedHashMap<>();

	/** Accepted events, in arrival order, each with its (possibly assigned) key and its timestamp. */
	final List<IngestEvent> events = new ArrayList<>();

	final Set<String> eventKeys = new HashSet<>();

	final Map<String, EventReplayJob> replayJobs = new LinkedHashMap<>();

	final Map<String, PortalToken> portalTokens = new LinkedHashMap<>();

	final Map<String, CustomerWallet> wallets = new LinkedHashMap<>();

	/** Every ledger entry, wallets' and their counterparts', oldest first. */
	final List<LedgerEntry> ledger = new ArrayList<>();

	/** Balances of the counterpart accounts of wallet operations, by account id. */
	final Map<String, BigDecimal> counterpartBalances = new HashMap<>();

	final Map<String, VirtualAccount> virtualAccounts = new LinkedHashMap<>();

	final AlertBook alerts = new AlertBook();

	/** Answers kept per idempotency key, keyed by method, path and key. */
	final Map<String, Reply> idempotentReplies = new HashMap<>();

	ModeStore(KeyMode mode) {
		this.mode = mode;
	}

	boolean isTest() {
		return this.mode == KeyMode.TEST;
	}

	Customer customer(String id) {
		return found(this.customers.get(id), "customer", id);
	}

	/** A customer by Monigo id or, failing that, by external id; null when neither matches. */
	@Nullable Customer customerByIdOrExternalId(String idOrExternalId) {
		Customer byId = this.customers.get(idOrExternalId);
		if (byId != null) {
			return byId;
		}
		return this.customers.values()
			.stream()
			.filter((customer) -> idOrExternalId.equals(customer.externalId()))
			.findFirst()
			.orElse(null);
	}

	Metric metric(String id) {
		return found(this.metrics.get(id), "metric", id);
	}

	Plan plan(String id) {
		return found(this.plans.get(id), "plan", id);
	}

	Subscription subscription(String id) {
		return found(this.subscriptions.get(id), "subscription", id);
	}

	Invoice invoice(String id) {
		return found(this.invoices.get(id), "invoice", id);
	}

	CustomerWallet wallet(String id) {
		return found(this.wallets.get(id), "wallet", id);
	}

	EventReplayJob replayJob(String id) {
		return found(this.replayJobs.get(id), "replay job", id);
	}

	void clear() {
		this.customers.clear();
		this.metrics.clear();
		this.plans.clear();
		this.subscriptions.clear();
		this.payoutAccounts.clear();
		this.invoices.clear();
		this.events.clear();
		this.eventKeys.clear();
		this.replayJobs.clear();
		this.portalTokens.clear();
		this.wallets.clear();
		this.ledger.clear();
		this.counterpartBalances.clear();
		this.virtualAccounts.clear();
		this.idempotentReplies.clear();
		this.alerts.clear();
	}

	private static <T> T found(@Nullable T value, String resource, String id) {
		if (value == null) {
			throw ApiError.notFound(resource, id);
		}
		return value;
	}

}

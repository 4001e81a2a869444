package co.monigo.sample.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import co.monigo.client.core.KeyMode;
import co.monigo.sample.billing.Account;
import co.monigo.sample.billing.InvoiceSummary;
import co.monigo.sample.billing.PortalLink;
import co.monigo.sample.billing.UsageReport;

/**
 * What the demo prints: for each customer its usage, its invoice and its portal link. Amounts are shown
 * rounded to the kobo; Monigo keeps them exact.
 *
 * @param monigoUrl the Monigo API the application uses
 * @param keyMode whether it uses a test or a live key
 * @param port the application's port, for the commands to try next
 * @param completions the completions the demo asked for
 * @param delivered the usage events delivered to Monigo
 */
record DemoReport(String monigoUrl, KeyMode keyMode, int port, int completions, long delivered,
		List<Statement> statements) {

	private static final String RULE = "=".repeat(78);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	/** One customer's part of the report. */
	record Statement(DemoCustomer customer, Account account, UsageReport usage, InvoiceSummary invoice,
			PortalLink portalLink) {

	}

	String render() {
		StringBuilder out = new StringBuilder();
		line(out, RULE);
		line(out, "Monigo sample demo: %d completions from %d customers, %d usage events delivered", this.completions,
				this.statements.size(), this.delivered);
		line(out, "Monigo API: %s (%s key)", this.monigoUrl, this.keyMode.name().toLowerCase(Locale.ROOT));
		line(out, RULE);
		this.statements.forEach((statement) -> statement(out, statement));
		line(out, "");
		line(out, "Try it yourself:");
		line(out, "  curl -X POST localhost:%d/v1/completions -H 'X-Customer-Id: acme' "
				+ "-H 'Content-Type: application/json' -d '{\"prompt\": \"Hello Monigo\"}'", this.port);
		line(out, "  curl localhost:%d/billing/customers/acme/usage", this.port);
		line(out, "  curl localhost:%d/actuator/monigo    (and /actuator/health, /actuator/metrics)", this.port);
		out.append("Stop the application with Ctrl+C.");
		return out.toString();
	}

	private static void statement(StringBuilder out, Statement statement) {
		DemoCustomer customer = statement.customer();
		InvoiceSummary invoice = statement.invoice();
		line(out, "");
		line(out, "%s (%s): plan %s, %s", customer.id(), customer.name(), statement.account().plan(),
				customer.plan().pricing());
		line(out, "  Monigo customer %s, subscription %s", statement.account().monigoCustomerId(),
				statement.account().subscriptionId());
		line(out, "  Usage this period:");
		statement.usage().metrics().forEach((usage) -> line(out, "    %-28s %-6s %10s   (%d events)", usage.metric(),
				usage.aggregation(), plain(usage.value()), usage.events()));
		line(out, "  Invoice %s, %s, %s to %s, %s:", invoice.id(), invoice.status(), DAY.format(invoice.periodStart()),
				DAY.format(invoice.periodEnd()), invoice.currency());
		line(out, "    %-28s %10s %12s %12s", "line", "quantity", "unit price", "amount");
		invoice.lines().forEach((item) -> line(out, "    %-28s %10s %12s %12s", item.description(),
				plain(item.quantity()), unitPrice(item.unitPrice()), money(item.amount())));
		line(out, "    %-28s %10s %12s %12s", "total", "", "", money(invoice.total()));
		line(out, "  Portal link (until %s): %s", statement.portalLink().expiresAt().truncatedTo(ChronoUnit.SECONDS),
				statement.portalLink().url());
	}

	private static void line(StringBuilder out, String format, Object... values) {
		out.append(String.format(Locale.ROOT, format, values)).append(System.lineSeparator());
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

	/** Two decimals, or up to four for an average price such as 0.2587. */
	private static String unitPrice(BigDecimal price) {
		BigDecimal shown = price.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return (shown.scale() < 2) ? shown.setScale(2).toPlainString() : shown.toPlainString();
	}

}

package co.monigo.readme.webhooks;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The README listener's mailer: "your own" type; this one remembers what it sent. */
class Mailer {

	final List<String> sent = new CopyOnWriteArrayList<>();

	void sendInvoice(String customerId, BigDecimal total) {
		this.sent.add(customerId + " " + total.toPlainString());
	}

}

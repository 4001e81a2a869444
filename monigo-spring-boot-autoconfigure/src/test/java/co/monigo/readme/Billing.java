package co.monigo.readme;

// tag::billing[]
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.Invoice;

@Service
class Billing {

	private final MonigoClient monigo;

	Billing(MonigoClient monigo) {
		this.monigo = monigo;
	}

	Mono<Invoice> closeMonth(String subscriptionId) {
		return monigo.invoices().generate(subscriptionId)
			.flatMap((draft) -> monigo.invoices().finalize(draft.id()));
	}

}
// end::billing[]

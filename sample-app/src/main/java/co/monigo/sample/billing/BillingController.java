package co.monigo.sample.billing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The API's billing operations, by the application's own customer id: sign-up, usage, invoice and
 * portal link. A real service would keep these behind its own authentication.
 */
@RestController
@RequestMapping("/billing/customers")
class BillingController {

	private final BillingService billing;

	BillingController(BillingService billing) {
		this.billing = billing;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Account> signUp(@RequestBody SignUpRequest request) {
		return this.billing.signUp(request);
	}

	@GetMapping("/{id}/usage")
	Mono<UsageReport> usage(@PathVariable String id) {
		return this.billing.usage(id);
	}

	@PostMapping("/{id}/invoices")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<InvoiceSummary> invoice(@PathVariable String id) {
		return this.billing.invoice(id);
	}

	@PostMapping("/{id}/portal-link")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<PortalLink> portalLink(@PathVariable String id) {
		return this.billing.portalLink(id);
	}

}

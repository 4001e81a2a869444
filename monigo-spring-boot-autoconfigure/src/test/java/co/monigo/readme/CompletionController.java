package co.monigo.readme;

// tag::mvc-controller[]
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import co.monigo.metering.Metered;

@RestController
class CompletionController {

	private final Completions completions;

	CompletionController(Completions completions) {
		this.completions = completions;
	}

	@PostMapping("/v1/completions")
	@Metered(value = "tokens_used", quantity = "#result.tokens()", quantityProperty = "tokens",
			idempotencyKey = "#requestId",
			properties = @Metered.Property(name = "model", value = "#request.model()"))
	Completion complete(@RequestBody CompletionRequest request, @RequestHeader("X-Request-Id") String requestId) {
		return completions.complete(request);
	}

}
// end::mvc-controller[]

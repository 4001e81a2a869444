package co.monigo.sample.completion;

import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /v1/completions}: each successful call records an {@code api_call} event for the
 * customer named by the {@value #CUSTOMER_HEADER} header (the starter's default customer resolver
 * reads it), and the model records the tokens. The {@code api_call} is not an annotation here: a route
 * rule in {@code application.yml} ({@code monigo.metering.http.rules}) bills the request itself.
 */
@RestController
class CompletionController {

	/** The header naming the calling customer by the application's own id. */
	static final String CUSTOMER_HEADER = "X-Customer-Id";

	private final TextModel model;

	CompletionController(TextModel model) {
		this.model = model;
	}

	@PostMapping("/v1/completions")
	Completion complete(@RequestHeader(CUSTOMER_HEADER) String customerId, @RequestBody CompletionRequest request) {
		String prompt = request.prompt();
		if (!StringUtils.hasText(prompt)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "prompt must hold at least one word");
		}
		return this.model.complete(customerId, prompt);
	}

}

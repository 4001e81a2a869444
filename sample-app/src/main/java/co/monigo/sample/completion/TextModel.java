package co.monigo.sample.completion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Service;

import co.monigo.metering.Metered;

/**
 * A toy language model: it answers with the prompt's words in reverse order, and a prompt costs one
 * token per word. Each completion records a {@code tokens_used} event carrying its tokens, billed to the
 * request's customer as the starter resolves it once per request (the same customer as the request's
 * {@code api_call} event; a request with two customer headers is refused and counted, not billed).
 */
@Service
public class TextModel {

	/**
	 * Completes a prompt for a customer (the application's own id for it, as the caller sent it).
	 * @param prompt a prompt with at least one word
	 */
	@Metered(value = "tokens_used", quantity = "#result.tokens()", quantityProperty = "tokens")
	public Completion complete(String customerId, String prompt) {
		List<String> words = new ArrayList<>(List.of(prompt.strip().split("\\s+")));
		Collections.reverse(words);
		return new Completion(String.join(" ", words), words.size());
	}

}

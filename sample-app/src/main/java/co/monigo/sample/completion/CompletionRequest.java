package co.monigo.sample.completion;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/completions}.
 *
 * @param prompt the text to complete
 */
public record CompletionRequest(@Nullable String prompt) {

}

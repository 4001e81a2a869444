package co.monigo.sample.completion;

/**
 * A completed prompt.
 *
 * @param text the completion
 * @param tokens the tokens the prompt used, which the customer pays for
 */
public record Completion(String text, int tokens) {

}

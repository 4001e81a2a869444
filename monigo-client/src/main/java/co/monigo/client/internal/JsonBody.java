package co.monigo.client.internal;

/**
 * A request body already written as JSON, sent as it is.
 *
 * @param json the body's bytes, UTF-8 JSON
 */
public record JsonBody(byte[] json) {
}

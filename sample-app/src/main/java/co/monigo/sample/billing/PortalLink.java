package co.monigo.sample.billing;

import java.time.Instant;

/**
 * A link to a customer's Monigo portal: whoever holds it sees the customer's usage and invoices until it
 * expires, so hand it to that customer only.
 */
public record PortalLink(String url, Instant expiresAt) {

}

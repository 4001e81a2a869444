/**
 * Monigo's webhooks without any framework: check a delivery's signature over its raw body, then read it
 * as a {@link co.monigo.client.webhook.WebhookEvent}.
 */
@NullMarked
package co.monigo.client.webhook;

import org.jspecify.annotations.NullMarked;

/**
 * Monigo's webhooks in a Spring application: verified, de-duplicated deliveries published as
 * {@link co.monigo.spring.boot.webhook.MonigoWebhookEvent}s, over Spring MVC or WebFlux.
 */
@NullMarked
package co.monigo.spring.boot.webhook;

import org.jspecify.annotations.NullMarked;

/**
 * Monigo tells the application what happened: webhooks received as Spring events.
 */
@NullMarked
package co.monigo.sample.webhooks;

import org.jspecify.annotations.NullMarked;

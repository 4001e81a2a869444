/**
 * Auto-configuration of the Monigo webhook endpoint ({@code monigo.webhooks.*}).
 */
@NullMarked
package co.monigo.spring.boot.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;

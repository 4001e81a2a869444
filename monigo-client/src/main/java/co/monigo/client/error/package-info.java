/**
 * The client's exceptions: {@link co.monigo.client.error.MonigoApiException} for an answer Monigo
 * refused, {@link co.monigo.client.error.MonigoTransportException} for a request that got none.
 */
@NullMarked
package co.monigo.client.error;

import org.jspecify.annotations.NullMarked;

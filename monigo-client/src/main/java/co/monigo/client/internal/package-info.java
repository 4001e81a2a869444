/**
 * The client's HTTP machinery: requests, JSON, error decoding and retries. Not a public API.
 */
@NullMarked
package co.monigo.client.internal;

import org.jspecify.annotations.NullMarked;

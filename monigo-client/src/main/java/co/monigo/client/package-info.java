/**
 * The Monigo API client: {@link co.monigo.client.MonigoClient}, its options and its errors.
 */
@NullMarked
package co.monigo.client;

import org.jspecify.annotations.NullMarked;

/**
 * Billing through the injected {@code MonigoClient}: the price list (metrics and plans), sign-ups
 * (customers and subscriptions), usage, invoices and portal links.
 */
@NullMarked
package co.monigo.sample.billing;

import org.jspecify.annotations.NullMarked;

/**
 * The outage benchmark: the sample application's metered endpoint under load from {@code wrk}, with
 * Monigo's ingest healthy, answering 503, and hanging.
 */
package co.monigo.benchmarks.outage;

/**
 * The latency sweep: events per second delivered, and events dropped, against the round trip to Monigo.
 */
@NullMarked
package co.monigo.benchmarks.latency;

import org.jspecify.annotations.NullMarked;

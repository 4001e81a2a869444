/**
 * The pipeline's crash-safe local journal: an append-only log of memory-mapped segment files, one
 * checksummed record per usage event, marked settled in place once Monigo acknowledged it.
 */
@NullMarked
package co.monigo.metering.journal;

import org.jspecify.annotations.NullMarked;

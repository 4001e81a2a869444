/**
 * Auto-configuration of the ingest pipeline: the {@code UsageRecorder}, its lifecycle and its
 * dead-letter handler.
 */
@NullMarked
package co.monigo.spring.boot.autoconfigure.metering;

import org.jspecify.annotations.NullMarked;

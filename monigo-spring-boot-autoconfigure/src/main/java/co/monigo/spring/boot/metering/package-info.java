/**
 * Runtime Spring support of the ingest pipeline: its lifecycle in the application context.
 */
@NullMarked
package co.monigo.spring.boot.metering;

import org.jspecify.annotations.NullMarked;

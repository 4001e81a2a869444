/**
 * Observability of the ingest pipeline: the {@code monigo} health indicator, the meters and the
 * {@code monigo} actuator endpoint. Each part needs its library (health, Micrometer, actuator) only
 * when it is used.
 */
@NullMarked
package co.monigo.spring.boot.actuate;

import org.jspecify.annotations.NullMarked;

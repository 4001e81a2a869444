/**
 * Monigo's resources and request bodies: immutable records, snake_case on the wire, money as
 * {@link java.math.BigDecimal} written as a decimal string, times as {@link java.time.Instant}.
 * Enums read a value they do not know as {@code UNKNOWN} instead of failing.
 */
@NullMarked
package co.monigo.client.model;

import org.jspecify.annotations.NullMarked;

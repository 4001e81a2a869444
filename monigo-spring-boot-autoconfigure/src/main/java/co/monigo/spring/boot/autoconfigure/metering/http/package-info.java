/**
 * Auto-configuration of HTTP metering by route rules ({@code monigo.metering.http.rules}): the
 * servlet filter or the WebFlux filter, registered only when rules exist.
 */
@NullMarked
package co.monigo.spring.boot.autoconfigure.metering.http;

import org.jspecify.annotations.NullMarked;

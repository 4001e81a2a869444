/**
 * Metering of HTTP traffic by route rules, without annotations: a servlet filter and a WebFlux filter
 * that record one usage event per request a rule matches, once its response is complete.
 */
@NullMarked
package co.monigo.spring.boot.metering.http;

import org.jspecify.annotations.NullMarked;

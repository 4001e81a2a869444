/**
 * Auto-configuration of the ingest pipeline's health indicator, meters and actuator endpoint; each
 * backs off when its library is not on the classpath.
 */
@NullMarked
package co.monigo.spring.boot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;

/**
 * Spring runtime parts of metering: the {@code @Metered} aspect, customer resolution and the
 * pipeline's lifecycle.
 */
@NullMarked
package co.monigo.spring.boot.metering;

import org.jspecify.annotations.NullMarked;

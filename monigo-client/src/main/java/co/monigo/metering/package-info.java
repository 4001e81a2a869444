/**
 * Usage metering: {@link co.monigo.metering.UsageRecorder} and the batching, retrying pipeline that
 * delivers every recorded event to Monigo once.
 */
@NullMarked
package co.monigo.metering;

import org.jspecify.annotations.NullMarked;

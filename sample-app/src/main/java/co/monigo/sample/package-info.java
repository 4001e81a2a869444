/**
 * The sample application: an AI text API billed by usage through the Monigo starter.
 */
@NullMarked
package co.monigo.sample;

import org.jspecify.annotations.NullMarked;

/**
 * The local pricing calculator: what a Monigo price charges for a usage, with its breakdown, and the
 * validation that refuses an unusable price.
 */
@NullMarked
package co.monigo.pricing;

import org.jspecify.annotations.NullMarked;

/**
 * The embedded Monigo emulator the application uses when no API key is set.
 */
@NullMarked
package co.monigo.sample.emulator;

import org.jspecify.annotations.NullMarked;

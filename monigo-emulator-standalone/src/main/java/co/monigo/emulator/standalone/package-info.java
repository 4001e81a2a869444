/**
 * The Monigo emulator as a standalone server: {@code java -jar monigo-emulator.jar --port 12111}.
 */
@NullMarked
package co.monigo.emulator.standalone;

import org.jspecify.annotations.NullMarked;

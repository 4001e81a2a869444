/**
 * An in-memory Monigo for tests: {@link co.monigo.test.emulator.MonigoEmulator} serves the whole REST
 * API on a random local port, fails on demand ({@link co.monigo.test.emulator.Faults}) and tells what
 * it received ({@link co.monigo.test.emulator.Received}).
 */
@NullMarked
package co.monigo.test.emulator;

import org.jspecify.annotations.NullMarked;

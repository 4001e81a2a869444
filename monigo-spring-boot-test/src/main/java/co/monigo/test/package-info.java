/**
 * JUnit 5 and Spring test support for the Monigo emulator: {@link co.monigo.test.MonigoEmulatorTest}.
 */
@NullMarked
package co.monigo.test;

import org.jspecify.annotations.NullMarked;

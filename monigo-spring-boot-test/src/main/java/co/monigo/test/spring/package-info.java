/**
 * Spring TestContext support for {@link co.monigo.test.MonigoEmulatorTest}: the emulator as a bean of
 * the test's context, with {@code monigo.*} properties pointing at it.
 */
@NullMarked
package co.monigo.test.spring;

import org.jspecify.annotations.NullMarked;

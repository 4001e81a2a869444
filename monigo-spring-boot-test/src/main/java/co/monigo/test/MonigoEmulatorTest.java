package co.monigo.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import co.monigo.test.emulator.MonigoEmulator;

/**
 * Runs a test class against a {@link MonigoEmulator}: one emulator for the class, {@linkplain
 * MonigoEmulator#reset() reset} before each test, injected into test and lifecycle methods that declare
 * a {@link MonigoEmulator} parameter (and a {@code MonigoClient} parameter: a client pointed at it).
 * <p>
 * In a Spring test ({@code @SpringBootTest}, {@code @SpringJUnitConfig}...), the emulator also becomes a
 * bean of the test's application context, and {@code monigo.base-url} and {@code monigo.api-key} point
 * at it, overriding the application's own values. The emulator then lives as long as that context,
 * which Spring caches and shares between test classes with the same configuration and the same
 * {@link #apiKey()}; it is still reset before each test. When the application receives Monigo's webhooks
 * ({@code monigo.webhooks.enabled=true}) on a port of its own ({@code webEnvironment = RANDOM_PORT}), the
 * emulator posts its webhooks there, signed with {@code monigo.webhooks.secret}, from before each test.
 *
 * <pre>{@code
 * @SpringBootTest
 * @MonigoEmulatorTest
 * class BillingTests {
 *
 *     @Test
 *     void recordsOneEventPerCall(MonigoEmulator monigo) { ... }
 *
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MonigoEmulatorExtension.class)
public @interface MonigoEmulatorTest {

	/**
	 * The API key given to the application ({@code monigo.api-key}) and to an injected client: a
	 * {@code mk_test_} key (the default) or a {@code mk_live_} one, to work with the emulator's live data.
	 */
	String apiKey() default MonigoEmulator.TEST_API_KEY;

}

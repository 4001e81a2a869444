package co.monigo.benchmarks.startup.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import co.monigo.metering.Metered;

/**
 * What the startup benchmark adds to the plain application besides the starter: a {@link Metered}
 * endpoint, {@code GET /metered-hello?customer=...}, so the aspect, its expressions and the pipeline
 * are all set up at startup. {@code startup.metered-endpoint=false} leaves it out, to measure the starter
 * alone (its pipeline and client, without the proxy a {@code @Metered} bean needs).
 */
@RestController
@ConditionalOnBooleanProperty(name = "startup.metered-endpoint", matchIfMissing = true)
class MeteredHelloController {

	@GetMapping("/metered-hello")
	@Metered(value = "hello", customer = "#customer")
	String hello(@RequestParam String customer) {
		return "Hello, " + customer;
	}

}

package co.monigo.benchmarks.startup.app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's one endpoint, {@code GET /hello?name=...}.
 */
@RestController
class HelloController {

	@GetMapping("/hello")
	String hello(@RequestParam(defaultValue = "world") String name) {
		return "Hello, " + name;
	}

}

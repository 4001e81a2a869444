package co.monigo.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small AI text API billed through Monigo by request and by token. With no {@code MONIGO_API_KEY}
 * it runs against an embedded Monigo emulator; on startup a demo signs up customers, calls the API and
 * prints their usage and invoices.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}

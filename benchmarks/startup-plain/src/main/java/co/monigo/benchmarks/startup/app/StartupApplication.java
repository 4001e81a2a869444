package co.monigo.benchmarks.startup.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The startup benchmark's application. With {@code --startup.exit-when-ready=true} it stops as soon as
 * it is ready, after {@link ReadyReporter} has printed how long it took; with the system property
 * {@code startup.steps=true} it also records Spring's startup steps and prints the slowest.
 */
@SpringBootApplication
public class StartupApplication {

	/** Most startup steps recorded with {@code startup.steps}: enough for every bean of a small app. */
	private static final int STEP_CAPACITY = 50_000;

	public static void main(String[] args) {
		ConfigurableApplicationContext context = start(Boolean.getBoolean("startup.steps"), args);
		if (context.getEnvironment().getProperty("startup.exit-when-ready", Boolean.class, false)) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/** Starts the application, recording Spring's startup steps if {@code recordSteps}. */
	static ConfigurableApplicationContext start(boolean recordSteps, String... args) {
		SpringApplication application = new SpringApplication(StartupApplication.class);
		if (recordSteps) {
			application.setApplicationStartup(new BufferingApplicationStartup(STEP_CAPACITY));
		}
		return application.run(args);
	}

}

package co.monigo.benchmarks.startup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupStepLineTests {

	@Test
	void readsEachStepKeepingWhatTellsItApartInBothApplications() {
		String output = """
				startup-benchmark ready_ms=2882 jvm_uptime_ms=3532
				startup-step own_us=681700 total_us=681700 spring.context.config-classes.parse classCount=66
				startup-step own_us=154900 total_us=160000 spring.beans.instantiate beanName=monigoMeteredMethodsValidator \
				beanType=interface org.springframework.beans.factory.config.BeanPostProcessor
				startup-step own_us=43418 total_us=1572385 spring.context.beandef-registry.post-process \
				postProcessor=org.springframework.context.annotation.ConfigurationClassPostProcessor@749c877b
				startup-step own_us=30827 total_us=30827 spring.boot.application.context-loaded
				""";

		assertThat(StartupStepLine.parse(output)).containsExactly(
				new StartupStepLine(681700, 681700, "spring.context.config-classes.parse"),
				new StartupStepLine(154900, 160000, "spring.beans.instantiate beanName=monigoMeteredMethodsValidator"),
				new StartupStepLine(43418, 1572385, "spring.context.beandef-registry.post-process "
						+ "postProcessor=org.springframework.context.annotation.ConfigurationClassPostProcessor"),
				new StartupStepLine(30827, 30827, "spring.boot.application.context-loaded"));
	}

}

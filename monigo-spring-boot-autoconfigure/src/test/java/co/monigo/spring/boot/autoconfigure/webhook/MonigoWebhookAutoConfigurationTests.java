package co.monigo.spring.boot.autoconfigure.webhook;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.monigo.spring.boot.autoconfigure.StartupFailures;
import co.monigo.spring.boot.webhook.CaffeineWebhookEventStore;
import co.monigo.spring.boot.webhook.WebhookEventStore;
import co.monigo.spring.boot.webhook.WebhookMetrics;
import co.monigo.spring.boot.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;

class MonigoWebhookAutoConfigurationTests {

	private static final String SECRET = "whsec_very_secret_value";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class));

	@Test
	void whenWebhooksAreNotEnabledThenNothingIsConfigured() {
		this.runner.withPropertyValues("monigo.webhooks.secret=" + SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookReceiver.class));
	}

	@Test
	void whenEnabledWithASecretThenAReceiverWithTheInMemoryStoreIsConfigured() {
		this.runner.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET)
			.run((context) -> {
				assertThat(context).hasSingleBean(WebhookReceiver.class);
				assertThat(context).hasSingleBean(CaffeineWebhookEventStore.class);
				assertThat(context).doesNotHaveBean(WebhookMetrics.class);
			});
	}

	@Test
	void whenEnabledWithoutASecretThenStartupFailsNamingThePropertyAndTheVariable() {
		this.runner.withPropertyValues("monigo.webhooks.enabled=true").run((context) -> {
			FailureAnalysis analysis = analysisOf(context);
			assertThat(analysis.getDescription()).contains("monigo.webhooks.secret");
			assertThat(analysis.getAction()).contains("monigo.webhooks.secret", "MONIGO_WEBHOOK_SECRET",
					"monigo.webhooks.enabled=false");
		});
	}

	@Test
	void whenTheSecretIsOnlyInMonigoWebhookSecretThenItIsUsed() {
		this.runner.withPropertyValues("monigo.webhooks.enabled=true", "MONIGO_WEBHOOK_SECRET=" + SECRET)
			.run((context) -> assertThat(context).hasSingleBean(WebhookReceiver.class));
	}

	@Test
	void whenRetentionIsShorterThanMonigosRetriesThenStartupFailsWithoutShowingTheSecret() {
		this.runner
			.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET,
					"monigo.webhooks.handled-event-retention=1h")
			.run((context) -> {
				FailureAnalysis analysis = analysisOf(context);
				assertThat(analysis.getDescription()).contains("monigo.webhooks.handled-event-retention")
					.doesNotContain(SECRET);
			});
	}

	@Test
	void whenTheApplicationDeclaresAStoreThenItIsUsedInsteadOfTheInMemoryOne() {
		this.runner.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET)
			.withUserConfiguration(SharedStoreConfiguration.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CaffeineWebhookEventStore.class);
				assertThat(context).hasSingleBean(WebhookEventStore.class);
			});
	}

	@Test
	void whenCaffeineIsAbsentAndNoStoreIsDeclaredThenStartupFailsSayingWhatToAdd() {
		this.runner.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET)
			.withClassLoader(new FilteredClassLoader(Caffeine.class))
			.run((context) -> assertThat(analysisOf(context).getAction()).contains("caffeine", "WebhookEventStore"));
	}

	@Test
	void inAServletApplicationTheRouteIsTheSpringMvcOne() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
			.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET)
			.run((context) -> assertThat(context.getBean("monigoWebhookRoute"))
				.isInstanceOf(org.springframework.web.servlet.function.RouterFunction.class));
	}

	@Test
	void inAReactiveApplicationTheRouteIsTheWebFluxOne() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
			.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET)
			.run((context) -> assertThat(context.getBean("monigoWebhookRoute"))
				.isInstanceOf(org.springframework.web.reactive.function.server.RouterFunction.class));
	}

	@Test
	void inAServletApplicationWithoutSpringMvcFunctionalRoutesThereIsNoRouteAndStartupSucceeds() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
			.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET)
			.withClassLoader(new FilteredClassLoader(org.springframework.web.servlet.function.RouterFunction.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean("monigoWebhookRoute");
				assertThat(context).hasSingleBean(WebhookReceiver.class);
			});
	}

	@Test
	void outsideAWebApplicationThereIsNoRoute() {
		this.runner.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean("monigoWebhookRoute"));
	}

	@Test
	void pathThatIsNotAPlainAbsolutePathFailsStartupNamingTheProperty() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(MonigoWebhookAutoConfiguration.class))
			.withPropertyValues("monigo.webhooks.enabled=true", "monigo.webhooks.secret=" + SECRET,
					"monigo.webhooks.path=hooks")
			.run((context) -> assertThat(analysisOf(context).getDescription()).contains("monigo.webhooks.path"));
	}

	private static FailureAnalysis analysisOf(ApplicationContextAssertProvider<?> context) {
		return StartupFailures.analysisOf(context);
	}

	@Configuration(proxyBeanMethods = false)
	static class SharedStoreConfiguration {

		@Bean
		WebhookEventStore sharedStore() {
			return new WebhookEventStore() {

				@Override
				public boolean isHandled(String eventId) {
					return false;
				}

				@Override
				public void markHandled(String eventId) {
				}

			};
		}

	}

}

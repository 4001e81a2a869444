package co.monigo.spring.boot.autoconfigure.webhook;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class WebhookArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("co.monigo");

	@Test
	void theWebhookRuntimeDependsOnNoAutoConfiguration() {
		noClasses().that()
			.resideInAPackage("co.monigo.spring.boot.webhook..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("co.monigo.spring.boot.autoconfigure..", "org.springframework.boot..")
			.check(this.classes);
	}

	@Test
	void theWebhookReceiverNeedsNeitherWebStackNorMicrometer() {
		noClasses().that()
			.haveSimpleNameStartingWith("WebhookReceiver")
			.or()
			.haveSimpleName("WebhookEventStore")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "io.micrometer..")
			.check(this.classes);
	}

}

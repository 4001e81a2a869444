package co.monigo.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ClientModuleArchitectureTest {

	private final JavaClasses clientClasses = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("co.monigo");

	@Test
	void theClientDependsOnNoSpringBootClass() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.boot..")
			.because("monigo-client must be usable without Spring Boot")
			.check(this.clientClasses);
	}

	@Test
	void modelsDependOnNeitherServicesNorTheTransport() {
		noClasses().that()
			.resideInAPackage("co.monigo.client.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("co.monigo.client.service..", "co.monigo.client.internal..",
					"org.springframework..", "reactor..")
			.check(this.clientClasses);
	}

	/**
	 * Every package is a slice of its own ({@code co.monigo.client} apart from
	 * {@code co.monigo.client.internal}, {@code .service}, {@code .model}, {@code .core}, {@code .error}), so
	 * the entry point may use the transport and the services, and they never use it back.
	 */
	@Test
	void packagesDependOnEachOtherWithoutCycles() {
		slices().matching("co.monigo.(**)").should().beFreeOfCycles().check(this.clientClasses);
	}

}

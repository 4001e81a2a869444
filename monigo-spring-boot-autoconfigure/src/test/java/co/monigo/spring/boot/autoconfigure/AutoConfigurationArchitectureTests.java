package co.monigo.spring.boot.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape Spring Boot's own auto-configurations follow, and the one-way dependency direction.
 */
class AutoConfigurationArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("co.monigo");

	@Test
	void autoConfigurationsArePublicAndFinal() {
		classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.bePublic()
			.andShould()
			.haveModifier(JavaModifier.FINAL)
			.check(this.classes);
	}

	@Test
	void beanMethodsArePackagePrivate() {
		methods().that()
			.areAnnotatedWith(Bean.class)
			.should()
			.notBePublic()
			.andShould()
			.notBePrivate()
			.andShould()
			.notBeProtected()
			.check(this.classes);
	}

	@Test
	void theClientDependsOnNothingOfTheSpringBootLayer() {
		noClasses().that()
			.resideInAnyPackage("co.monigo.client..", "co.monigo.pricing..", "co.monigo.metering..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("co.monigo.spring..", "org.springframework.boot..")
			.check(this.classes);
	}

	@Test
	void theRuntimePartsDependOnNoAutoConfiguration() {
		noClasses().that()
			.resideInAnyPackage("co.monigo.spring.boot.metering..", "co.monigo.spring.boot.actuate..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("co.monigo.spring.boot.autoconfigure..", "org.springframework.boot.autoconfigure..")
			.check(this.classes);
	}

	@Test
	void theRecordersLifecycleNeedsNoOptionalLibrary() {
		noClasses().that()
			.resideInAPackage("co.monigo.spring.boot.metering..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.boot.actuate..", "org.springframework.boot.health..",
					"io.micrometer..")
			.check(this.classes);
	}

	/** Every package, of this module and of the client, is a slice of its own: none is in a cycle. */
	@Test
	void packagesDependOnEachOtherWithoutCycles() {
		slices().matching("co.monigo.(**)").should().beFreeOfCycles().check(this.classes);
	}

}

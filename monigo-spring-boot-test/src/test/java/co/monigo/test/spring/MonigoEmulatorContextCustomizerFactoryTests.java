package co.monigo.test.spring;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.monigo.test.MonigoEmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MonigoEmulatorContextCustomizerFactoryTests {

	private final MonigoEmulatorContextCustomizerFactory factory = new MonigoEmulatorContextCustomizerFactory();

	@Test
	void leavesTestClassesWithoutTheAnnotationAlone() {
		assertThat(this.factory.createContextCustomizer(Plain.class, List.of())).isNull();
	}

	@Test
	void customizersOfTheSameKeyAreEqualSoTheirContextsAreCachedTogether() {
		assertThat(this.factory.createContextCustomizer(Annotated.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(AlsoAnnotated.class, List.of()))
			.isNotEqualTo(this.factory.createContextCustomizer(Live.class, List.of()));
	}

	@Test
	void refusesAKeyOfNeitherMode() {
		assertThatIllegalStateException().isThrownBy(() -> this.factory.createContextCustomizer(Unknown.class, List.of()))
			.withMessageContaining("mk_test_");
	}

	static class Plain {

	}

	@MonigoEmulatorTest
	static class Annotated {

	}

	@MonigoEmulatorTest
	static class AlsoAnnotated {

	}

	@MonigoEmulatorTest(apiKey = "mk_live_x")
	static class Live {

	}

	@MonigoEmulatorTest(apiKey = "sk_x")
	static class Unknown {

	}

}

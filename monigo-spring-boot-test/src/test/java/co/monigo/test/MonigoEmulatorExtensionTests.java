package co.monigo.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import co.monigo.client.MonigoClient;
import co.monigo.client.core.KeyMode;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;

@MonigoEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonigoEmulatorExtensionTests {

	private static MonigoEmulator first;

	@Test
	@Order(1)
	void injectsARunningEmulatorAndAClientPointedAtItWithATestKey(MonigoEmulator emulator, MonigoClient monigo) {
		first = emulator;

		monigo.customers().create(CreateCustomerRequest.of("ada", "Ada")).block();

		assertThat(monigo.baseUrl()).isEqualTo(emulator.baseUrl());
		assertThat(monigo.keyMode()).isEqualTo(KeyMode.TEST);
		assertThat(emulator.received().requests()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/v1/customers"));
	}

	@Test
	@Order(2)
	void keepsOneEmulatorPerClassAndResetsItBeforeEachTest(MonigoEmulator emulator, MonigoClient monigo) {
		assertThat(emulator).isSameAs(first);
		assertThat(emulator.received().requestCount()).isZero();
		assertThat(monigo.customers().list().collectList().block()).isEmpty();
	}

	@Nested
	class NestedTests {

		@Test
		void shareTheEmulatorOfTheirEnclosingClass(MonigoEmulator emulator) {
			assertThat(first).isNotNull();
			assertThat(emulator).isSameAs(first);
		}

	}

	@Nested
	@MonigoEmulatorTest(apiKey = "mk_live_nested")
	class LiveKeyTests {

		@Test
		void injectClientsWithTheAnnotationsKey(MonigoClient monigo) {
			assertThat(monigo.keyMode()).isEqualTo(KeyMode.LIVE);
		}

	}

}

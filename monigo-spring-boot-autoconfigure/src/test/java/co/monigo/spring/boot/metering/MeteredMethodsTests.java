package co.monigo.spring.boot.metering;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import co.monigo.metering.Metered;

import static org.assertj.core.api.Assertions.assertThat;

class MeteredMethodsTests {

	@Test
	void aClassWithAMeteredMethodIsMetered() {
		assertThat(MeteredMethods.isMetered(Orders.class)).isTrue();
	}

	@Test
	void aMeteredClassIsMetered() {
		assertThat(MeteredMethods.isMetered(MeteredOrders.class)).isTrue();
	}

	@Test
	void anApplicationClassExtendingASpringClassIsSearched() {
		assertThat(MeteredMethods.isMetered(MeteredAdapter.class)).isTrue();
	}

	@Test
	void aClassWithoutMeteredIsNot() {
		assertThat(MeteredMethods.isMetered(Unmetered.class)).isFalse();
		assertThat(MeteredMethods.isMetered(RequestMappingHandlerAdapter.class)).isFalse();
	}

	static class Orders {

		@Metered(value = "orders", customer = "'c'")
		public void place() {
		}

	}

	@Metered(value = "orders", customer = "'c'")
	static class MeteredOrders {

		public void place() {
		}

	}

	static class MeteredAdapter extends RequestMappingHandlerAdapter {

		@Metered(value = "handled", customer = "'c'")
		public void handled() {
		}

	}

	static class Unmetered {

		public void place() {
		}

	}

}

package co.monigo.readme.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import co.monigo.client.MonigoClient;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.test.MonigoEmulatorTest;
import co.monigo.test.emulator.MonigoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's snippet application is a plain one, without Spring Security, although this module's
 * tests have it on the class path: no security filter chain, and the {@code X-Customer-Id} header names
 * whom a request bills, as README section "Whom we bill" says of an application without it.
 */
@SpringBootTest
@MonigoEmulatorTest
class WithoutSpringSecurityTests {

	private static final String SECURITY_FILTER_CHAIN = "org.springframework.security.web.SecurityFilterChain";

	@Autowired
	ApplicationContext context;

	@Autowired
	MonigoEmulator emulator;

	@Autowired
	MonigoClient monigo;

	@Autowired
	Downloads downloads;

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void springSecurityIsNotConfigured() throws ClassNotFoundException {
		assertThat(this.context.getBeanNamesForType(Class.forName(SECURITY_FILTER_CHAIN))).isEmpty();
		assertThat(this.context.containsBean("springSecurityFilterChain")).isFalse();
	}

	@Test
	void theCustomerHeaderNamesWhomARequestBills() {
		Customer acme = this.monigo.customers().create(CreateCustomerRequest.of("acme", "Acme Corp")).block();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/downloads/1");
		request.addHeader("X-Customer-Id", acme.id());
		ServletRequestAttributes attributes = new ServletRequestAttributes(request);
		RequestContextHolder.setRequestAttributes(attributes);

		this.downloads.serve();
		attributes.requestCompleted();

		await().untilAsserted(() -> assertThat(this.emulator.received().events()).singleElement().satisfies((event) -> {
			assertThat(event.eventName()).isEqualTo("download");
			assertThat(event.customerId()).isEqualTo(acme.id());
		}));
	}

}

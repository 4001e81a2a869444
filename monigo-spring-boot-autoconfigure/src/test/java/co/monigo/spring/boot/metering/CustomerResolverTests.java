package co.monigo.spring.boot.metering;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CustomerResolverTests {

	private static final MeteredCall CALL = new MeteredCall(Object.class.getMethods()[0], Object.class, List.of(),
			null, 1, null);

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theHeaderOfTheCurrentServletRequestIsTheCustomer() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("X-Customer-Id", " cus_42 ");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		assertThat(new HeaderCustomerResolver("X-Customer-Id").resolve(CALL)).isEqualTo("cus_42");
	}

	@Test
	void theHeaderOfTheWebFluxRequestInTheContextIsTheCustomer() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").header("X-Customer-Id", "cus_7"));
		Context context = Context.of(ServerWebExchangeContextFilter.EXCHANGE_CONTEXT_ATTRIBUTE, exchange);

		StepVerifier.create(new HeaderCustomerResolver("X-Customer-Id").resolve(CALL, context))
			.expectNext("cus_7")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aBlankHeaderIsNoCustomer() {
		for (String blank : new String[] { "", "   ", "\t", " \t " }) {
			assertThat(new HeaderCustomerResolver("X-Customer-Id").resolve(servletCallWithHeader(blank)))
				.as("'%s'", blank)
				.isNull();
		}
	}

	@Test
	void aRepeatedHeaderIsRefusedNotBilledToTheFirstOne() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("X-Customer-Id", "c1");
		request.addHeader("X-Customer-Id", "c2");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		assertThatExceptionOfType(InvalidCustomerException.class)
			.isThrownBy(() -> new HeaderCustomerResolver("X-Customer-Id").resolve(CALL))
			.withMessageContaining("X-Customer-Id header comes 2 times");
	}

	@Test
	void aListOfIdsIsRefused() {
		assertThatExceptionOfType(InvalidCustomerException.class)
			.isThrownBy(() -> new HeaderCustomerResolver("X-Customer-Id").resolve(servletCallWithHeader("c1,c2")))
			.withMessageContaining("list of ids");
	}

	@Test
	void nonAsciiTextArrivingAsMojibakeIsRefused() {
		String utf8ReadAsLatin1 = new String("José".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(InvalidCustomerException.class).isThrownBy(
				() -> new HeaderCustomerResolver("X-Customer-Id").resolve(servletCallWithHeader(utf8ReadAsLatin1)))
			.withMessageContaining("outside printable ASCII at position 3")
			.withMessageNotContaining("Jos");
	}

	@Test
	void aControlCharacterIsRefused() {
		assertThatExceptionOfType(InvalidCustomerException.class)
			.isThrownBy(() -> new HeaderCustomerResolver("X-Customer-Id").resolve(servletCallWithHeader("cus\u00071")));
	}

	@Test
	void aRepeatedHeaderInAWebFluxRequestIsRefused() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").header("X-Customer-Id", "c1", "c2"));
		Context context = Context.of(ServerWebExchangeContextFilter.EXCHANGE_CONTEXT_ATTRIBUTE, exchange);

		StepVerifier.create(new HeaderCustomerResolver("X-Customer-Id").resolve(CALL, context))
			.expectError(InvalidCustomerException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aBlankHeaderInAWebFluxRequestIsNoCustomer() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/").header("X-Customer-Id", " \t"));
		Context context = Context.of(ServerWebExchangeContextFilter.EXCHANGE_CONTEXT_ATTRIBUTE, exchange);

		StepVerifier.create(new HeaderCustomerResolver("X-Customer-Id").resolve(CALL, context))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	private static MeteredCall servletCallWithHeader(String value) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("X-Customer-Id", value);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return CALL;
	}

	@Test
	void theAuthenticatedPrincipalIsTheCustomerOnTheCallingThread() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("cus_alice", "n/a", "USER"));

		assertThat(new PrincipalCustomerResolver().resolve(CALL)).isEqualTo("cus_alice");
	}

	@Test
	void theAuthenticatedPrincipalIsTheCustomerInTheReactiveSecurityContext() {
		Context context = ReactiveSecurityContextHolder
			.withAuthentication(new TestingAuthenticationToken("cus_bob", "n/a", "USER"));

		StepVerifier.create(new PrincipalCustomerResolver().resolve(CALL, context))
			.expectNext("cus_bob")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void anUnauthenticatedCallHasNoCustomer() {
		assertThat(new PrincipalCustomerResolver().resolve(CALL)).isNull();
	}

	@Test
	void theFirstResolverThatFindsACustomerWins() {
		FirstFoundCustomerResolver resolver = new FirstFoundCustomerResolver(
				List.of((call) -> null, (call) -> "cus_second", (call) -> "cus_third"));

		assertThat(resolver.resolve(CALL)).isEqualTo("cus_second");
		assertThat(new FirstFoundCustomerResolver(List.of(new PrincipalCustomerResolver(),
				new HeaderCustomerResolver("X-Customer-Id"))))
			.as("where it looks, for the no_customer warning")
			.hasToString("the authenticated principal (Spring Security), then the X-Customer-Id header");
		StepVerifier.create(resolver.resolve(CALL, Context.empty()))
			.expectNext("cus_second")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

}

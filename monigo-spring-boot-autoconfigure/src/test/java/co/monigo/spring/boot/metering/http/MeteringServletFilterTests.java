package co.monigo.spring.boot.metering.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.Metered;
import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.HeaderCustomerResolver;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.MeteringFailures.Reason;
import co.monigo.spring.boot.metering.PrincipalCustomerResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MeteringServletFilterTests {

	private final List<IngestEvent> events = new CopyOnWriteArrayList<>();

	private final MeteringFailures failures = new MeteringFailures();

	private final CustomerResolver headerCustomer = new HeaderCustomerResolver("X-Customer-Id");

	@AfterEach
	void clearPrincipal() {
		SecurityContextHolder.clearContext();
	}

	private MeteringServletFilter filter(UnaryOperator<HttpMeteringRule.Builder> rule) {
		return filter(false, this.headerCustomer, rule);
	}

	private MeteringServletFilter filter(boolean recordAborted, CustomerResolver customers,
			UnaryOperator<HttpMeteringRule.Builder> rule) {
		HttpMeteringRule built = rule.apply(HttpMeteringRule.builder("rules[0]").path("/v1/**").event("api_call"))
			.build();
		return new MeteringServletFilter(new HttpMetering(List.of(built), this.events::add, this.failures, recordAborted),
				customers, 0);
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("X-Customer-Id", "cus_1");
		return request;
	}

	private static FilterChain writing(String body) {
		return (request, response) -> {
			request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/v1/orders/{id}");
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		};
	}

	@Test
	void aMatchingRequestRecordsOneEventWithTheQuantityAndTheRouteTemplateNotTheRawPath() throws Exception {
		filter((rule) -> rule).doFilter(request("POST", "/v1/orders/42"), new MockHttpServletResponse(),
				writing("{}"));

		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.eventName()).isEqualTo("api_call");
			assertThat(event.customerId()).isEqualTo("cus_1");
			assertThat(event.properties()).containsEntry("quantity", 1L)
				.containsEntry("route", "/v1/orders/{id}")
				.containsEntry("method", "POST")
				.containsEntry("status", 200);
		});
	}

	@Test
	void aRequestNoRuleMatchesRecordsNothingAndReachesTheChainUnwrapped() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (request, seen) -> assertThat(seen).isSameAs(response);

		filter((rule) -> rule).doFilter(request("GET", "/health"), response, chain);

		assertThat(this.events).isEmpty();
	}

	@Test
	void aMethodTheRuleDoesNotListIsNotMatched() throws Exception {
		filter((rule) -> rule.methods(List.of("post"))).doFilter(request("GET", "/v1/orders"),
				new MockHttpServletResponse(), writing("{}"));

		assertThat(this.events).isEmpty();
	}

	@Test
	void aClientErrorIsNotCountedByDefault() throws Exception {
		filter((rule) -> rule).doFilter(request("GET", "/v1/orders/9"), new MockHttpServletResponse(),
				(request, response) -> ((jakarta.servlet.http.HttpServletResponse) response).setStatus(404));

		assertThat(this.events).isEmpty();
	}

	@Test
	void anExceptionLeavingTheChainCountsAsA500WhenTheRuleCountsServerErrorsAndPassesThrough() {
		MeteringServletFilter filter = filter((rule) -> rule.outcome("5xx"));

		assertThatIllegalStateException().isThrownBy(() -> filter.doFilter(request("GET", "/v1/orders"),
				new MockHttpServletResponse(), (request, response) -> {
					throw new IllegalStateException("model overloaded");
				}))
			.withMessage("model overloaded");

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("status", 500));
	}

	@Test
	void anAsyncStreamedResponseRecordsItsFinalByteCountOnceItCompletes() throws Exception {
		MockHttpServletRequest request = request("GET", "/v1/download");
		request.setAsyncSupported(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AsyncContext[] async = new AsyncContext[1];

		filter((rule) -> rule.quantity("response-body-size")).doFilter(request, response, (req, res) -> {
			async[0] = req.startAsync(req, res);
			res.getOutputStream().write(new byte[100]);
		});
		assertThat(this.events).isEmpty();
		async[0].getResponse().getOutputStream().write(new byte[150]);
		async[0].complete();

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 250L));
		assertThat(response.getContentAsByteArray()).hasSize(250);
	}

	@Test
	void textWrittenThroughTheWriterCountsTheBytesItEncodesTo() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setCharacterEncoding("UTF-8");

		filter((rule) -> rule.quantity("response-body-size")).doFilter(request("GET", "/v1/text"), response,
				(req, res) -> res.getWriter().print("héllo €"));

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 10L));
		assertThat(response.getContentAsString()).isEqualTo("héllo €");
	}

	@Test
	void aChunkedUploadCountsTheBytesTheApplicationRead() throws Exception {
		MockHttpServletRequest request = request("POST", "/v1/upload");
		request.setContent(new byte[64]);
		request.removeHeader("Content-Length");

		filter((rule) -> rule.quantity("request-body-size")).doFilter(withoutContentLength(request),
				new MockHttpServletResponse(), (req, res) -> req.getInputStream().readAllBytes());

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 64L));
	}

	private static MockHttpServletRequest withoutContentLength(MockHttpServletRequest request) {
		MockHttpServletRequest chunked = new MockHttpServletRequest(request.getMethod(), request.getRequestURI()) {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		chunked.setContent(request.getContentAsByteArray());
		chunked.addHeader("X-Customer-Id", "cus_1");
		return chunked;
	}

	@Test
	void theQuantityCanComeFromAResponseHeader() throws Exception {
		filter((rule) -> rule.quantity("response-header:X-Tokens-Used")).doFilter(request("POST", "/v1/complete"),
				new MockHttpServletResponse(),
				(req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setHeader("X-Tokens-Used", "42"));

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 42L));
	}

	@Test
	void theQuantityCanComeFromAnExpressionOverTheExchange() throws Exception {
		filter((rule) -> rule.quantity("expression:attribute('tokens') * 2")).doFilter(
				request("POST", "/v1/complete"), new MockHttpServletResponse(),
				(req, res) -> req.setAttribute("tokens", 21));

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 42));
	}

	@Test
	void aQuantityThatCannotBeHadIsCountedAndTheResponseIsUnchanged() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter((rule) -> rule.quantity("response-header:X-Tokens-Used")).doFilter(request("POST", "/v1/complete"),
				response, writing("answer"));

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.INVALID_EVENT)).isEqualTo(1);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("answer");
	}

	@Test
	void aQuantityExpressionThatFailsIsCountedAndTheResponseIsUnchanged() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter((rule) -> rule.quantity("expression:attribute('tokens').length()")).doFilter(
				request("POST", "/v1/complete"), response, writing("answer"));

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.EXPRESSION)).isEqualTo(1);
		assertThat(response.getContentAsString()).isEqualTo("answer");
	}

	@Test
	void aRequestTheClientAbortedRecordsNothingByDefault() {
		MeteringServletFilter filter = filter((rule) -> rule);

		assertThatIOException().isThrownBy(() -> filter.doFilter(request("GET", "/v1/orders"), brokenPipe(),
				writing("too late")));

		assertThat(this.events).isEmpty();
	}

	@Test
	void aRequestTheClientAbortedIsRecordedWhenSetTo() {
		MeteringServletFilter filter = filter(true, this.headerCustomer, (rule) -> rule);

		assertThatIOException().isThrownBy(() -> filter.doFilter(request("GET", "/v1/orders"), brokenPipe(),
				writing("too late")));

		assertThat(this.events).hasSize(1);
	}

	private static MockHttpServletResponse brokenPipe() {
		return new MockHttpServletResponse() {

			@Override
			public ServletOutputStream getOutputStream() {
				return new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						throw new IOException("Broken pipe");
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
					}

				};
			}

		};
	}

	@Test
	void theCustomerCanBeTheAuthenticatedPrincipal() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("cus_principal", null,
					AuthorityUtils.NO_AUTHORITIES));

		filter(false, new PrincipalCustomerResolver(), (rule) -> rule)
			.doFilter(new MockHttpServletRequest("GET", "/v1/orders"), new MockHttpServletResponse(), writing("{}"));

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_principal"));
	}

	@Test
	void aRequestWithoutACustomerIsCountedAndSendsNothing() throws Exception {
		filter((rule) -> rule).doFilter(new MockHttpServletRequest("GET", "/v1/orders"), new MockHttpServletResponse(),
				writing("{}"));

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.NO_CUSTOMER)).isEqualTo(1);
	}

	@Test
	void aRequestWhoseHandlerIsMeteredIsLeftToTheAnnotation() throws Exception {
		filter((rule) -> rule).doFilter(request("GET", "/v1/orders"), new MockHttpServletResponse(),
				servedBy("metered"));

		assertThat(this.events).isEmpty();
	}

	@Test
	void aRequestWhoseHandlerIsMeteredIsRecordedByARuleThatAlsoWantsIt() throws Exception {
		filter((rule) -> rule.alsoWhenMetered(true)).doFilter(request("GET", "/v1/orders"),
				new MockHttpServletResponse(), servedBy("metered"));

		assertThat(this.events).hasSize(1);
	}

	@Test
	void aRequestWhoseHandlerIsNotMeteredIsRecordedByTheRule() throws Exception {
		filter((rule) -> rule).doFilter(request("GET", "/v1/orders"), new MockHttpServletResponse(),
				servedBy("plain"));

		assertThat(this.events).hasSize(1);
	}

	private static FilterChain servedBy(String method) throws NoSuchMethodException {
		HandlerMethod handler = new HandlerMethod(new Orders(), Orders.class.getMethod(method));
		return (request, response) -> request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
	}

	static class Orders {

		@Metered("orders_listed")
		public String metered() {
			return "metered";
		}

		public String plain() {
			return "plain";
		}

	}

}

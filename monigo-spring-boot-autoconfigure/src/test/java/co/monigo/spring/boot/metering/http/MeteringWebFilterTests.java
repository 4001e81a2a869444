package co.monigo.spring.boot.metering.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.Metered;
import co.monigo.spring.boot.metering.CustomerResolver;
import co.monigo.spring.boot.metering.FirstFoundCustomerResolver;
import co.monigo.spring.boot.metering.HeaderCustomerResolver;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.MeteringFailures.Reason;
import co.monigo.spring.boot.metering.PrincipalCustomerResolver;

import static org.assertj.core.api.Assertions.assertThat;

class MeteringWebFilterTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final List<IngestEvent> events = new CopyOnWriteArrayList<>();

	private final MeteringFailures failures = new MeteringFailures();

	private final CustomerResolver customers = new FirstFoundCustomerResolver(
			List.of(new HeaderCustomerResolver("X-Customer-Id"), new PrincipalCustomerResolver()));

	private MeteringWebFilter filter(UnaryOperator<HttpMeteringRule.Builder> rule) {
		return filter(false, rule);
	}

	private MeteringWebFilter filter(boolean recordAborted, UnaryOperator<HttpMeteringRule.Builder> rule) {
		HttpMeteringRule built = rule.apply(HttpMeteringRule.builder("rules[0]").path("/v1/**").event("api_call"))
			.build();
		return new MeteringWebFilter(new HttpMetering(List.of(built), this.events::add, this.failures, recordAborted),
				this.customers, 0);
	}

	private static MockServerWebExchange exchange(String method, String path) {
		return MockServerWebExchange
			.from(MockServerHttpRequest.method(org.springframework.http.HttpMethod.valueOf(method), path)
				.header("X-Customer-Id", "cus_1"));
	}

	private static WebFilterChain writing(String... chunks) {
		return (exchange) -> {
			exchange.getAttributes()
				.put(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
						PathPatternParser.defaultInstance.parse("/v1/orders/{id}"));
			return exchange.getResponse().writeWith(Flux.fromArray(chunks).map(MeteringWebFilterTests::buffer));
		};
	}

	private static DataBuffer buffer(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aMatchingRequestRecordsOneEventWithTheQuantityAndTheRouteTemplate() {
		StepVerifier.create(filter((rule) -> rule).filter(exchange("POST", "/v1/orders/42"), writing("{}")))
			.expectComplete()
			.verify(TIMEOUT);

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
	void aRequestNoRuleMatchesRecordsNothingAndReachesTheChainUndecorated() {
		MockServerWebExchange exchange = exchange("GET", "/health");
		WebFilterChain chain = (seen) -> {
			assertThat(seen).isSameAs(exchange);
			return Mono.empty();
		};

		StepVerifier.create(filter((rule) -> rule).filter(exchange, chain)).expectComplete().verify(TIMEOUT);

		assertThat(this.events).isEmpty();
	}

	@Test
	void aClientErrorIsNotCountedByDefault() {
		WebFilterChain notFound = (exchange) -> {
			exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
			return exchange.getResponse().setComplete();
		};

		StepVerifier.create(filter((rule) -> rule).filter(exchange("GET", "/v1/orders/9"), notFound))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.events).isEmpty();
	}

	@Test
	void anErrorCountsWithTheStatusItWillBeAnsweredWithAndPassesThrough() {
		ResponseStatusException unavailable = new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);

		StepVerifier
			.create(filter((rule) -> rule.outcome("5xx")).filter(exchange("GET", "/v1/orders"),
					(exchange) -> Mono.error(unavailable)))
			.expectErrorSatisfies((error) -> assertThat(error).isSameAs(unavailable))
			.verify(TIMEOUT);

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("status", 503));
	}

	@Test
	void aStreamedResponseRecordsItsFinalByteCount() {
		WebFilterChain streaming = (exchange) -> exchange.getResponse()
			.writeAndFlushWith(Flux.just("first ", "second ", "third").map((chunk) -> Flux.just(buffer(chunk))));

		StepVerifier
			.create(filter((rule) -> rule.quantity("response-body-size")).filter(exchange("GET", "/v1/stream"),
					streaming))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 18L));
	}

	@Test
	void aChunkedUploadCountsTheBytesTheApplicationRead() {
		MockServerWebExchange upload = MockServerWebExchange.from(MockServerHttpRequest.post("/v1/upload")
			.header("X-Customer-Id", "cus_1")
			.body(Flux.just(buffer("0123456789"), buffer("01234"))));
		WebFilterChain reading = (exchange) -> exchange.getRequest().getBody().then();

		StepVerifier.create(filter((rule) -> rule.quantity("request-body-size")).filter(upload, reading))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 15L));
	}

	@Test
	void aRequestTheClientAbortedRecordsNothingByDefault() {
		StepVerifier.create(filter((rule) -> rule).filter(exchange("GET", "/v1/orders"), (exchange) -> Mono.never()))
			.thenCancel()
			.verify(TIMEOUT);

		assertThat(this.events).isEmpty();
	}

	@Test
	void aRequestTheClientAbortedIsRecordedWhenSetTo() {
		StepVerifier
			.create(filter(true, (rule) -> rule).filter(exchange("GET", "/v1/orders"), (exchange) -> Mono.never()))
			.thenCancel()
			.verify(TIMEOUT);

		assertThat(this.events).hasSize(1);
	}

	@Test
	void theCustomerCanBeTheAuthenticatedPrincipal() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/v1/orders"));

		StepVerifier
			.create(filter((rule) -> rule).filter(exchange, writing("{}"))
				.contextWrite(ReactiveSecurityContextHolder.withAuthentication(UsernamePasswordAuthenticationToken
					.authenticated("cus_principal", null, AuthorityUtils.NO_AUTHORITIES))))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_principal"));
	}

	@Test
	void aRequestWithoutACustomerIsCountedAndSendsNothing() {
		ServerWebExchange anonymous = MockServerWebExchange.from(MockServerHttpRequest.get("/v1/orders"));

		StepVerifier.create(filter((rule) -> rule).filter(anonymous, writing("{}"))).expectComplete().verify(TIMEOUT);

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.NO_CUSTOMER)).isEqualTo(1);
	}

	@Test
	void aQuantityThatCannotBeHadIsCountedAndTheResponseIsUnchanged() {
		MockServerWebExchange exchange = exchange("POST", "/v1/complete");

		StepVerifier
			.create(filter((rule) -> rule.quantity("response-header:X-Tokens-Used")).filter(exchange,
					writing("answer")))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.INVALID_EVENT)).isEqualTo(1);
		assertThat(exchange.getResponse().getBodyAsString().block(TIMEOUT)).isEqualTo("answer");
	}

	@Test
	void aRequestWhoseHandlerIsMeteredIsLeftToTheAnnotationUnlessTheRuleAlsoWantsIt() throws Exception {
		HandlerMethod metered = new HandlerMethod(new Summaries(), Summaries.class.getMethod("summary"));
		WebFilterChain servedByMetered = (exchange) -> {
			exchange.getAttributes().put(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, metered);
			return exchange.getResponse().setComplete();
		};

		StepVerifier.create(filter((rule) -> rule).filter(exchange("GET", "/v1/summary"), servedByMetered))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.events).isEmpty();

		StepVerifier
			.create(filter((rule) -> rule.alsoWhenMetered(true)).filter(exchange("GET", "/v1/summary"),
					servedByMetered))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.events).hasSize(1);
	}

	static class Summaries {

		@Metered("summary")
		public Mono<String> summary() {
			return Mono.just("summary");
		}

	}

	@Test
	void theQuantityCanComeFromAResponseHeader() {
		WebFilterChain tokens = (exchange) -> {
			exchange.getResponse().getHeaders().set("X-Tokens-Used", "42");
			return exchange.getResponse().setComplete();
		};

		StepVerifier
			.create(filter((rule) -> rule.quantity("response-header:X-Tokens-Used"))
				.filter(exchange("POST", "/v1/complete"), tokens))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 42L));
	}

}

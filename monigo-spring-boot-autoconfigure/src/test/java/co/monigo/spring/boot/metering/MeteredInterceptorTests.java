package co.monigo.spring.boot.metering;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.web.context.request.RequestContextHolder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import co.monigo.client.model.IngestEvent;
import co.monigo.metering.Metered;
import co.monigo.spring.boot.metering.MeteringFailures.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MeteredInterceptorTests {

	private final List<IngestEvent> events = new CopyOnWriteArrayList<>();

	private final MeteringFailures failures = new MeteringFailures();

	private String headerCustomer = "cus_from_resolver";

	private <T> T proxy(T target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		MeteredMethods methods = new MeteredMethods();
		factory.addAdvisor(new MeteredAdvisor(methods,
				new MeteredInterceptor(methods, this.events::add, (call) -> this.headerCustomer, this.failures)));
		@SuppressWarnings("unchecked")
		T proxy = (T) factory.getProxy();
		return proxy;
	}

	/** A MockMvc test run before on this thread may have left its request's attributes, where the customer is kept. */
	@BeforeEach
	void forgetTheLastRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aPlainCallRecordsOneEventWithCustomerQuantityAndProperties() {
		Completions service = proxy(new Completions());

		Completion completion = service.complete("cus_42", "hello world");

		assertThat(completion.tokens()).isEqualTo(2);
		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.eventName()).isEqualTo("tokens_used");
			assertThat(event.customerId()).isEqualTo("cus_42");
			assertThat(event.properties()).containsEntry("tokens", 2).containsEntry("model", "large");
		});
	}

	@Test
	void aPropertyWhoseValueIsNullIsLeftOutAndTheUsageIsStillRecorded() {
		proxy(new Completions()).withModel("cus_1", null);

		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.customerId()).isEqualTo("cus_1");
			assertThat(event.properties()).containsEntry("quantity", 1).doesNotContainKey("model");
		});
	}

	@Test
	void argumentsCanBeReadByIndex() {
		proxy(new Completions()).byIndex("cus_7", 3);

		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.customerId()).isEqualTo("cus_7");
			assertThat(event.properties()).containsEntry("quantity", 3);
		});
	}

	@Test
	void theIdempotencyKeyExpressionGivesTheEventsKey() {
		proxy(new Completions()).withRequestId("cus_1", "req_99");

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.idempotencyKey()).isEqualTo("cus_1_api_call_req_99"));
	}

	@Test
	void withoutACustomerExpressionTheResolverDecides() {
		proxy(new Completions()).resolved();

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.customerId()).isEqualTo("cus_from_resolver"));
	}

	@Test
	void aCallWithNoCustomerIsCountedAndNotSent() {
		this.headerCustomer = null;

		assertThat(proxy(new Completions()).resolved()).isEqualTo("ok");

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.NO_CUSTOMER)).isEqualTo(1);
	}

	@Test
	void aFailingCallRecordsNothingByDefaultAndItsExceptionPassesUntouched() {
		Completions service = proxy(new Completions());
		IllegalStateException thrown = new IllegalStateException("model overloaded");

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> service.fail(thrown)).isSameAs(thrown);
		assertThat(this.events).isEmpty();
	}

	@Test
	void whenFailureOnlyFailingCallsAreRecorded() {
		Completions service = proxy(new Completions());

		service.onFailure(false);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> service.onFailure(true));

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("error", "failed"));
	}

	@Test
	void whenAlwaysBothOutcomesAreRecordedWithTheOutcome() {
		Completions service = proxy(new Completions());

		service.always(false);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> service.always(true));

		assertThat(this.events).extracting((event) -> event.properties().get("outcome"))
			.containsExactly("success", "failure");
	}

	@Test
	void aCompletionStageIsRecordedWhenItCompletesNotWhenReturned() {
		CompletableFuture<Completion> pending = new CompletableFuture<>();
		Completions service = proxy(new Completions(pending));

		CompletableFuture<Completion> returned = service.async("cus_1");
		assertThat(this.events).isEmpty();
		pending.complete(new Completion(7));

		assertThat(returned).isSameAs(pending);
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("tokens", 7));
	}

	@Test
	void aMonoIsRecordedOnCompletionNotAtAssembly() {
		Completions service = proxy(new Completions());

		Mono<Completion> mono = service.reactive("cus_1");
		assertThat(this.events).isEmpty();

		StepVerifier.create(mono).expectNext(new Completion(5)).expectComplete().verify(Duration.ofSeconds(5));
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("tokens", 5));
	}

	@Test
	void aMonoSubscribedTwiceIsRecordedTwice() {
		Mono<Completion> mono = proxy(new Completions()).reactive("cus_1");

		mono.block(Duration.ofSeconds(5));
		mono.block(Duration.ofSeconds(5));

		assertThat(this.events).hasSize(2);
	}

	@Test
	void aCancelledMonoRecordsNothing() {
		Sinks.One<Completion> never = Sinks.one();
		Completions service = proxy(new Completions(never.asMono()));

		StepVerifier.create(service.reactiveFromSink("cus_1")).thenCancel().verify(Duration.ofSeconds(5));

		assertThat(this.events).isEmpty();
	}

	@Test
	void aFluxIsRecordedOnceWithItsElementCount() {
		StepVerifier.create(proxy(new Completions()).stream("cus_1", 5))
			.expectNextCount(5)
			.expectComplete()
			.verify(Duration.ofSeconds(5));

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("chunks", 5L));
	}

	@Test
	void aCancelledFluxRecordsNothing() {
		StepVerifier.create(proxy(new Completions()).stream("cus_1", 1_000), 2)
			.expectNextCount(2)
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		assertThat(this.events).isEmpty();
	}

	@Test
	void aFailingFluxRecordsNothingByDefault() {
		StepVerifier.create(proxy(new Completions()).failingStream("cus_1"))
			.expectNextCount(1)
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(5));

		assertThat(this.events).isEmpty();
	}

	@Test
	void aClassAnnotationMetersEveryPublicMethodAndAMethodAnnotationWins() {
		Billing service = proxy(new Billing());

		service.lookup("cus_1");
		service.export("cus_1");

		assertThat(this.events).extracting(IngestEvent::eventName).containsExactly("billing_call", "export");
	}

	@Test
	void anExpressionThatFailsAtRunTimeIsCountedAndTheResultIsUntouched() {
		Completion completion = proxy(new Completions()).brokenAtRunTime("cus_1");

		assertThat(completion).isEqualTo(new Completion(1));
		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.EXPRESSION)).isEqualTo(1);
	}

	@Test
	void expressionsCannotReachTypes() {
		proxy(new Completions()).reachesForTypes("cus_1");

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.EXPRESSION)).isEqualTo(1);
	}

	@Test
	void expressionsCannotReachBeansClassesOrConstructorsNorAssign() {
		Forbidden forbidden = proxy(new Forbidden());

		int calls = 300; // past the point where SpEL compiles an expression that keeps succeeding
		for (int i = 0; i < calls; i++) {
			forbidden.bean("cus_1");
			forbidden.classOfAnArgument("cus_1");
			forbidden.constructor("cus_1");
			forbidden.assignment("cus_1", 3);
		}

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.EXPRESSION)).isEqualTo(4 * calls);
	}

	@Test
	void aCompiledExpressionStillReadsAValueOfAnotherType() {
		Completions service = proxy(new Completions());
		for (int i = 0; i < 300; i++) {
			service.anyNumber("cus_1", 2);
		}

		service.anyNumber("cus_1", 5L);
		service.anyNumber("cus_1", new java.math.BigDecimal("0.5"));

		assertThat(this.events).hasSize(302);
		assertThat(this.events.subList(300, 302)).extracting((event) -> event.properties().get("quantity"))
			.containsExactly(5L, new java.math.BigDecimal("0.5"));
	}

	@Test
	void theRootObjectIsTheCall() {
		proxy(new Completions()).readsTheRoot("cus_1", 7);

		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.properties()).containsEntry("quantity", 7)
				.containsEntry("method", "readsTheRoot"));
	}

	@Test
	void aQuantityThatIsNotANumberIsCountedAsAnInvalidEvent() {
		proxy(new Completions()).textQuantity("cus_1");

		assertThat(this.events).isEmpty();
		assertThat(this.failures.count(Reason.INVALID_EVENT)).isEqualTo(1);
	}

	@Test
	void anExpressionThatDoesNotParseIsReportedWithClassMethodAndExpression() {
		assertThatIllegalStateException().isThrownBy(() -> new MeteredMethods().validate(Unparseable.class))
			.withMessageContaining(Unparseable.class.getName() + "#broken")
			.withMessageContaining("quantity")
			.withMessageContaining("#result.(");
	}

	record Completion(int tokens) {
	}

	public static class Completions {

		private final CompletableFuture<Completion> future;

		private final Mono<Completion> mono;

		public Completions() {
			this(CompletableFuture.completedFuture(new Completion(1)), Mono.never());
		}

		public Completions(CompletableFuture<Completion> future) {
			this(future, Mono.never());
		}

		public Completions(Mono<Completion> mono) {
			this(new CompletableFuture<>(), mono);
		}

		private Completions(CompletableFuture<Completion> future, Mono<Completion> mono) {
			this.future = future;
			this.mono = mono;
		}

		@Metered(value = "tokens_used", customer = "#customerId", quantity = "#result.tokens()",
				quantityProperty = "tokens", properties = @Metered.Property(name = "model", value = "'large'"))
		public Completion complete(String customerId, String prompt) {
			return new Completion(prompt.split(" ").length);
		}

		@Metered(value = "api_call", customer = "#p0", quantity = "#a1")
		public void byIndex(String customerId, int units) {
		}

		@Metered(value = "api_call", customer = "#customerId",
				properties = @Metered.Property(name = "model", value = "#model"))
		public void withModel(String customerId, String model) {
		}

		@Metered(value = "api_call", customer = "#customerId", quantity = "args[1]",
				properties = @Metered.Property(name = "method", value = "method.name"))
		public void readsTheRoot(String customerId, int units) {
		}

		@Metered(value = "api_call", customer = "#customerId", quantity = "#units")
		public void anyNumber(String customerId, Number units) {
		}

		@Metered(value = "api_call", customer = "#customerId",
				idempotencyKey = "#customerId + '_api_call_' + #requestId")
		public void withRequestId(String customerId, String requestId) {
		}

		@Metered("api_call")
		public String resolved() {
			return "ok";
		}

		@Metered(value = "api_call", customer = "'cus_1'")
		public void fail(RuntimeException failure) {
			throw failure;
		}

		@Metered(value = "api_call", customer = "'cus_1'", when = Metered.When.FAILURE,
				properties = @Metered.Property(name = "error", value = "#exception.message"))
		public void onFailure(boolean fail) {
			if (fail) {
				throw new IllegalStateException("failed");
			}
		}

		@Metered(value = "api_call", customer = "'cus_1'", when = Metered.When.ALWAYS)
		public void always(boolean fail) {
			if (fail) {
				throw new IllegalStateException("failed");
			}
		}

		@Metered(value = "tokens_used", customer = "#customerId", quantity = "#result.tokens()",
				quantityProperty = "tokens")
		public CompletableFuture<Completion> async(String customerId) {
			return this.future;
		}

		@Metered(value = "tokens_used", customer = "#customerId", quantity = "#result.tokens()",
				quantityProperty = "tokens")
		public Mono<Completion> reactive(String customerId) {
			return Mono.fromSupplier(() -> new Completion(5));
		}

		@Metered(value = "tokens_used", customer = "#customerId")
		public Mono<Completion> reactiveFromSink(String customerId) {
			return this.mono;
		}

		@Metered(value = "chunks_streamed", customer = "#customerId", quantity = "#count", quantityProperty = "chunks")
		public Flux<Integer> stream(String customerId, int chunks) {
			return Flux.range(1, chunks);
		}

		@Metered(value = "chunks_streamed", customer = "#customerId")
		public Flux<Integer> failingStream(String customerId) {
			return Flux.concat(Flux.just(1), Flux.error(new IllegalStateException("cut off")));
		}

		@Metered(value = "api_call", customer = "#customerId", quantity = "#result.missing()")
		public Completion brokenAtRunTime(String customerId) {
			return new Completion(1);
		}

		@Metered(value = "api_call", customer = "#customerId",
				quantity = "T(java.lang.Runtime).getRuntime().availableProcessors()")
		public void reachesForTypes(String customerId) {
		}

		@Metered(value = "api_call", customer = "#customerId", quantity = "'a lot'")
		public void textQuantity(String customerId) {
		}

	}

	@Metered(value = "billing_call", customer = "#customerId")
	public static class Billing {

		public Map<String, String> lookup(String customerId) {
			return Map.of("id", customerId);
		}

		@Metered(value = "export", customer = "#customerId")
		public String export(String customerId) {
			return "csv";
		}

	}

	public static class Forbidden {

		@Metered(value = "api_call", customer = "#customerId", quantity = "@someBean.size()")
		public void bean(String customerId) {
		}

		@Metered(value = "api_call", customer = "#customerId", quantity = "#customerId.getClass().getName().length()")
		public void classOfAnArgument(String customerId) {
		}

		@Metered(value = "api_call", customer = "#customerId", quantity = "new java.util.ArrayList().size()")
		public void constructor(String customerId) {
		}

		@Metered(value = "api_call", customer = "#customerId", quantity = "#units = 5")
		public void assignment(String customerId, int units) {
		}

	}

	public static class Unparseable {

		@Metered(value = "api_call", quantity = "#result.(")
		public void broken() {
		}

	}

}

package co.monigo.spring.boot.metering;

import java.lang.reflect.Method;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.expression.EvaluationException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import co.monigo.spring.boot.metering.MeteringFailures.Reason;

/**
 * Records a usage event for each call of a {@code @Metered} method: when a plain call returns or
 * throws, when a {@code CompletionStage} completes, when a {@code Mono} or {@code Flux} subscription
 * completes or errors (once per subscription; a cancelled one records nothing). Metering never changes
 * the call: its result and its exceptions pass through untouched, and a metering failure is counted
 * and logged, never thrown.
 * <p>
 * A plain Spring AOP interceptor (applied by {@link MeteredAdvisor}), not an AspectJ aspect: the
 * starter then needs no AspectJ weaver, whose classes and pointcut matching of every bean cost about
 * a third of the starter's startup time, and a call goes through no {@code ProceedingJoinPoint}.
 */
public final class MeteredInterceptor implements MethodInterceptor {

	private final MeteredMethods methods;

	private final Supplier<? extends MeteredEventSink> sink;

	private final Supplier<RequestCustomers> customers;

	private final MeteringFailures failures;

	public MeteredInterceptor(MeteredMethods methods, MeteredEventSink sink, CustomerResolver customerResolver,
			MeteringFailures failures) {
		this(methods, () -> sink, () -> customerResolver, failures);
	}

	private MeteredInterceptor(MeteredMethods methods, Supplier<? extends MeteredEventSink> sink,
			Supplier<? extends CustomerResolver> customerResolver, MeteringFailures failures) {
		this.methods = methods;
		this.sink = sink;
		this.customers = SingletonSupplier.of(() -> new RequestCustomers(customerResolver.get()));
		this.failures = failures;
	}

	/**
	 * An interceptor that looks the sink and the customer resolver up at the first metered call, once:
	 * advisors are created while the context is still creating its bean post-processors, before the
	 * pipeline exists.
	 */
	public static MeteredInterceptor lazy(MeteredMethods methods, Supplier<? extends MeteredEventSink> sink,
			Supplier<? extends CustomerResolver> customerResolver, MeteringFailures failures) {
		return new MeteredInterceptor(methods, SingletonSupplier.of(sink), SingletonSupplier.of(customerResolver),
				failures);
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object target = invocation.getThis();
		Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target)
				: invocation.getMethod().getDeclaringClass();
		Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), targetClass);
		MeteredMethod metered = this.methods.find(method, targetClass);
		if (metered == null) {
			return invocation.proceed();
		}
		MeteredCall call = MeteredCall.of(method, targetClass, invocation.getArguments());
		Object result;
		try {
			result = invocation.proceed();
		}
		catch (Throwable failure) {
			if (metered.recordsFailure()) {
				record(metered, call.failed(failure), resolveNow(metered, call));
			}
			throw failure;
		}
		if (result instanceof Mono<?> mono) {
			return meterMono(metered, call, mono);
		}
		if (result instanceof Flux<?> flux) {
			return meterFlux(metered, call, flux);
		}
		if (result instanceof CompletionStage<?> stage) {
			ResolvedCustomer customer = resolveNow(metered, call);
			stage.whenComplete((value, failure) -> {
				if (failure == null) {
					recordSuccess(metered, call, value, 1, customer);
				}
				else if (metered.recordsFailure()) {
					record(metered, call.failed(unwrap(failure)), customer);
				}
			});
			return stage;
		}
		if (metered.recordsSuccess()) {
			record(metered, call.succeeded(result, 1), resolveNow(metered, call));
		}
		return result;
	}

	private <T> Mono<T> meterMono(MeteredMethod metered, MeteredCall call, Mono<T> mono) {
		return Mono.deferContextual((context) -> resolveLater(metered, call, context)
			.flatMap((customer) -> mono.doOnSuccess((value) -> recordSuccess(metered, call, value, 1, customer))
				.doOnError((failure) -> recordFailure(metered, call, failure, customer))));
	}

	private <T> Flux<T> meterFlux(MeteredMethod metered, MeteredCall call, Flux<T> flux) {
		return Flux.deferContextual((context) -> resolveLater(metered, call, context).flatMapMany((customer) -> {
			AtomicLong count = new AtomicLong();
			return flux.doOnNext((element) -> count.incrementAndGet())
				.doOnComplete(() -> recordSuccess(metered, call, null, count.get(), customer))
				.doOnError((failure) -> recordFailure(metered, call, failure, customer));
		}));
	}

	private void recordSuccess(MeteredMethod metered, MeteredCall call, @Nullable Object value, long count,
			ResolvedCustomer customer) {
		if (metered.recordsSuccess()) {
			record(metered, call.succeeded(value, count), customer);
		}
	}

	private void recordFailure(MeteredMethod metered, MeteredCall call, Throwable failure, ResolvedCustomer customer) {
		if (metered.recordsFailure()) {
			record(metered, call.failed(failure), customer);
		}
	}

	/** The request's customer on the calling thread (resolved once per request), unless the annotation names one. */
	private ResolvedCustomer resolveNow(MeteredMethod metered, MeteredCall call) {
		return metered.namesCustomer() ? ResolvedCustomer.NOT_ASKED : this.customers.get().resolveNow(call);
	}

	/** The request's customer from the subscriber's context, unless the annotation names one. */
	private Mono<ResolvedCustomer> resolveLater(MeteredMethod metered, MeteredCall call, ContextView context) {
		return metered.namesCustomer() ? Mono.just(ResolvedCustomer.NOT_ASKED)
				: Mono.defer(() -> this.customers.get().resolveLater(call, context));
	}

	/** Never throws: measuring must not fail the business call. */
	private void record(MeteredMethod metered, MeteredCall call, ResolvedCustomer resolved) {
		try {
			String customer = metered.namesCustomer() ? metered.customer(call) : resolved.id();
			if (customer == null) {
				Reason reason = (resolved.failure() != null) ? resolved.failure() : Reason.NO_CUSTOMER;
				this.failures.failed(reason, metered.description(), resolved.detail());
				return;
			}
			this.sink.get().accept(metered.toEvent(call, customer));
		}
		catch (EvaluationException failure) {
			this.failures.failed(Reason.EXPRESSION, metered.description(), failure.getMessage());
		}
		catch (IllegalArgumentException invalid) {
			this.failures.failed(Reason.INVALID_EVENT, metered.description(), invalid.getMessage());
		}
		catch (RuntimeException unexpected) {
			this.failures.failed(Reason.EXPRESSION, metered.description(), String.valueOf(unexpected));
		}
	}

	private static Throwable unwrap(Throwable failure) {
		return (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause() : failure;
	}

}

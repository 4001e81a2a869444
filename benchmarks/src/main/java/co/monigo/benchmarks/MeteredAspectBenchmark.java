package co.monigo.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.annotation.Counted;
import io.micrometer.core.aop.CountedAspect;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import reactor.core.publisher.Mono;

import co.monigo.client.model.IngestResult;
import co.monigo.metering.BatchingUsageRecorder;
import co.monigo.metering.Metered;
import co.monigo.metering.MeteringSettings;
import co.monigo.spring.boot.metering.MeteredAdvisor;
import co.monigo.spring.boot.metering.MeteredInterceptor;
import co.monigo.spring.boot.metering.MeteredMethods;
import co.monigo.spring.boot.metering.MeteringFailures;

/**
 * The cost of {@code @Metered} on a call, against the cost of the proxy it needs: the same method called
 * directly; through a bare proxy (a no-op {@code MethodInterceptor}, what any Spring AOP advice costs);
 * through a proxy whose interceptor increments a counter registered beforehand (the cheapest useful
 * advice); through Micrometer's {@code @Counted} (AspectJ, which builds its counter per call); and
 * through the proxy the starter makes ({@link MeteredAdvisor}, customer and quantity from SpEL) recording
 * into a real {@link BatchingUsageRecorder} with default settings, whose dispatcher batches and hands the
 * batches to a sender that answers at once (no I/O). The arguments come from {@code @State} fields, in
 * turn, so the JIT cannot fold them. Report {@code @Metered} as its time minus the bare proxy's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class MeteredAspectBenchmark {

	private static final IngestResult NOTHING = new IngestResult(List.of(), List.of());

	private final String[] customers = { "cus_01HZX4ACME", "cus_01HZX4GLOBEX", "cus_01HZX4INITECH",
			"cus_01HZX4UMBRELLA", "cus_01HZX4HOOLI", "cus_01HZX4STARK", "cus_01HZX4WAYNE", "cus_01HZX4TYRELL" };

	private final int[] tokens = { 1500, 12, 4096, 733, 90, 2048, 1, 318 };

	private int call;

	private Completions plain;

	private Completions bareProxy;

	private Completions counterProxy;

	private Completions counted;

	private Completions metered;

	private BatchingUsageRecorder recorder;

	@Setup(Level.Trial)
	public void setUp() {
		this.plain = new Completions();
		this.bareProxy = proxy((MethodInterceptor) (invocation) -> invocation.proceed());
		Counter counter = Counter.builder("completions").register(new SimpleMeterRegistry());
		this.counterProxy = proxy((MethodInterceptor) (invocation) -> {
			try {
				return invocation.proceed();
			}
			finally {
				counter.increment();
			}
		});
		AspectJProxyFactory countedFactory = new AspectJProxyFactory(new Completions());
		countedFactory.setProxyTargetClass(true);
		countedFactory.addAspect(new CountedAspect(new SimpleMeterRegistry()));
		this.counted = countedFactory.getProxy();
		this.recorder = new BatchingUsageRecorder((batch, key) -> Mono.just(NOTHING), MeteringSettings.defaults(),
				new IgnoredDeadLetters());
		this.recorder.start();
		ProxyFactory meteredFactory = new ProxyFactory(new Completions());
		meteredFactory.setProxyTargetClass(true);
		MeteredMethods methods = new MeteredMethods();
		meteredFactory.addAdvisor(new MeteredAdvisor(methods,
				new MeteredInterceptor(methods, this.recorder::record, (call) -> null, new MeteringFailures())));
		this.metered = (Completions) meteredFactory.getProxy();
	}

	private static Completions proxy(MethodInterceptor interceptor) {
		ProxyFactory factory = new ProxyFactory(new Completions());
		factory.setProxyTargetClass(true);
		factory.addAdvisor(new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(Advised.class), interceptor));
		return (Completions) factory.getProxy();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.recorder.shutdown(Duration.ofSeconds(5));
	}

	private String customer() {
		return this.customers[this.call & 7];
	}

	private int tokens() {
		return this.tokens[this.call++ & 7];
	}

	@Benchmark
	public int baselinePlainCall() {
		return this.plain.complete(customer(), tokens());
	}

	@Benchmark
	public int baselineBareProxy() {
		return this.bareProxy.advisedComplete(customer(), tokens());
	}

	@Benchmark
	public int baselineCounterInterceptor() {
		return this.counterProxy.advisedComplete(customer(), tokens());
	}

	@Benchmark
	public int micrometerCounted() {
		return this.counted.countedComplete(customer(), tokens());
	}

	@Benchmark
	public int monigoMetered() {
		return this.metered.meteredComplete(customer(), tokens());
	}

	/** Marks the method the bare and counter proxies advise. */
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
	public @interface Advised {

	}

	/** The business method, each way. */
	public static class Completions {

		public int complete(String customerId, int tokens) {
			return tokens + customerId.length();
		}

		@Advised
		public int advisedComplete(String customerId, int tokens) {
			return tokens + customerId.length();
		}

		@Counted("completions")
		public int countedComplete(String customerId, int tokens) {
			return tokens + customerId.length();
		}

		@Metered(value = "tokens_used", customer = "#customerId", quantity = "#tokens", quantityProperty = "tokens")
		public int meteredComplete(String customerId, int tokens) {
			return tokens + customerId.length();
		}

	}

}

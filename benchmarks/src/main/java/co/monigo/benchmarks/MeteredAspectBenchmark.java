package co.monigo.benchmarks;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.annotation.Counted;
import io.micrometer.core.aop.CountedAspect;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.aop.framework.ProxyFactory;

import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.metering.Metered;
import co.monigo.spring.boot.metering.MeteredAdvisor;
import co.monigo.spring.boot.metering.MeteredInterceptor;
import co.monigo.spring.boot.metering.MeteredMethods;
import co.monigo.spring.boot.metering.MeteringFailures;

/**
 * Cost of a call to a {@code @Metered} method (customer and quantity from SpEL), against the same
 * method called directly, and through a proxy with Micrometer's {@code @Counted} (its AspectJ
 * aspect), in the same run. The metered proxy is made as the starter makes it: Spring AOP with
 * {@code MeteredAdvisor}.
 * The metered calls record into a recorder that validates, stamps and counts (no I/O), so what is
 * measured is the aspect and the record path, not the network.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeteredAspectBenchmark {

	private Completions plain;

	private Completions counted;

	private Completions metered;

	@Setup
	public void setUp() {
		this.plain = new Completions();
		AspectJProxyFactory countedFactory = new AspectJProxyFactory(new Completions());
		countedFactory.setProxyTargetClass(true);
		countedFactory.addAspect(new CountedAspect(new SimpleMeterRegistry()));
		this.counted = countedFactory.getProxy();
		ProxyFactory meteredFactory = new ProxyFactory(new Completions());
		meteredFactory.setProxyTargetClass(true);
		DisabledUsageRecorder recorder = new DisabledUsageRecorder();
		MeteredMethods methods = new MeteredMethods();
		meteredFactory.addAdvisor(new MeteredAdvisor(methods,
				new MeteredInterceptor(methods, recorder::record, (call) -> null, new MeteringFailures())));
		this.metered = (Completions) meteredFactory.getProxy();
	}

	@Benchmark
	public int baselinePlainCall() {
		return this.plain.complete("cus_42", 1500);
	}

	@Benchmark
	public int micrometerCounted() {
		return this.counted.countedComplete("cus_42", 1500);
	}

	@Benchmark
	public int monigoMetered() {
		return this.metered.meteredComplete("cus_42", 1500);
	}

	/** The business method, three ways. */
	public static class Completions {

		public int complete(String customerId, int tokens) {
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

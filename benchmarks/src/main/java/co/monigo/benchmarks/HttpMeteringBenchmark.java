package co.monigo.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import co.monigo.metering.DisabledUsageRecorder;
import co.monigo.spring.boot.metering.HeaderCustomerResolver;
import co.monigo.spring.boot.metering.MeteringFailures;
import co.monigo.spring.boot.metering.http.HttpMetering;
import co.monigo.spring.boot.metering.http.HttpMeteringRule;
import co.monigo.spring.boot.metering.http.MeteringServletFilter;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Cost of HTTP metering by route rules on a Spring MVC endpoint, in the same run: no filter; the filter
 * with a rule the request does not match (what every unbilled request pays); the filter with a rule
 * that matches (customer from a header, quantity the response body's size, route, method and status
 * as properties). Through MockMvc (the DispatcherServlet, a controller, JSON-free text body), and also
 * on a bare filter chain, where the filter's own cost is not hidden by the dispatcher's. Events are
 * recorded into a recorder that validates, stamps and counts (no I/O).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HttpMeteringBenchmark {

	private AnnotationConfigWebApplicationContext context;

	private MockMvc withoutFilter;

	private MockMvc withNonMatchingRule;

	private MockMvc withMatchingRule;

	private MeteringServletFilter nonMatchingFilter;

	private MeteringServletFilter matchingFilter;

	private DisabledUsageRecorder recorder;

	@Setup
	public void setUp() {
		this.context = new AnnotationConfigWebApplicationContext();
		this.context.setServletContext(new MockServletContext());
		this.context.register(Endpoint.class);
		this.context.refresh();
		this.recorder = new DisabledUsageRecorder();
		this.nonMatchingFilter = filter("/v2/**");
		this.matchingFilter = filter("/v1/**");
		this.withoutFilter = MockMvcBuilders.webAppContextSetup(this.context).build();
		this.withNonMatchingRule = mockMvc(this.nonMatchingFilter);
		this.withMatchingRule = mockMvc(this.matchingFilter);
	}

	private MeteringServletFilter filter(String path) {
		HttpMeteringRule rule = HttpMeteringRule.builder("rules[0]")
			.path(path)
			.methods(List.of("GET"))
			.event("api_call")
			.quantity("response-body-size")
			.build();
		return new MeteringServletFilter(
				new HttpMetering(List.of(rule), this.recorder::record, new MeteringFailures(), false),
				new HeaderCustomerResolver("X-Customer-Id"), 0);
	}

	private MockMvc mockMvc(Filter filter) {
		return MockMvcBuilders.webAppContextSetup(this.context).addFilters(filter).build();
	}

	/** Fails the run when a benchmark measured something other than it says: only a matching rule records. */
	@TearDown
	public void checkWhatWasRecorded(BenchmarkParams params) {
		boolean matching = params.getBenchmark().endsWith("WithMatchingRule");
		long recorded = this.recorder.status().recorded();
		this.context.close();
		if (matching != (recorded > 0)) {
			throw new IllegalStateException(params.getBenchmark() + " recorded " + recorded + " events");
		}
	}

	@Benchmark
	public int mvcWithoutFilter() throws Exception {
		return call(this.withoutFilter);
	}

	@Benchmark
	public int mvcWithNonMatchingRule() throws Exception {
		return call(this.withNonMatchingRule);
	}

	@Benchmark
	public int mvcWithMatchingRule() throws Exception {
		return call(this.withMatchingRule);
	}

	private static int call(MockMvc mvc) throws Exception {
		return mvc.perform(get("/v1/orders/42").header("X-Customer-Id", "cus_42"))
			.andReturn()
			.getResponse()
			.getContentLength();
	}

	@Benchmark
	public int bareChainWithoutFilter() throws Exception {
		return bare(null);
	}

	@Benchmark
	public int bareChainWithNonMatchingRule() throws Exception {
		return bare(this.nonMatchingFilter);
	}

	@Benchmark
	public int bareChainWithMatchingRule() throws Exception {
		return bare(this.matchingFilter);
	}

	/** A request through the filter (if any) to a servlet-less chain whose end writes a short body. */
	private static int bare(Filter filter) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/orders/42");
		request.addHeader("X-Customer-Id", "cus_42");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = (filter != null) ? new MockFilterChain(Writer.SERVLET, filter)
				: new MockFilterChain(Writer.SERVLET);
		chain.doFilter(request, response);
		return response.getContentLength();
	}

	/** The end of the bare chain. */
	static final class Writer {

		static final jakarta.servlet.Servlet SERVLET = new jakarta.servlet.http.HttpServlet() {

			@Override
			protected void doGet(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
				response.getOutputStream().write(BODY);
			}

		};

		private static final byte[] BODY = "order 42".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		private Writer() {
		}

	}

	/** The endpoint: a controller answering with a short text body. */
	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	public static class Endpoint {

		@Bean
		Orders orders() {
			return new Orders();
		}

	}

	@RestController
	public static class Orders {

		@GetMapping("/v1/orders/{id}")
		public String order(@PathVariable String id) {
			return "order " + id;
		}

	}

}

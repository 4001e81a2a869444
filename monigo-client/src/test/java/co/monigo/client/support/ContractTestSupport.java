package co.monigo.client.support;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import co.monigo.client.MonigoClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock server and a client pointed at it, for contract tests of each operation: what goes on
 * the wire (method, path, query, headers, exact body) and what a realistic answer decodes to.
 */
public abstract class ContractTestSupport {

	public static final String API_KEY = "mk_test_0123456789abcdef";

	public static final Duration WAIT = Duration.ofSeconds(10);

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

	@RegisterExtension
	protected static final WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	protected MonigoClient client;

	@BeforeEach
	void createClient() {
		this.client = MonigoClient.builder().apiKey(API_KEY).baseUrl(wireMock.baseUrl()).maxRetries(0).build();
	}

	/** The headers every request carries. */
	protected static RequestPatternBuilder withCommonHeaders(RequestPatternBuilder request) {
		return request.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("User-Agent", matching("monigo-java/\\d+\\.\\d+\\.\\d+.*"));
	}

	/** A POST, PUT or PATCH with a JSON body: a UUID v4 idempotency key and a JSON content type. */
	protected static RequestPatternBuilder mutatingWithBody(RequestPatternBuilder request) {
		return withCommonHeaders(request).withHeader("Idempotency-Key", matching(UUID_PATTERN))
			.withHeader("Content-Type", matching("application/json.*"));
	}

	/** A POST without a body (finalize, void): still an idempotency key. */
	protected static RequestPatternBuilder mutatingWithoutBody(RequestPatternBuilder request) {
		return withCommonHeaders(request).withHeader("Idempotency-Key", matching(UUID_PATTERN));
	}

	/** A GET or DELETE: no idempotency key. */
	protected static RequestPatternBuilder reading(RequestPatternBuilder request) {
		return withCommonHeaders(request).withHeader("Idempotency-Key", absent());
	}

}

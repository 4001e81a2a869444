package co.monigo.client.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.monigo.client.core.RequestOptions;
import co.monigo.client.model.CreateCustomerRequest;
import co.monigo.client.model.Customer;
import co.monigo.client.model.UpdateCustomerRequest;
import co.monigo.client.support.ContractTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerServiceContractTest extends ContractTestSupport {

	private static final String CUSTOMER = """
			{"id": "cus_1", "org_id": "org_1", "external_id": "user_42", "name": "Ada Lovelace",
			 "email": "ada@example.com", "phone": "+2348012345678", "metadata": {"tier": "gold"},
			 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-02T10:00:00Z",
			 "future_field": {"nested": true}}""";

	@Test
	void createPostsTheCustomerAndReadsTheEnvelope() {
		wireMock.stubFor(post("/v1/customers").willReturn(okJson("{\"customer\": " + CUSTOMER + "}")));

		Customer customer = this.client.customers()
			.create(CreateCustomerRequest.of("user_42", "Ada Lovelace")
				.withEmail("ada@example.com")
				.withMetadata(Map.of("tier", "gold")))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(postRequestedFor(urlEqualTo("/v1/customers"))).withRequestBody(equalToJson(
				"{\"external_id\": \"user_42\", \"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", "
						+ "\"metadata\": {\"tier\": \"gold\"}}")));
		assertThat(customer).isEqualTo(new Customer("cus_1", "org_1", "user_42", "Ada Lovelace", "ada@example.com",
				"+2348012345678", Map.of("tier", "gold"), Instant.parse("2026-02-01T10:00:00Z"),
				Instant.parse("2026-02-02T10:00:00Z")));
	}

	@Test
	void createSendsTheCallersIdempotencyKey() {
		wireMock.stubFor(post("/v1/customers").willReturn(okJson("{\"customer\": " + CUSTOMER + "}")));

		this.client.customers()
			.create(CreateCustomerRequest.of("user_42", "Ada"), RequestOptions.idempotencyKey("signup-42"))
			.block(WAIT);

		wireMock.verify(postRequestedFor(urlEqualTo("/v1/customers")).withHeader("Idempotency-Key",
				equalTo("signup-42")));
	}

	@Test
	void listReadsEveryCustomerOfTheEnvelope() {
		wireMock.stubFor(get("/v1/customers").willReturn(okJson("{\"customers\": [" + CUSTOMER
				+ ", {\"id\": \"cus_2\", \"external_id\": \"user_43\", \"name\": \"Grace\", \"metadata\": null}],"
				+ " \"count\": 2}")));

		List<Customer> customers = this.client.customers().list().collectList().block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/customers"))));
		assertThat(customers).extracting(Customer::id).containsExactly("cus_1", "cus_2");
		assertThat(customers.get(1).email()).isNull();
		assertThat(customers.get(1).metadata()).isNull();
	}

	@Test
	void getEncodesTheIdAsOnePathSegment() {
		wireMock.stubFor(get(urlEqualTo("/v1/customers/..%2Fplans%3Fx=1"))
			.willReturn(okJson("{\"customer\": " + CUSTOMER + "}")));

		Customer customer = this.client.customers().get("../plans?x=1").block(WAIT);

		wireMock.verify(reading(getRequestedFor(urlEqualTo("/v1/customers/..%2Fplans%3Fx=1"))));
		assertThat(customer.id()).isEqualTo("cus_1");
	}

	@Test
	void updatePutsOnlyTheChangedFields() {
		wireMock.stubFor(put("/v1/customers/cus_1").willReturn(okJson("{\"customer\": " + CUSTOMER + "}")));

		Customer customer = this.client.customers()
			.update("cus_1", UpdateCustomerRequest.empty().withName("Ada L.").withPhone("+2348000000000"))
			.block(WAIT);

		wireMock.verify(mutatingWithBody(putRequestedFor(urlEqualTo("/v1/customers/cus_1")))
			.withRequestBody(equalToJson("{\"name\": \"Ada L.\", \"phone\": \"+2348000000000\"}")));
		assertThat(customer.name()).isEqualTo("Ada Lovelace");
	}

	@Test
	void deleteSendsNoBodyAndNoIdempotencyKey() {
		wireMock.stubFor(delete("/v1/customers/cus_1").willReturn(aResponse().withStatus(204)));

		this.client.customers().delete("cus_1").block(WAIT);

		wireMock.verify(reading(deleteRequestedFor(urlEqualTo("/v1/customers/cus_1")))
			.withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.absent()));
	}

}

package co.monigo.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import co.monigo.client.internal.MonigoJson;
import co.monigo.client.model.Price;
import co.monigo.client.model.PriceModel;
import co.monigo.client.model.PriceTiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every case of {@code pricing-examples.json}, a copy of the shared worked examples: the guide's charges
 * and the configurations that must be refused.
 */
class PricingExamplesTest {

	private static final JsonNode EXAMPLES = readExamples();

	/** A distinctive part of the message each invalid case must be refused with, by case name. */
	private static final Map<String, String> EXPECTED_PROBLEMS = Map.of(
			"tiered, last tier not open-ended",
			"the last tier must be open-ended: tiers[1].up_to must be null, was 2000",
			"tiered, bounds not increasing",
			"tier bounds must be increasing: tiers[1].up_to (500) is not greater than tiers[0].up_to (1000)",
			"package, zero size", "package_size must be positive, was 0",
			"negative price", "unit_price must not be negative, was -1.000000",
			"flat without unit_price", "unit_price is required");

	private static final RecursiveComparisonConfiguration BY_NUMERIC_VALUE = RecursiveComparisonConfiguration
		.builder()
		.withIgnoredFields("description")
		.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
		.build();

	private final PricingCalculator calculator = new PricingCalculator();

	private final PriceValidator validator = new PriceValidator();

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void chargesTheAmountOfEachWorkedExample(String name, JsonNode example) {
		Charge charge = this.calculator.charge(price(example), decimal(example.get("usage")));

		assertThat(charge.amount()).isEqualByComparingTo(decimal(example.get("amount")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("casesWithBreakdown")
	void breaksTheChargeDownAsTheWorkedExampleDoes(String name, JsonNode example) {
		Charge charge = this.calculator.charge(price(example), decimal(example.get("usage")));

		ChargeLine[] expected = example.get("breakdown")
			.values()
			.stream()
			.map((line) -> new ChargeLine(decimal(line.get("units")), decimal(line.get("rate")),
					decimal(line.get("amount")), ""))
			.toArray(ChargeLine[]::new);
		assertThat(charge.lines()).usingRecursiveFieldByFieldElementComparator(BY_NUMERIC_VALUE)
			.containsExactly(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("casesWithBundles")
	void countsTheBundlesOfEachPackageExample(String name, JsonNode example) {
		Charge charge = this.calculator.charge(price(example), decimal(example.get("usage")));

		assertThat(charge.bundles()).isEqualTo(BigInteger.valueOf(example.get("bundles").longValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCases")
	void validatorRefusesEachInvalidExampleNamingTheProblem(String name, JsonNode example) {
		assertThatExceptionOfType(InvalidPriceException.class).isThrownBy(() -> this.validator.validate(price(example)))
			.withMessageContaining(expectedProblem(name));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCases")
	void calculatorRefusesToChargeEachInvalidExample(String name, JsonNode example) {
		assertThatExceptionOfType(InvalidPriceException.class)
			.isThrownBy(() -> this.calculator.charge(price(example), BigDecimal.ONE))
			.withMessageContaining(expectedProblem(name));
	}

	static Stream<Arguments> cases() {
		return named("cases");
	}

	static Stream<Arguments> casesWithBreakdown() {
		return named("cases").filter((arguments) -> ((JsonNode) arguments.get()[1]).has("breakdown"));
	}

	static Stream<Arguments> casesWithBundles() {
		return named("cases").filter((arguments) -> ((JsonNode) arguments.get()[1]).has("bundles"));
	}

	static Stream<Arguments> invalidCases() {
		return named("invalid");
	}

	private static Stream<Arguments> named(String section) {
		return EXAMPLES.get(section)
			.values()
			.stream()
			.map((example) -> Arguments.of(example.get("name").asString(), example));
	}

	private static String expectedProblem(String name) {
		assertThat(EXPECTED_PROBLEMS).as("the expected message of the invalid case '%s'", name).containsKey(name);
		return EXPECTED_PROBLEMS.get(name);
	}

	private static Price price(JsonNode example) {
		PriceModel model = MonigoJson.convert(example.get("model"), PriceModel.class);
		BigDecimal unitPrice = example.has("unit_price") ? decimal(example.get("unit_price")) : null;
		PriceTiers tiers = example.has("tiers") ? MonigoJson.convert(example.get("tiers"), PriceTiers.class) : null;
		return Price.of(model, unitPrice, tiers);
	}

	/** A decimal written either as a JSON number or as a decimal string, exactly as written. */
	private static BigDecimal decimal(JsonNode node) {
		return new BigDecimal(node.asString());
	}

	private static JsonNode readExamples() {
		try (InputStream json = PricingExamplesTest.class.getResourceAsStream("/pricing-examples.json")) {
			assertThat(json).as("pricing-examples.json on the test class path").isNotNull();
			return MonigoJson.mapper().readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

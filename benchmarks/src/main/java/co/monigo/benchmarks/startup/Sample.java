package co.monigo.benchmarks.startup;

import java.util.List;
import java.util.Locale;

/**
 * Measurements of one quantity: mean and sample standard deviation.
 */
record Sample(List<Double> values) {

	Sample {
		values = List.copyOf(values);
		if (values.size() < 2) {
			throw new IllegalArgumentException("a sample needs at least two values, had " + values.size());
		}
	}

	double mean() {
		return this.values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	/** The sample standard deviation (n - 1 in the denominator). */
	double standardDeviation() {
		double mean = mean();
		double squares = this.values.stream().mapToDouble((value) -> (value - mean) * (value - mean)).sum();
		return Math.sqrt(squares / (this.values.size() - 1));
	}

	/** The standard error of the mean. */
	double standardError() {
		return standardDeviation() / Math.sqrt(this.values.size());
	}

	/**
	 * How much larger this sample's mean is than {@code baseline}'s, with the standard error of that
	 * difference, e.g. {@code +42 ± 7}.
	 */
	String differenceFrom(Sample baseline) {
		double error = Math.sqrt(standardError() * standardError() + baseline.standardError() * baseline.standardError());
		return String.format(Locale.ROOT, "%+.0f ± %.0f", mean() - baseline.mean(), error);
	}

	/** Mean and standard deviation, e.g. {@code 1234 ± 56}. */
	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%.0f ± %.0f", mean(), standardDeviation());
	}

}

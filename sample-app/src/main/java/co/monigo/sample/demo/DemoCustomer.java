package co.monigo.sample.demo;

import java.util.List;

import co.monigo.sample.billing.SamplePlan;

/**
 * A customer of the demo and the prompts it sends (a prompt costs one token per word).
 *
 * @param id the application's own id for the customer, sent in {@code X-Customer-Id}
 */
record DemoCustomer(String id, String name, SamplePlan plan, List<String> prompts) {

	/**
	 * One customer per plan, each sending enough to show its plan at work: Globex's 63 tokens reach the
	 * third tier, Initech's 7 requests and 48 tokens go beyond what its plan includes.
	 */
	static final List<DemoCustomer> ALL = List.of(
			new DemoCustomer("acme", "Acme Corp", SamplePlan.STARTER, List.of(
					"Summarize our quarterly sales report in three bullet points",
					"Translate good morning into French",
					"Suggest a name for a coffee shop")),
			new DemoCustomer("globex", "Globex", SamplePlan.GROWTH, List.of(
					"Write a short product description for a solar powered phone charger that folds flat",
					"Draft a polite reminder email to a client whose invoice is thirty days overdue",
					"Explain the difference between a tiered and a volume price to a new sales hire",
					"List five questions to ask in a first interview for a backend engineer",
					"Summarize this contract clause in one sentence")),
			new DemoCustomer("initech", "Initech", SamplePlan.SCALE, List.of(
					"Classify this ticket as billing or technical",
					"Extract the invoice number from this email",
					"Detect the language of this sentence",
					"Rewrite this paragraph in plain English",
					"Generate a title for this blog post",
					"Tag this image description with three keywords",
					"Answer yes or no: is this review positive")));

}

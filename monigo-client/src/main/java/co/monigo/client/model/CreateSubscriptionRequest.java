package co.monigo.client.model;

/**
 * The body of a subscription creation: subscribes a customer to a plan. A second active subscription of
 * the same plan type answers 409.
 *
 * @param customerId Monigo's id of the customer
 * @param planId the plan's id
 */
public record CreateSubscriptionRequest(String customerId, String planId) {

	public CreateSubscriptionRequest {
		Checks.requireText(customerId, "customer_id");
		Checks.requireText(planId, "plan_id");
	}

	public static CreateSubscriptionRequest of(String customerId, String planId) {
		return new CreateSubscriptionRequest(customerId, planId);
	}

}

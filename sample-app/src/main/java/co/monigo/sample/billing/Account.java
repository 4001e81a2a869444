package co.monigo.sample.billing;

/**
 * A customer signed up to a plan.
 *
 * @param id the application's own id for the customer (Monigo's {@code external_id})
 * @param monigoCustomerId Monigo's id for the customer
 * @param subscriptionId the customer's subscription
 * @param plan the subscription's plan: a sample plan's key, or the Monigo plan id
 */
public record Account(String id, String monigoCustomerId, String subscriptionId, String plan) {

}

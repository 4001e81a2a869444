package co.monigo.spring.boot.metering;

/**
 * Which id of a customer a {@code @Metered} call's customer is.
 */
public enum CustomerIdType {

	/** Monigo's own customer id ({@code cus_...}): sent as it is. */
	MONIGO_ID,

	/** The application's id for the customer, Monigo's {@code external_id}: mapped to Monigo's id first. */
	EXTERNAL_ID

}

package co.monigo.client.model;

/**
 * The body of a wallet get-or-create: the customer's wallet in this currency, made if it does not exist.
 *
 * @param customerId the customer's Monigo id
 * @param currency ISO 4217 code, e.g. {@code NGN}
 */
public record CreateWalletRequest(String customerId, String currency) {

	public CreateWalletRequest {
		Checks.requireText(customerId, "customer_id");
		Checks.requireText(currency, "currency");
	}

	public static CreateWalletRequest of(String customerId, String currency) {
		return new CreateWalletRequest(customerId, currency);
	}

}

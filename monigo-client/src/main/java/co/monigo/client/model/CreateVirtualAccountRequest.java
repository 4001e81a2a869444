package co.monigo.client.model;

/**
 * The body of a virtual account creation: which provider issues it, in which currency.
 */
public record CreateVirtualAccountRequest(VirtualAccountProvider provider, String currency) {

	public CreateVirtualAccountRequest {
		Checks.requireKnown(provider, "provider");
		Checks.requireText(currency, "currency");
	}

	public static CreateVirtualAccountRequest of(VirtualAccountProvider provider, String currency) {
		return new CreateVirtualAccountRequest(provider, currency);
	}

}

package co.monigo.spring.boot.autoconfigure;

/**
 * {@link MonigoConnectionDetails} read from {@link MonigoProperties}.
 */
final class PropertiesMonigoConnectionDetails implements MonigoConnectionDetails {

	private final MonigoProperties properties;

	PropertiesMonigoConnectionDetails(MonigoProperties properties) {
		this.properties = properties;
	}

	@Override
	public String baseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public String apiKey() {
		return ApiKeyCheck.usable(this.properties.getApiKey());
	}

	@Override
	public String toString() {
		return "PropertiesMonigoConnectionDetails[baseUrl=" + baseUrl() + "]";
	}

}

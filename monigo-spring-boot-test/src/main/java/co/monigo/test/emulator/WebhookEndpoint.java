package co.monigo.test.emulator;

/**
 * A receiver registered with the emulator: the URL webhooks are posted to and the secret they are signed
 * with. {@link #toString()} hides the secret.
 */
record WebhookEndpoint(String url, String secret) {

	@Override
	public String toString() {
		return "WebhookEndpoint[" + this.url + "]";
	}

}

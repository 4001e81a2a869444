package co.monigo.spring.boot.autoconfigure.actuate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the {@code monigo} health indicator.
 */
@ConfigurationProperties("management.health.monigo")
public class MonigoHealthIndicatorProperties {

	/**
	 * Whether the monigo health indicator reports DOWN while usage events cannot be delivered (Monigo
	 * refuses the key, the quota is used up, the ingest URL is wrong, the circuit is open), which then
	 * makes the application's aggregate health, and any health group including monigo, DOWN too. Off by
	 * default: paused billing is shown in the indicator's details without taking the application out of
	 * service.
	 */
	private boolean downWhenPaused;

	public boolean isDownWhenPaused() {
		return this.downWhenPaused;
	}

	public void setDownWhenPaused(boolean downWhenPaused) {
		this.downWhenPaused = downWhenPaused;
	}

}

package co.monigo.readme.app;

import org.springframework.stereotype.Service;

import co.monigo.metering.Metered;

/**
 * Not in the README: a metered method naming no customer, so that {@link WithoutSpringSecurityTests}
 * can see whom the snippet application bills for a request.
 */
@Service
class Downloads {

	@Metered("download")
	public void serve() {
	}

}

package co.monigo.readme.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The application the README's Spring snippets ({@code Reports}, {@code MeteringTests}) run in: a plain
 * application without Spring Security, as the README's example is. Spring Security is on this module's
 * test class path (for the tests of whom we bill under it), so {@code without-spring-security.properties}
 * excludes its auto-configurations and trusts the customer header, which is what an application without
 * Spring Security does by default (README, "Whom we bill"). The README's printed code is unchanged.
 */
@SpringBootApplication
@PropertySource("classpath:co/monigo/readme/app/without-spring-security.properties")
class ReadmeApplication {

}

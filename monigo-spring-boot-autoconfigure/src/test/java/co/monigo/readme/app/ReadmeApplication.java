package co.monigo.readme.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the README's Spring snippets ({@code Reports}, {@code MeteringTests}) run in. */
@SpringBootApplication
class ReadmeApplication {

}

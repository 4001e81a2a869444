/**
 * The README's "Webhooks" snippets: the listener, the verifier without Spring, the Spring Security
 * chains and the emulator's webhooks, each run where this module's test class path lets it run.
 */
@NullMarked
package co.monigo.readme.webhooks;

import org.jspecify.annotations.NullMarked;

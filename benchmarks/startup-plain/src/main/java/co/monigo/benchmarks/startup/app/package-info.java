/**
 * The startup benchmark's application: Spring MVC with one controller, started, timed and stopped.
 */
@NullMarked
package co.monigo.benchmarks.startup.app;

import org.jspecify.annotations.NullMarked;

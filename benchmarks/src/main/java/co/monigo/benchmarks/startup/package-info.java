/**
 * The startup benchmark: the start time of a Spring MVC application with the Monigo starter against
 * the same application without any Monigo jar.
 */
package co.monigo.benchmarks.startup;

/**
 * The billable API: text completions, metered per request by a route rule in {@code application.yml} and per
 * token with {@code @Metered}.
 */
@NullMarked
package co.monigo.sample.completion;

import org.jspecify.annotations.NullMarked;

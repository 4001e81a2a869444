/**
 * One service per Monigo resource, reached from {@link co.monigo.client.MonigoClient}.
 */
@NullMarked
package co.monigo.client.service;

import org.jspecify.annotations.NullMarked;

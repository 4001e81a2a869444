/**
 * The startup demo: signs customers up, calls the metered API over HTTP like a client would, then
 * prints each customer's usage, invoice and portal link.
 */
@NullMarked
package co.monigo.sample.demo;

import org.jspecify.annotations.NullMarked;

/**
 * Values the client's entry point, services and transport share: the API key and its mode, request
 * options and retry settings.
 */
@NullMarked
package co.monigo.client.core;

import org.jspecify.annotations.NullMarked;

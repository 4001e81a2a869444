/**
 * The README's Spring application snippets, with the application class they run in.
 */
@NullMarked
package co.monigo.readme.app;

import org.jspecify.annotations.NullMarked;

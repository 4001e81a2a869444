/**
 * Auto-configuration of the Monigo client: properties, connection details, the client bean and
 * startup failure analysis.
 */
@NullMarked
package co.monigo.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;

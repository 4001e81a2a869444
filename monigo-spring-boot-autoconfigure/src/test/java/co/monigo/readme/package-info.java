/**
 * The README's Java snippets, verbatim between {@code // tag::name[]} and {@code // end::name[]}, so
 * they compile (and, where they can, run) as printed; {@link co.monigo.readme.ReadmeSnippetsTests}
 * checks the README holds exactly these. The types a snippet uses as "your own" live beside it.
 */
@NullMarked
package co.monigo.readme;

import org.jspecify.annotations.NullMarked;

/**
 * Reading schema.org JSON-LD out of pages: a JSON reader that forgives the mistakes pages make, and a view of a
 * page's JSON-LD as one set of typed nodes, whatever the nesting ({@code @graph}, arrays, nested objects,
 * {@code @id} references). Shared by the generic extractor and every other reader of structured data.
 */
@NullMarked
package io.github.newsmodel.html.internal.jsonld;

import org.jspecify.annotations.NullMarked;

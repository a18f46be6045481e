/**
 * Reading the schema.org JSON-LD blocks of a page, leniently, into a flat list of objects.
 */
@NullMarked
package io.github.newsmodel.html.internal.jsonld;

import org.jspecify.annotations.NullMarked;

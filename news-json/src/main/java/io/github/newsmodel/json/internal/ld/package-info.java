/** Writes articles as schema.org JSON-LD. Not an API. */
@NullMarked
package io.github.newsmodel.json.internal.ld;

import org.jspecify.annotations.NullMarked;

/** Finding the charset of a page read from bytes, as browsers do. */
@NullMarked
package io.github.newsmodel.html.internal.charset;

import org.jspecify.annotations.NullMarked;

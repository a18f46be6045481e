/** Reading the inputs: files, folders, web archives (WARC, ARC, WACZ) and standard input, page by page. */
@NullMarked
package io.github.newsmodel.cli.internal.input;

import org.jspecify.annotations.NullMarked;

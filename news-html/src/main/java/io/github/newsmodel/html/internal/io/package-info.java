/**
 * Reading a page's bytes within a size limit, gzip-compressed or not, keeping what a cut-off gzip stream holds;
 * shared by {@link io.github.newsmodel.html.HtmlArticles} and the command line.
 */
@NullMarked
package io.github.newsmodel.html.internal.io;

import org.jspecify.annotations.NullMarked;

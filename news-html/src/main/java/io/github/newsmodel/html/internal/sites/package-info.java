/** The built-in site parsers, one sub-package a site. Found through {@link java.util.ServiceLoader}. */
@NullMarked
package io.github.newsmodel.html.internal.sites;

import org.jspecify.annotations.NullMarked;

/**
 * Web-archive copies: recognising a Wayback Machine capture, removing what the archive injected and restoring the
 * original URLs, so that every parser reads an archived page like the live one.
 */
@NullMarked
package io.github.newsmodel.html.internal.archive;

import org.jspecify.annotations.NullMarked;

/**
 * Web-archive copies: recognising a capture of the Wayback Machine, of pywb or of archive.today, removing what the
 * archive added and restoring the original URLs, so that every parser reads an archived page like the live one.
 */
@NullMarked
package io.github.newsmodel.html.internal.archive;

import org.jspecify.annotations.NullMarked;

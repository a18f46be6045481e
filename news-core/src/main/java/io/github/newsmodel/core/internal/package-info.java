/**
 * Implementation details shared by the newsmodel modules. Not an API: exported only to newsmodel's own
 * modules and free to change in any release.
 */
@NullMarked
package io.github.newsmodel.core.internal;

import org.jspecify.annotations.NullMarked;

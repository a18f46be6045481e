/**
 * The parser of AfterDawn (afterdawn.com), a Finnish technology news site, for its news pages as they were served
 * around 2012, including those of older articles such as 2007's.
 */
@NullMarked
package io.github.newsmodel.html.internal.sites.afterdawn;

import org.jspecify.annotations.NullMarked;

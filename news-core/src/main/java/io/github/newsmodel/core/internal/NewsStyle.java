package io.github.newsmodel.core.internal;

import io.github.newsmodel.core.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library.
 *
 * <p>Generated {@code Immutable*} classes stay package-private: users see the abstract type, its nested
 * {@code Builder} and the {@code with*} methods, never the implementation. A builder that misses a required
 * value throws {@link InvalidValueException}, like every other broken invariant.
 *
 * <p>The generated builder nested in each {@code Immutable*} class is public all the same. Its setters are what
 * the type's public {@code Builder} inherits, and reflection (which dynamic languages and many tools call
 * through) checks the class that declares a method: a package-private one would refuse them. Nested in a
 * package-private class, it still cannot be named from outside the package.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = InvalidValueException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface NewsStyle {}

package io.github.newsmodel.html.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made on first use and kept from then on, as a static holder class keeps one, except that a failure is
 * not kept: it reaches the caller, and the next call tries again. A holder class whose initialiser throws cannot
 * be initialised for the rest of the JVM's life, so one broken site parser on the class path would make every
 * later call fail with a {@link NoClassDefFoundError} that names neither the parser nor the cause.
 *
 * @param <T> the value's type
 */
public final class Once<T> {
  private final String what;
  private final Supplier<T> make;
  private volatile @Nullable T value;
  private boolean making;

  /**
   * Creates the holder; nothing is made yet.
   *
   * @param what what the value is, in the plural, for the message of a value that asks for itself, such as
   *     {@code "the discovered site parsers"}
   * @param make makes the value; it may throw, and is then called again on the next {@link #get()}
   */
  public Once(String what, Supplier<T> make) {
    this.what = what;
    this.make = make;
  }

  /**
   * The value, made now if no call has made it yet. Concurrent first calls make it once, and all get the same.
   *
   * @return the value
   * @throws IllegalStateException if making the value asks for it again, as a site parser's constructor that
   *     asks for the discovered parsers does
   * @throws RuntimeException whatever making the value throws
   */
  public T get() {
    T v = value;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      v = value;
      if (v == null) {
        if (making) {
          // The lock is the thread's own already: without this, the call would recurse until the stack ran out.
          throw new IllegalStateException(what + " were asked for while they were being made, as by a site"
              + " parser's constructor");
        }
        making = true;
        try {
          v = make.get();
        } finally {
          making = false;
        }
        value = v;
      }
      return v;
    }
  }
}

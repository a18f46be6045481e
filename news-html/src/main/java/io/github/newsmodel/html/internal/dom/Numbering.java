package io.github.newsmodel.html.internal.dom;

/**
 * Numbers strings from 1 in the order they first come, the same number for equal strings: a map from string to
 * number for the hundreds of lookups a page's names take, in two arrays rather than a {@code HashMap} that boxes
 * each number and allocates an entry for each string.
 */
final class Numbering {
  /** The least room a table starts with. */
  private static final int LEAST = 16;

  /**
   * The strings numbered so far, at the slot their hash picks or the next free one after it; at most half full,
   * grown for more.
   */
  private String[] keys;
  /** The number of the string in the same slot of {@link #keys}. */
  private int[] numbers;
  private int size;

  /** A numbering with room for the 256 distinct names or classes of a large page. */
  Numbering() {
    this(256);
  }

  /**
   * A numbering with room for about as many strings as a caller expects, so that a small page's numbering is not
   * made as large as a large page's: a new array's every slot is written before it is used.
   *
   * @param expected how many distinct strings are likely; more are numbered too
   */
  Numbering(int expected) {
    int room = Math.max(LEAST, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) * 2);
    keys = new String[room];
    numbers = new int[room];
  }

  /**
   * The number of a string, numbering it if it is new.
   *
   * @param key the string
   * @return from 1 to {@link #size()}
   */
  int number(String key) {
    int mask = keys.length - 1;
    int slot = spread(key.hashCode()) & mask;
    for (String k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
      if (k.equals(key)) {
        return numbers[slot];
      }
    }
    keys[slot] = key;
    numbers[slot] = ++size;
    if (size * 2 > keys.length) {
      grow();
    }
    return size;
  }

  /**
   * How many distinct strings are numbered.
   *
   * @return the largest number given
   */
  int size() {
    return size;
  }

  /** Doubles the table, so that it stays at most half full and a lookup finds its slot in a probe or two. */
  private void grow() {
    String[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new String[oldKeys.length * 2];
    numbers = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = spread(oldKeys[i].hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        numbers[slot] = oldNumbers[i];
      }
    }
  }

  /** Mixes the high bits of a hash into the low ones, which alone pick the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}

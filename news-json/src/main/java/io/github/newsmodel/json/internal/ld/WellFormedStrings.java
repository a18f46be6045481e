package io.github.newsmodel.json.internal.ld;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * A generator that writes each lone surrogate of a string value as U+FFFD, the replacement character, and
 * surrogate pairs as they are. A lone surrogate (from a page's JSON escape of half an emoji) is not Unicode: an RDF
 * literal, whose strings are Unicode, cannot hold it, and a page's UTF-8 encoder turns it into
 * {@code ?} or fails, while Jackson writes it raw into chars and as a <code>&#92;uD800</code>-style escape into
 * bytes. The newsmodel format keeps it, to read back the same article; JSON-LD is written for others and never read
 * back, so it is written as any Unicode decoder would have shown it.
 */
final class WellFormedStrings extends JsonGeneratorDelegate {
  /**
   * Wraps a generator.
   *
   * @param g the generator that writes
   */
  WellFormedStrings(JsonGenerator g) {
    super(g, false);
  }

  @Override
  public void writeString(String text) throws IOException {
    super.writeString(text == null ? null : wellFormed(text));
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    writeString(new String(text, offset, len));
  }

  /**
   * The text with each lone surrogate replaced by U+FFFD.
   *
   * @param text any string
   * @return the same string if it is well-formed UTF-16, as nearly every string is
   */
  static String wellFormed(String text) {
    int i = firstLoneSurrogate(text, 0);
    if (i < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (i >= 0) {
      out.append(text, from, i).append('\uFFFD');
      from = i + 1;
      i = firstLoneSurrogate(text, from);
    }
    return out.append(text, from, text.length()).toString();
  }

  private static int firstLoneSurrogate(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a pair
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}

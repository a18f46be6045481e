package io.github.newsmodel.json.internal.ld;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * Escapes that make JSON safe to put inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} become <code>&#92;u003C</code> and the like, so that no string can close the element
 * ({@code </script>}) or open a comment, and U+2028 and U+2029 are escaped for older JavaScript parsers.
 */
public final class HtmlSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  /** Jackson's standard escapes for ASCII, plus the three HTML characters. */
  private final int[] ascii;

  /** Creates the escapes. */
  public HtmlSafeEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii['<'] = ESCAPE_STANDARD;
    ascii['>'] = ESCAPE_STANDARD;
    ascii['&'] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    if (ch == '\u2028') {
      return LINE_SEPARATOR;
    }
    if (ch == '\u2029') {
      return PARAGRAPH_SEPARATOR;
    }
    return null;
  }
}

package io.github.newsmodel.cli.internal;

import io.github.newsmodel.cli.internal.input.ByteSizes;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The option values picocli cannot read by itself, each with a message that says what would do. */
final class Converters {
  private Converters() {}

  /** {@code --zone}: a region or an offset. */
  static final class Zone implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.trim());
      } catch (DateTimeException e) {
        throw new TypeConversionException("'" + value + "' is not a time zone: give a region such as"
            + " Europe/Helsinki, or an offset such as +03:00 or UTC");
      }
    }
  }

  /** {@code --format}: json, jsonl or jsonld, in any case. */
  static final class Format implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.of(value).orElseThrow(() -> new TypeConversionException("'" + value
          + "' is not a format: give json, jsonl or jsonld"));
    }
  }

  /** The formats as {@code --help} lists them. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(OutputFormat.values()).map(OutputFormat::label).iterator();
    }
  }

  /** {@code --threads}: a whole number; that it is at least 1 is checked with the other settings. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return Integer.valueOf(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number of threads: give a whole number, 1 or"
            + " more");
      }
    }
  }

  /** {@code --max-page-size}: bytes, or a number with k, M or G. */
  static final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return ByteSizes.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

package io.github.newsmodel.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quality gate: bounds on figures, one per line, such as {@code bodies.f1 >= 0.95} or
 * {@code snippets.comments.inBody <= 0}. Lines starting with {@code #} are comments. A figure that is missing
 * from the reports fails the gate, so that a renamed figure cannot slip through.
 */
public final class Gate {
  private static final Pattern LINE = Pattern.compile("([\\w.]+)\\s*(>=|<=)\\s*([0-9.]+)");

  /**
   * One bound.
   *
   * @param key {@code <corpus>.<figure>}
   * @param atLeast true for a floor ({@code >=}), false for a ceiling ({@code <=})
   * @param bound the bound
   */
  public record Bound(String key, boolean atLeast, double bound) {}

  private final List<Bound> bounds;

  private Gate(List<Bound> bounds) {
    this.bounds = List.copyOf(bounds);
  }

  /**
   * Reads a gate file.
   *
   * @param file the file
   * @return the gate
   * @throws IllegalArgumentException on a line that is not a bound
   */
  public static Gate read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static Gate parse(String text, String origin) {
    List<Bound> bounds = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(origin + ":" + (i + 1) + ": expected '<corpus>.<figure> >= <number>'"
            + " or '<= <number>', got '" + line + "'");
      }
      bounds.add(new Bound(m.group(1), m.group(2).equals(">="), Double.parseDouble(m.group(3))));
    }
    return new Gate(bounds);
  }

  /**
   * Checks the reports against the bounds whose corpus was evaluated.
   *
   * @param reports the reports, by corpus name
   * @return one line per broken bound; empty if the gate passes
   */
  public List<String> violations(Map<String, Report> reports) {
    List<String> out = new ArrayList<>();
    for (Bound b : bounds) {
      int dot = b.key().indexOf('.');
      Report report = reports.get(b.key().substring(0, Math.max(dot, 0)));
      if (report == null) {
        continue;
      }
      Optional<Figure> figure = report.figure(b.key().substring(dot + 1));
      if (figure.isEmpty()) {
        out.add(b.key() + ": no such figure");
        continue;
      }
      double v = figure.get().value();
      boolean ok = b.atLeast() ? v >= b.bound() : v <= b.bound();
      if (!ok) {
        out.add(String.format(Locale.ROOT, "%s = %.4f, must be %s %.4f", b.key(), v, b.atLeast() ? ">=" : "<=",
            b.bound()));
      }
    }
    return out;
  }
}

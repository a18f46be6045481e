package io.github.newsmodel.html.internal.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An image's {@code srcset}: candidate URLs, each with the width ({@code 800w}) or pixel density ({@code 2x}) it is
 * drawn for, separated by commas, as HTML parses them. A URL may hold commas itself
 * ({@code /img/w_800,h_450/a.jpg 800w}): only one after the URL and its descriptors, or at the URL's end, separates.
 */
public final class SourceSet {
  private SourceSet() {}

  /**
   * The candidate drawn for the widest screen: the largest width, or without widths the largest density, the
   * first of equals. That is the picture at its fullest, where {@code src} is often its smallest.
   *
   * @param srcset the attribute's value
   * @return the candidate's URL as written; empty if there is none
   */
  static Optional<String> largest(String srcset) {
    String best = null;
    double bestWidth = -1;
    double bestDensity = -1;
    for (Candidate candidate : candidates(srcset)) {
      double width = -1;
      double density = 1;
      for (String d : candidate.descriptors().trim().split("\\s+")) {
        if (d.length() > 1 && d.endsWith("w")) {
          width = number(d);
        } else if (d.length() > 1 && d.endsWith("x")) {
          density = number(d);
        }
      }
      if (Double.isNaN(width) || Double.isNaN(density)) {
        continue; // a candidate whose descriptor does not parse is dropped, as browsers drop it
      }
      if (best == null || width > bestWidth || width == bestWidth && width < 0 && density > bestDensity) {
        best = candidate.url();
        bestWidth = width;
        bestDensity = density;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * One candidate of a {@code srcset}.
   *
   * @param url the URL as written, never empty
   * @param descriptors what follows it up to the comma that ends it, such as {@code " 800w"}; empty if nothing
   */
  public record Candidate(String url, String descriptors) {}

  /**
   * The candidates of a {@code srcset}, in order, split as HTML splits them: a comma inside a URL stays in it.
   *
   * @param srcset the attribute's value
   * @return the candidates
   */
  public static List<Candidate> candidates(String srcset) {
    List<Candidate> candidates = new ArrayList<>();
    int n = srcset.length();
    int i = 0;
    while (i < n) {
      while (i < n && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(srcset.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String url = srcset.substring(start, i);
      String descriptors = "";
      if (url.endsWith(",")) {
        url = url.replaceFirst(",+$", "");
      } else {
        int end = descriptorsEnd(srcset, i);
        descriptors = srcset.substring(i, end);
        i = end;
      }
      if (!url.isEmpty()) {
        candidates.add(new Candidate(url, descriptors));
      }
    }
    return candidates;
  }

  /** Where a candidate's descriptors end: at the first comma outside brackets, or at the end. */
  private static int descriptorsEnd(String srcset, int from) {
    int depth = 0;
    for (int i = from; i < srcset.length(); i++) {
      char c = srcset.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return srcset.length();
  }

  /** The number before a descriptor's letter; NaN if it is none or not positive. */
  private static double number(String descriptor) {
    try {
      double value = Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
      return value > 0 && Double.isFinite(value) ? value : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}

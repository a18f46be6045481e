package io.github.newsmodel.html.internal;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.Optional;

/**
 * Checks the hosts that a site parser names, so that one that no page's URL can have is refused when the parser
 * is registered rather than never matching. A host name here is what a browser looks up for a URL: DNS labels of
 * ASCII letters, digits, hyphens and underscores (which {@link java.net.URI#getHost()} does not give, but
 * {@link io.github.newsmodel.core.internal.UrlHosts} does), or an IPv4 address.
 */
public final class HostNames {
  /** The longest DNS name, without its trailing dot (RFC 1035). */
  private static final int MAX_LENGTH = 253;
  /** The longest DNS label (RFC 1035). */
  private static final int MAX_LABEL_LENGTH = 63;

  private HostNames() {}

  /**
   * What keeps a string from being a host name that a URL can have.
   *
   * <p>Case does not matter and one trailing dot, the DNS root, is allowed, since matching ignores both. An
   * internationalised name must be given in its ASCII form: {@link java.net.URI} gives no host for a URL with a
   * Unicode one, and {@link java.net.IDN} implements IDNA 2003, which turns some names (with {@code ß} or
   * {@code ς}) into other ASCII names than the IDNA 2008 that browsers and registries use, so a name converted here
   * could silently fail to match.
   *
   * @param host the name to check
   * @return why it is not a host name, to follow "which is not a host name such as 'example.com': "; empty if it is
   *     one
   */
  public static Optional<String> problem(String host) {
    if (host.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (!Texts.isAscii(host)) {
      return Optional.of("give an internationalised name in its ASCII form (punycode), such as"
          + " 'xn--bcher-kva.example' for 'bücher.example'");
    }
    if (host.startsWith("*.") || host.startsWith(".")) {
      String rest = host.substring(host.indexOf('.') + 1);
      return Optional.of("a host covers its subdomains already"
          + (problem(rest).isEmpty() ? ", so give '" + rest + "'" : ", without a wildcard or a leading dot"));
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (name.length() > MAX_LENGTH) {
      return Optional.of("it is longer than " + MAX_LENGTH + " characters");
    }
    String[] labels = name.split("\\.", -1);
    for (String label : labels) {
      Optional<String> problem = labelProblem(label);
      if (problem.isPresent()) {
        return problem;
      }
    }
    String last = labels[labels.length - 1];
    if (!Character.isLetter(last.charAt(0)) && !ipv4(labels)) {
      // As in java.net.URI, which gives no host for a URL whose last label starts otherwise: no top-level
      // domain does.
      return Optional.of("its last label, '" + last + "', does not start with a letter, and it is no IPv4 address");
    }
    return Optional.empty();
  }

  private static Optional<String> labelProblem(String label) {
    if (label.isEmpty()) {
      return Optional.of("it has an empty label");
    }
    if (label.length() > MAX_LABEL_LENGTH) {
      return Optional.of("label '" + label + "' is longer than " + MAX_LABEL_LENGTH + " characters");
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        return Optional.of("label '" + label + "' holds '" + c + "', and a label holds only letters, digits,"
            + " hyphens and underscores");
      }
    }
    if (label.startsWith("-") || label.endsWith("-")) {
      return Optional.of("label '" + label + "' starts or ends with a hyphen");
    }
    return Optional.empty();
  }

  /** Whether the labels, each of ASCII letters, digits, hyphens and underscores already, are an IPv4 address. */
  private static boolean ipv4(String[] labels) {
    if (labels.length != 4) {
      return false;
    }
    for (String label : labels) {
      if (label.length() > 3 || !label.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(label) > 255) {
        return false;
      }
    }
    return true;
  }
}

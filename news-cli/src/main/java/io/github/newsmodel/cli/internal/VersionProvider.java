package io.github.newsmodel.cli.internal;

import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code news --version} prints: the version, the JSON format versions it writes (each article in the oldest
 * that holds it), and the Java runtime.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("news-cli.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      "news " + properties.getProperty("version", "(unknown version)"),
      "newsmodel JSON format versions 1 to " + NewsJson.FORMAT_VERSION + ", each article in the oldest that holds it",
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
    };
  }
}

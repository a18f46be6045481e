package io.github.newsmodel.json.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.util.Arrays;

/**
 * The jackson-core versions news-json runs on. A user's build does not always resolve the Jackson newsmodel is
 * built with: a framework's BOM or a lock file decides (Spring Boot 3.3 pins 2.17). This class names no Jackson
 * class but {@link Version} and {@link PackageVersion}, which every 2.x has, so that it can refuse an old one
 * before anything else reaches a member that it lacks.
 */
public final class JacksonVersion {
  /**
   * The oldest jackson-core that news-json runs on: the read limits and the indented output call methods that
   * 2.16 and 2.17 added ({@code maxDocumentLength}, {@code withArrayEmptySeparator}).
   */
  public static final String OLDEST = "2.17.0";

  private JacksonVersion() {}

  /**
   * Refuses the jackson-core on the class path if it is too old for news-json. Call it before naming any class
   * that an old jackson-core may lack, such as {@code StreamReadConstraints}.
   *
   * @throws IllegalStateException if it is older than {@link #OLDEST}
   */
  public static void requireSupported() {
    requireSupported(PackageVersion.VERSION);
  }

  /**
   * Refuses a jackson-core too old for news-json with a message that names both versions, rather than leaving a
   * {@code NoSuchMethodError} or {@code NoClassDefFoundError} to surface from whichever call reaches a missing
   * member first.
   *
   * @param found the version of a jackson-core
   * @throws IllegalStateException if it is older than {@link #OLDEST}
   */
  public static void requireSupported(Version found) {
    String[] parts = OLDEST.split("\\.");
    // Version.compareTo orders by group and artifact first; only the numbers matter here.
    int[] have = {found.getMajorVersion(), found.getMinorVersion(), found.getPatchLevel()};
    int[] need = {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    if (Arrays.compare(have, need) < 0) {
      throw new IllegalStateException("news-json needs jackson-core " + OLDEST + " or newer, but the class path "
          + "holds jackson-core " + found + " (a dependency manager may have pinned it, such as a framework's BOM): "
          + "depend on com.fasterxml.jackson.core:jackson-core and jackson-databind " + OLDEST + " or newer");
    }
  }
}

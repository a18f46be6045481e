package io.github.newsmodel.core.internal;

import io.github.newsmodel.core.Block;
import java.util.List;

/** Plain-text rendering shared by articles and comments. */
public final class Texts {
  private Texts() {}

  /**
   * Joins the texts of blocks with a blank line between them, skipping blocks without text (images without a
   * caption), so that the result reads like the page.
   *
   * @param blocks the blocks
   * @return the plain text; empty if no block has text
   */
  public static String join(List<? extends Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      String text = block.text();
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(text);
    }
    return out.toString();
  }
}

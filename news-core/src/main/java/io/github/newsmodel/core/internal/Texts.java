package io.github.newsmodel.core.internal;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Image;
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

  /**
   * Joins the texts of an article's blocks as {@link #join} does, leaving out the captions of its images: a caption
   * describes a picture and breaks the article's sentences where it stands between them, and each {@link Image}
   * keeps its own. A body whose only text is in captions, a gallery, reads as its captions.
   *
   * @param blocks the blocks
   * @return the running text; the captions where the blocks hold no other text; empty if no block has text
   */
  public static String joinRunning(List<? extends Block> blocks) {
    List<? extends Block> running = blocks.stream().filter(b -> !(b instanceof Image)).toList();
    String text = join(running);
    return text.isEmpty() && running.size() < blocks.size() ? join(blocks) : text;
  }
}

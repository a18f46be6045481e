package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * The line of a story's page in an old discussion system that says who posted the story when, beside no headline
 * the generic reader would find it by: Slash's "posted by michael on ..." ({@link SlashStory}) and PHP-Nuke's "Posted
 * on ... by admin" ({@link NukeStory}).
 */
public interface StoryLine {
  /**
   * The story's line of a page, if it is a Slash or a PHP-Nuke story's.
   *
   * @param page the page
   * @param clock how the page's times are read
   * @return the story's poster and time, if the page prints both
   */
  static Optional<StoryLine> find(Document page, PageClock clock) {
    return SlashStory.find(page, clock).<StoryLine>map(s -> s).or(() -> NukeStory.find(page, clock));
  }

  /**
   * The text without the story's line at its head, which says who posted it when and is no part of the story.
   *
   * @param body the story's text as read
   * @return the text without the line
   */
  List<Block> withoutLines(List<Block> body);

  /**
   * The story's headline as the page shows it next to the line, where the page shows one in no heading: PHP-Nuke's
   * themes print it in bold right above "Posted on ...".
   *
   * @return the headline, if the page shows one beside the line
   */
  default Optional<String> headline() {
    return Optional.empty();
  }

  /**
   * Who posted the story.
   *
   * @return the author
   */
  Author author();

  /**
   * When the story was posted, in the page's zone where it printed no offset.
   *
   * @return the time
   */
  ResolvedTime time();
}

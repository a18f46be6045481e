package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.PageLocation;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's line of a PHP-Nuke story's page: "Posted on Tuesday, March 04 @ 09:15:00 CET by <a>admin</a>", which
 * most themes' {@code themearticle} print under the title ({@code _POSTEDON $datetime _BY} and the author's link).
 * The poster is the story's author; the time is read as a comment's ({@link NukeTimes}): its year printed, or
 * from an archived copy's capture. Only a story's page, whose address holds its {@code sid=}, is searched.
 */
final class NukeStory implements StoryLine {
  private static final Pattern POSTED = Pattern.compile("(?i)^posted\\s+on\\s+(\\S.*?)\\s+by\\s+(\\S.*)$");
  /** The line is a few words; a longer element is a paragraph that happens to begin so. */
  private static final int MAX_LINE = 160;
  /** The story's line is in the first two blocks of the text, if it is in it at all. */
  private static final int LINES = 2;

  /** The longest headline read beside the line. */
  private static final int MAX_HEADLINE = 300;

  private final Author author;
  private final ResolvedTime time;
  private final String line;
  private final Optional<String> headline;

  private NukeStory(Author author, ResolvedTime time, String line, Optional<String> headline) {
    this.author = author;
    this.time = time;
    this.line = line;
    this.headline = headline;
  }

  /**
   * The story's line of a page, if it is a PHP-Nuke story's.
   *
   * @param page the page
   * @param clock how the page's times are read
   * @return the story's poster and time, if the page prints both
   */
  static Optional<StoryLine> find(Document page, PageClock clock) {
    Element body = page.body();
    if (body == null || !PageLocation.of(page).contains("sid=")) {
      return Optional.empty(); // a story's page is modules.php?name=News&file=article&sid=...: others are spared
    }
    CommentTimes times = new CommentTimes(clock);
    for (Element e : body.getElementsContainingOwnText("posted on")) {
      String line = Texts.normalise(e.text()).strip();
      Matcher m = POSTED.matcher(line);
      if (line.length() > MAX_LINE || !m.matches()) {
        continue;
      }
      Element link = e.getElementsByTag("a").first();
      String name = m.group(2).strip();
      Optional<Author> poster = link != null && Texts.normalise(link.text()).strip().equals(name)
          ? CommenterNames.author(name, link) : CommenterNames.author(name);
      Optional<ResolvedTime> at = NukeTimes.read(m.group(1), times);
      if (poster.isPresent() && at.isPresent()) {
        return Optional.of(new NukeStory(poster.get(), at.get(), line, headlineBefore(e)));
      }
    }
    return Optional.empty();
  }

  /**
   * The bold headline right before the line in its cell, "<font class=option><b>Title</b></font><br>", as the
   * themes' {@code themearticle} print it: the element before the line, past line breaks, if all its text is bold.
   */
  private static Optional<String> headlineBefore(Element line) {
    Element before = line.previousElementSibling();
    while (before != null && before.normalName().equals("br")) {
      before = before.previousElementSibling();
    }
    if (before == null) {
      return Optional.empty();
    }
    String text = Texts.normalise(before.text()).strip();
    Element bold = before.normalName().equals("b") || before.normalName().equals("strong") ? before
        : before.selectFirst("b, strong");
    return !text.isEmpty() && text.length() <= MAX_HEADLINE && bold != null
        && Texts.normalise(bold.text()).strip().equals(text) ? Optional.of(text) : Optional.empty();
  }

  /** Leaves out a first block that is the line, or the title and the line, which the metadata hold. */
  @Override
  public List<Block> withoutLines(List<Block> body) {
    for (int i = 0; i < Math.min(LINES, body.size()); i++) {
      if (body.get(i) instanceof Paragraph p && storyLine(p.text())) {
        List<Block> out = new ArrayList<>(body);
        out.remove(i);
        return out;
      }
    }
    return body;
  }

  private boolean storyLine(String text) {
    String[] lines = text.split("\n");
    String last = Texts.normalise(lines[lines.length - 1]).strip();
    return last.equals(line) && lines.length <= 2;
  }

  @Override
  public Optional<String> headline() {
    return headline;
  }

  @Override
  public Author author() {
    return author;
  }

  @Override
  public ResolvedTime time() {
    return time;
  }
}

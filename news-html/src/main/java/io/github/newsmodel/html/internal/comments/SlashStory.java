package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.PageLocation;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's line of a Slash page in its table layout, before 2006 ({@code dispStory}): "posted by <A
 * HREF=...>michael</A> on Tuesday March 04, @10:30AM" in a small font, then "from the <B>shelved-until-nine</B>
 * dept." on the next line. Its editor is the story's author and its time, without a year in Slash's default date
 * format, takes the year of the story's id ({@link SlashYears}). The generic reader finds neither: no heading holds
 * the story's title, so no date line is beside a headline. Only a page whose address names a story ({@code sid=},
 * or the path of an archived story's static copy) is searched.
 */
public final class SlashStory implements StoryLine {
  private static final Pattern POSTED = Pattern.compile("(?i)^\\s*posted\\s+by\\s+(\\S.*?)\\s+on\\s+(\\S.*)$");
  private static final Pattern DEPT = Pattern.compile("(?i)\\bfrom\\s+the\\s+\\S.*?\\sdept\\.");
  /** The story's line and its department's are the first two blocks of the text, if they are in it at all. */
  private static final int LINES = 2;
  /** The line is a few words; a longer element is a paragraph that happens to begin so. */
  private static final int MAX_LINE = 160;

  private final Author author;
  private final ResolvedTime time;
  private final String line;
  private final String dept;

  private SlashStory(Author author, ResolvedTime time, String line, String dept) {
    this.author = author;
    this.time = time;
    this.line = line;
    this.dept = dept;
  }

  /**
   * The story's line of a page, if it is a Slash story's in the table layout.
   *
   * @param page the page
   * @param clock how the page's times are read
   * @return the story's editor and time, if the page prints both
   */
  public static Optional<SlashStory> find(Document page, PageClock clock) {
    Element body = page.body();
    String location = PageLocation.of(page);
    if (body == null || !location.contains("sid=") && SlashYears.sid(location).isEmpty()) {
      return Optional.empty(); // a story's page is article.pl?sid=... or its static copy: others are spared the walk
    }
    for (Element e : body.getElementsContainingOwnText("posted by")) {
      String line = Texts.normalise(e.text()).strip();
      Matcher m = POSTED.matcher(line);
      Element parent = e.parent();
      Matcher dept = DEPT.matcher(parent == null ? "" : Texts.normalise(parent.text()));
      if (line.length() > MAX_LINE || !m.matches() || !dept.find()) {
        continue;
      }
      Element link = e.getElementsByTag("a").first();
      Optional<Author> editor = link != null && Texts.normalise(link.text()).strip().equals(m.group(1))
          ? CommenterNames.author(m.group(1), link) : CommenterNames.author(m.group(1));
      Optional<ResolvedTime> at = clock.find(new SlashYears().withYear(m.group(2), e));
      if (editor.isPresent() && at.isPresent()) {
        return Optional.of(new SlashStory(editor.get(), at.get(), line, dept.group()));
      }
    }
    return Optional.empty();
  }

  /**
   * The text without the story's line and its department's at its head, which say who posted it when and are no
   * part of what the story says.
   *
   * @param body the story's text as read
   * @return the text without those lines
   */
  @Override
  public List<Block> withoutLines(List<Block> body) {
    int skip = 0;
    while (skip < Math.min(LINES, body.size()) && body.get(skip) instanceof Paragraph p && storyLine(p.text())) {
      skip++;
    }
    return body.subList(skip, body.size());
  }

  private boolean storyLine(String text) {
    String t = Texts.normalise(text).strip();
    return t.equals(line) || t.equals(dept) || t.equals(line + " " + dept);
  }

  /**
   * The story's editor, who posted it.
   *
   * @return the author
   */
  @Override
  public Author author() {
    return author;
  }

  /**
   * The time the story was posted, in the page's zone where it printed no offset.
   *
   * @return the time
   */
  @Override
  public ResolvedTime time() {
    return time;
  }
}

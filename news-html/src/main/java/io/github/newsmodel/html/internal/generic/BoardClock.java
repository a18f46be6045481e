package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageTime;
import io.github.newsmodel.html.internal.time.StatedClock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the line in which a forum states the time it served the page ({@link StatedClock}): "It is currently Sun Mar
 * 03, 2024 9:14 pm". Forums print it in their header (phpBB 3's subsilver2, SMF) or their footer (MyBB, Invision
 * Power Board 2), so only the first and the last two hundred of the elements of the tags a line is set in are
 * looked at, each at the cost of a look at its first child, as {@link FooterZone} reads the footer. The page is
 * searched only when a relative time needs it: when its capture time is unknown and a comment's time is "Today,
 * 11:48 PM".
 *
 * <p>SMF prints its clock without a label, so its markup tells it: SMF 2.1's {@code div.user} under
 * {@code #upper_section}, the time in a {@code <time>} in its later versions, SMF 2.0's item of the list in that box
 * (shown to members only), and SMF 1's {@code span.smalltext} beside the button that shrinks the header
 * ({@code img#upshrink}).
 */
final class BoardClock {
  private static final int MAX_LINE = 120;
  /** How many elements of the {@link #LINE_TAGS} are looked at from each end of the page. */
  private static final int MAX_LOOKED = 200;
  /** The elements a clock's line is set in, as for {@link FooterZone}. */
  private static final Set<String> LINE_TAGS = Set.of("span", "div", "td", "li", "p", "font", "small", "b", "strong",
      "em", "i", "center", "footer", "th", "dd", "address");
  /** How far above SMF's {@code div.user} its {@code #upper_section} is: 1 in SMF 2.0, 3 in 2.1. */
  private static final int SMF_USER_DEPTH = 3;

  private BoardClock() {}

  /**
   * The time the page's header or footer states as the present.
   *
   * @param elements the page's elements
   * @param reader the reader for the page's languages and numeric order
   * @return the date and time, if a line states them
   */
  static Optional<PageTime> of(PageElements elements, DateTimes reader) {
    List<Element> all = elements.all();
    boolean[] lineTags = elements.tagsIn(LINE_TAGS);
    int top = 0;
    int looked = 0;
    for (; top < all.size() && looked < MAX_LOOKED; top++) {
      if (lineTags[elements.tagId(top)]) {
        looked++;
        Optional<PageTime> clock = clock(all.get(top), reader);
        if (clock.isPresent()) {
          return clock;
        }
      }
    }
    looked = 0;
    for (int i = all.size() - 1; i >= top && looked < MAX_LOOKED; i--) {
      if (lineTags[elements.tagId(i)]) {
        looked++;
        Optional<PageTime> clock = clock(all.get(i), reader);
        if (clock.isPresent()) {
          return clock;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<PageTime> clock(Element e, DateTimes reader) {
    @Nullable Node first = e.childNodeSize() == 0 ? null : e.childNode(0);
    if (first instanceof TextNode t && StatedClock.mayOpen(t.getWholeText())) {
      Optional<PageTime> line = labelled(e, reader);
      // MyBB sets its label apart, <span id="current_time"><strong>Current time:</strong> 03-03-2024, ...</span>
      @Nullable Element parent = e.parent();
      return line.isPresent() || parent == null || parent.firstElementChild() != e ? line : labelled(parent, reader);
    }
    if (e.normalName().equals("div") && e.hasClass("user") && underUpperSection(e)) {
      return smfUser(e, reader);
    }
    if (e.normalName().equals("span") && e.hasClass("smalltext") && besideUpshrink(e)) {
      return Texts.shortText(e, MAX_LINE).flatMap(text -> StatedClock.whole(text, reader));
    }
    return Optional.empty();
  }

  /** A labelled line, outside an article's text, where a story may quote such a line. */
  private static Optional<PageTime> labelled(Element line, DateTimes reader) {
    return Texts.shortText(line, MAX_LINE).flatMap(text -> StatedClock.read(text, reader))
        .filter(t -> !FooterZone.inArticle(line));
  }

  /**
   * SMF 2's clock: the text of 2.1's {@code <time>} ("March 03, 2024, 09:14:22 PM"), else its {@code datetime}
   * ("2024-03-03T20:14:22Z"), else the box's own text, else an item of 2.0's list. The text comes first: it is the
   * forum's local time, in which it wrote "Today at 10:05:12 AM", and which is read in the page's zone as that is;
   * the UTC instant, read in an assumed zone, may fall on another day than the forum's.
   */
  private static Optional<PageTime> smfUser(Element user, DateTimes reader) {
    for (Element child : user.children()) {
      if (child.normalName().equals("time")) {
        return Texts.shortText(child, MAX_LINE).flatMap(text -> StatedClock.whole(text, reader))
            .or(() -> reader.parse(child.attr("datetime")).filter(t -> t.time().isPresent()));
      }
    }
    Optional<PageTime> own = Texts.shortText(user, MAX_LINE).flatMap(text -> StatedClock.whole(text, reader));
    if (own.isPresent()) {
      return own;
    }
    for (Element child : user.children()) {
      if (child.normalName().equals("ul")) {
        for (Element item : child.children()) {
          Optional<PageTime> time = Texts.shortText(item, MAX_LINE).flatMap(text -> StatedClock.whole(text, reader));
          if (time.isPresent()) {
            return time;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a {@code <time>} is SMF 2.1's clock, the moment the page was served: never the article's date, as
   * phpBB's date bar is none ({@code DATE_LINE_NOT}).
   *
   * @param e the element
   * @return true for the {@code <time>} of SMF's {@code div.user} under {@code #upper_section}
   */
  static boolean isClock(Element e) {
    @Nullable Element user = e.parent();
    return e.normalName().equals("time") && user != null && user.normalName().equals("div") && user.hasClass("user")
        && underUpperSection(user);
  }

  /**
   * The page's {@code <time>} elements without SMF's clock ({@link #isClock}).
   *
   * @param times the page's {@code <time>} elements
   * @return the same list if it holds no clock, as on nearly every page
   */
  static List<Element> withoutClock(List<Element> times) {
    for (Element t : times) {
      if (isClock(t)) {
        return times.stream().filter(x -> !isClock(x)).toList();
      }
    }
    return times;
  }

  private static boolean underUpperSection(Element user) {
    Element p = user.parent();
    for (int up = 0; p != null && up < SMF_USER_DEPTH; up++, p = p.parent()) {
      if (p.id().equals("upper_section")) {
        return true;
      }
    }
    return false;
  }

  /** SMF 1's {@code <span class="smalltext">} before {@code <a href="#" ...><img id="upshrink"></a>}. */
  private static boolean besideUpshrink(Element span) {
    @Nullable Element next = span.nextElementSibling();
    return next != null && next.normalName().equals("a") && next.childrenSize() > 0
        && next.child(0).id().equals("upshrink");
  }
}

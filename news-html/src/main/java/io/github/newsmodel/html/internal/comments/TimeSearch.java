package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.insideAny;
import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.html.internal.dom.NameRegex;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageTime;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The search for a comment's time. Where a page marks the time, the mark wins over any date printed nearby:
 * {@link #timeElement} ranks a {@code <time datetime>} (or WoltLab Suite 6's {@link MachineTime}), microdata
 * {@code dateCreated}/{@code datePublished}, a time in a data attribute ({@code data-timestamp},
 * {@code data-publishtime}), an element named {@code date} or {@code time} (which may also say "3 hours ago"), then
 * the comment's metadata line ({@code comment-meta}). Where none does, {@link CommentReader#read} falls back to the first date in the comment's header ({@link #headerTime})
 * and then to the other lines it found. A date without its time of day takes the time printed beside it ("April 5,
 * 2018" then "6:32 PM", {@link #withTimeOfDay}). How a printed time is read is {@link CommentTimes}'s part.
 */
final class TimeSearch {
  /** An element with a tooltip, which may give a date's time of day. */
  private static final Evaluator TITLED = QueryParser.parse("[title]");
  private static final NameRegex DATE_NAMES = NameRegex.compile("date|time|stamp|posted|published|datum|zeit|"
      + "submitted|when|ago|(?:^|[\\s_-])age(?:$|[\\s_-])");
  /**
   * A comment's metadata line, which often holds its date but may hold its author, its date and its links
   * together ({@code comment-meta}): a date element inside it is the better source.
   */
  private static final NameRegex META_NAMES_OF_DATE = NameRegex.compile("(?:^|[\\s_-])meta|metadata");
  /** The longest text of SMF's link to a post that may be its time: "March 03, 2023, 07:05:44 AM". */
  private static final int MAX_SMF_TIME = 40;
  /** A time in an attribute is short: a timestamp, or a date with its time and offset. */
  private static final int MAX_TIME_ATTRIBUTE = 40;
  /** A comment's header is short: text beyond this is the comment's words, and a time read there may be theirs. */
  private static final int MAX_HEADER = 400;
  /**
   * A time of day, "11:30", "11h30", "6:32 PM"; not "12.02", which is a day and a month. It must not run on into
   * more digits.
   */
  private static final Pattern CLOCK =
      Pattern.compile("(?iu)(?<![\\d:.])(\\d{1,2})[:h](\\d{2})(?![\\d:])(?:\\s*([ap])\\.?m\\.?)?");

  private final CommentTimes times;

  TimeSearch(CommentTimes times) {
    this.times = times;
  }

  /**
   * The element that gives the comment's time: a schema.org date property first, then a {@link MachineTime},
   * then a timestamp attribute, then an element named like a date, then the comment's metadata line. An element
   * named so that holds the comment's text is the comment's box, not its date.
   */
  Optional<Element> timeElement(List<Element> scope, List<String> scopeNames, Element text, Set<Element> notices,
      Element root, ProfileRows profile) {
    Element best = null;
    int bestRank = Integer.MAX_VALUE;
    Set<Element> aroundText = null; // the elements around the text below the root, listed once when needed
    for (int i = 0; i < scope.size(); i++) {
      Element e = scope.get(i);
      if (e.attributesSize() == 0) {
        continue; // most elements: neither a name nor an attribute that could mark a time
      }
      if (text != null && isInside(e, text, root) || insideAny(e, notices, root) || notices.contains(e)
          || profile.inRow(e)) {
        continue; // the day the poster joined is no time of the post
      }
      String names = scopeNames.get(i);
      int rank = dateProperty(e) ? 0
          : MachineTime.is(e) ? 1
          : bestRank > 2 && (timeAttribute(e).isPresent() || machineTitle(e)) ? 2
          : names.isEmpty() ? Integer.MAX_VALUE
          : DATE_NAMES.find(names) ? 3
          : META_NAMES_OF_DATE.find(names) ? 4 : Integer.MAX_VALUE;
      if (rank >= 3 && rank < bestRank && rank < Integer.MAX_VALUE && text != null) {
        if (aroundText == null) {
          aroundText = around(text, root);
        }
        if (aroundText.contains(e)) {
          // A box that holds the comment's text is no date line, whatever its name says: Kunena names the box of
          // a post's header, text and notices after the post's state, "message-published"
          rank = Integer.MAX_VALUE;
        }
      }
      if (rank == Integer.MAX_VALUE && bestRank > 5 && datedPermalink(e, root)) {
        rank = 5;
      }
      if (rank < bestRank) {
        best = e;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The elements around {@code e} up to {@code root}, which a comment's text is inside. */
  private static Set<Element> around(Element e, Element root) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
      out.add(p);
    }
    return out;
  }

  /**
   * Whether an element is a link to the comment itself that prints its date and nothing else, as Movable Type and
   * TypePad print a comment's date: "Posted by: Ann | <a href=#comment-6a00d8>April 14, 2007 at 11:02 AM</a>". SMF
   * 2.1 links to its post by the post's number, {@code <a href="index.php?msg=6131" class="smalltext">}, and prints
   * there a day relative to the page's clock as well ("<strong>Today</strong> at 10:05:12 AM"), which only such a
   * link, marked as the post's time, is read for.
   */
  private boolean datedPermalink(Element e, Element root) {
    if (!e.normalName().equals("a") || !Texts.hasDigit(e.ownText())) {
      return false;
    }
    if (AuthorSearch.permalink(e, root)) {
      return times.exact(Texts.normalise(e.text())).isPresent();
    }
    return smfPostLink(e, root) && Texts.shortText(e, MAX_SMF_TIME)
        .filter(t -> times.exact(t).isPresent() || times.relative(t).isPresent()).isPresent();
  }

  /** SMF 2.1's link to its post {@code #msg6131}: {@code index.php?msg=6131}, or {@code ?topic=455.msg6131#msg6131}. */
  private static boolean smfPostLink(Element a, Element root) {
    String id = root.id();
    if (!id.startsWith("msg") || id.length() < 4 || !a.hasClass("smalltext")) {
      return false;
    }
    String href = a.attr("href");
    String number = id.substring(3);
    return href.endsWith("?msg=" + number) || href.endsWith(";msg=" + number) || href.endsWith("#" + id);
  }

  /** Whether an element's title gives a machine-written time ({@link TitleTime}), as a tooltip of its date. */
  private boolean machineTitle(Element e) {
    return e.hasAttr("title") && TitleTime.read(e.attr("title"), times).isPresent();
  }

  private static boolean dateProperty(Element e) {
    String prop = ItemProperty.of(e);
    return prop.equals("datecreated") || prop.equals("datepublished") || prop.equals("commenttime")
        || prop.equals("uploaddate");
  }

  /**
   * The time in a data attribute that a comment system names after a time or a date: {@code data-timestamp},
   * {@code data-time}, {@code data-date}, {@code data-publishtime="1425913955940"}. Only a value that reads as a
   * time counts, so that a {@code data-timeout="3000"} does not hide the comment's date element.
   */
  private Optional<ResolvedTime> timeAttribute(Element e) {
    return dataTime(e, true);
  }

  /**
   * The first data attribute whose short value reads as a time: among those named after a time or a date, or
   * among all of them, for an element that names itself a date.
   */
  private Optional<ResolvedTime> dataTime(Element e, boolean timeNamedOnly) {
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      if (key.startsWith("data-")
          && (!timeNamedOnly || key.contains("time") || key.contains("date") || key.contains("stamp"))
          && a.getValue().length() <= MAX_TIME_ATTRIBUTE && Texts.hasDigit(a.getValue())) {
        Optional<ResolvedTime> t = times.exact(a.getValue());
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The time an element gives: in a {@code datetime}, {@code content}, time-named data or {@code title} attribute,
   * in another data attribute of an element named as a date ({@code data-content="2020-02-21 15:23:13 UTC"}), else
   * a date printed in its text, else one printed in its tooltip, else an age in its text ("3 hours ago").
   */
  Optional<ResolvedTime> time(Element e, ProfileRows profile) {
    Optional<ResolvedTime> twin = UnixTwin.read(e);
    if (twin.isPresent()) {
      return twin;
    }
    if (MachineTime.is(e)) { // WoltLab Suite 6's woltlab-core-date-time names its attribute "date"
      Optional<ResolvedTime> t = times.exact(MachineTime.value(e));
      if (t.isPresent()) {
        return t;
      }
    }
    for (String attr : List.of("datetime", "content")) {
      if (e.hasAttr(attr)) {
        Optional<ResolvedTime> t = times.exact(e.attr(attr));
        if (t.isPresent()) {
          return t;
        }
      }
    }
    Optional<ResolvedTime> fromData = timeAttribute(e);
    if (fromData.isPresent()) {
      return fromData;
    }
    if (e.hasAttr("title")) {
      Optional<ResolvedTime> t = TitleTime.read(e.attr("title"), times).or(() -> times.exact(e.attr("title")));
      if (t.isPresent()) {
        return t;
      }
    }
    Optional<ResolvedTime> fromAnyData = dataTime(e, false);
    if (fromAnyData.isPresent()) {
      return fromAnyData;
    }
    Optional<String> whole = Texts.completeText(e).map(t -> profile.isEmpty() ? t : profile.textWithout(e))
        .filter(t -> !t.isEmpty());
    Optional<String> text = whole.filter(t -> t.length() <= MAX_HEADER);
    Optional<ResolvedTime> printed = whole.flatMap(times::exact).or(() -> text.flatMap(times::find));
    if (printed.isPresent() && printed.get().dateOnly()) {
      // XenForo 1's <span class=DateTime title="Mar 3, 2014 at 9:14 PM">Mar 3, 2014</span>: the day in the text,
      // its time of day in the tooltip
      ResolvedTime day = printed.get();
      return printedTitle(e).filter(t -> !t.dateOnly()
          && t.time().toLocalDate().equals(day.time().toLocalDate())).or(() -> printed);
    }
    return printed
        .or(() -> printedTitle(e))
        .or(() -> text.flatMap(times::relative));
  }

  /**
   * The date printed in the tooltip of a time element whose text prints none: Kunena's {@code <span class=kdate
   * title="04 Jun 2024 08:12">1 week 3 days ago</span>}. The tooltip's date is exact where the text's age is
   * approximate, and it is read even where the capture time, which an age needs, is unknown.
   */
  private Optional<ResolvedTime> printedTitle(Element e) {
    String title = e.attr("title");
    return title.length() <= MAX_TIME_ATTRIBUTE * 2 && Texts.hasDigit(title)
        ? times.find(title) : Optional.empty();
  }

  /**
   * A date that its element gives without its time of day, completed by the line around it where the page prints
   * the time beside it in an element of its own: "April 5, 2018" in {@code li.date} and "6:32 PM" in
   * {@code li.time}. The line is the date element's parent or grandparent below the comment's own element (which
   * holds its text too), short, and its first date is the same day with a time.
   */
  ResolvedTime withTimeOfDay(ResolvedTime date, Element dateElement, List<Element> scope,
      @Nullable Element text, Element root) {
    // XenForo 1's "ann, <a><span class=DateTime title="Mar 3, 2014 at 9:14 PM">Mar 3, 2014</span></a>": the
    // tooltip of the date in the line gives its time of day
    for (Element titled : dateElement.select(TITLED)) { // the element itself first, its permalink's "Permalink"
      Optional<ResolvedTime> tip = printedTitle(titled).filter(t -> !t.dateOnly()
          && t.time().toLocalDate().equals(date.time().toLocalDate()));
      if (tip.isPresent()) {
        return tip.get();
      }
    }
    Element e = dateElement;
    for (int up = 0; up < 2 && e.parent() != null && e.parent() != root; up++) {
      e = e.parent();
      Optional<ResolvedTime> line = Texts.completeText(e)
          .filter(t -> t.length() <= HeaderLine.MAX_LINE).flatMap(times::find);
      if (line.isPresent() && !line.get().dateOnly()
          && line.get().time().toLocalDate().equals(date.time().toLocalDate())) {
        return line.get();
      }
    }
    return clockBesideDate(date, linesOfDate(dateElement, scope, text, root)).orElse(date);
  }

  /**
   * The elements whose text may print the time of day of a date that an element gives without it: the date
   * element, its parent and grandparent below the comment's element, then the other elements of the comment
   * outside its text that are named as a date ({@code comment-posted} beside a {@code datePublished} meta).
   */
  private static List<Element> linesOfDate(Element dateElement, List<Element> scope, @Nullable Element text,
      Element root) {
    List<Element> lines = new ArrayList<>();
    Element e = dateElement;
    for (int up = 0; up < 3 && e != null && e != root; up++, e = e.parent()) {
      lines.add(e);
    }
    for (Element other : scope) {
      String names = Names.of(other);
      if (other != dateElement && other != root && !names.isEmpty() && DATE_NAMES.find(names)
          && (text == null || other != text && !isInside(other, text, root))) {
        lines.add(other);
      }
    }
    return lines;
  }

  /**
   * A date from an attribute completed by the one time of day that a text of the comment prints with the day but
   * without the year, which no date reader takes as a date: {@code content="2019-02-12"} and "Le 12/02 à 11:30".
   * The first of the {@link #linesOfDate} that is short and holds the day of the month as a number holds exactly
   * one time of day.
   */
  private static Optional<ResolvedTime> clockBesideDate(ResolvedTime date, List<Element> lines) {
    String day = Integer.toString(date.time().getDayOfMonth());
    Pattern dayNumber = Pattern.compile("(?<!\\d)0?" + day + "(?!\\d)");
    for (Element e : lines) {
      Optional<String> line = Texts.completeText(e).filter(t -> t.length() <= HeaderLine.MAX_LINE);
      if (line.isEmpty() || !dayNumber.matcher(line.get()).find()) {
        continue;
      }
      Matcher clock = CLOCK.matcher(line.get());
      if (clock.find()) {
        Optional<LocalTime> at = DateTimes.timeOfDay(Integer.parseInt(clock.group(1)),
            Integer.parseInt(clock.group(2)), clock.group(3));
        if (clock.find() || at.isEmpty()) {
          return Optional.empty(); // two times, or none that exists: no telling which is the comment's
        }
        return atTimeOfDay(date, at.get());
      }
    }
    return Optional.empty();
  }

  /** The date at a time of day, in the zone that was assumed for it, else at its own offset. */
  private static Optional<ResolvedTime> atTimeOfDay(ResolvedTime date, LocalTime at) {
    LocalDateTime local = LocalDateTime.of(date.time().toLocalDate(), at);
    if (date.assumedZone().isPresent()) {
      return PageTime.local(local).in(date.assumedZone().get());
    }
    return Optional.of(new ResolvedTime(OffsetDateTime.of(local, date.time().getOffset()), Optional.empty()));
  }

  /**
   * The first date printed in the comment's text outside its body and edit notices, such as a header line. A
   * relative time counts only in an element marked as a time ({@link #time}), since a header's words are not all
   * dates. The header's words are read in the order the page prints them, so that a date whose time of day is a
   * link after the linked author's name ("Comment by <a>Ann</a> — 17.07, 2011 @ <a>13:04</a>") keeps its time.
   */
  Optional<ResolvedTime> headerTime(List<Element> scope, Element text, Set<Element> notices,
      Element root, ProfileRows profile) {
    Set<Element> inScope = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> header = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : scope) {
      inScope.add(e);
      if (text != null && (e == text || isInside(e, text, root)) || insideAny(e, notices, root)
          || notices.contains(e)) {
        continue;
      }
      if (text == null && e != root && e.normalName().equals("p")) {
        continue; // without a named text element, paragraphs are the text
      }
      header.add(e);
    }
    if (profile.boxed()) { // the poster's profile box loses to a date outside it, its join date always
      Optional<ResolvedTime> outside = times.find(headerWords(scope, inScope, header, profile::isRowOrBox));
      if (outside.isPresent()) {
        return outside;
      }
    }
    return times.find(headerWords(scope, inScope, header, profile::isRow));
  }

  /** The words of the comment's header, without the nodes left out. */
  private static String headerWords(List<Element> scope, Set<Element> inScope, Set<Element> header,
      Predicate<Node> leftOut) {
    StringBuilder words = new StringBuilder();
    for (Element e : scope) {
      if (e.parent() == null || !inScope.contains(e.parent())) { // the comment's element, and its header's
        appendOwnTexts(e, inScope, header, leftOut, words);
      }
    }
    return words.toString();
  }

  /**
   * Appends, in document order, the text of the elements of the header under {@code top} to {@code words}, up to
   * {@link #MAX_HEADER} characters: not the text of the elements outside the comment, its replies.
   */
  private static void appendOwnTexts(Element top, Set<Element> inScope, Set<Element> header,
      Predicate<Node> leftOut, StringBuilder words) {
    NodeTraversor.filter((node, depth) -> {
      if (words.length() > MAX_HEADER) {
        return FilterResult.STOP;
      }
      if (node != top && leftOut.test(node)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof Element e) {
        return inScope.contains(e) ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof TextNode t && !t.isBlank() && node.parent() instanceof Element p && header.contains(p)) {
        words.append(Texts.normalise(t.text()).strip()).append(' ');
      }
      return FilterResult.CONTINUE;
    }, top);
  }
}

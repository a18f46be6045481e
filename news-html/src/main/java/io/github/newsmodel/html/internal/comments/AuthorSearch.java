package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.insideAny;
import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.internal.dom.LoginName;
import io.github.newsmodel.html.internal.dom.NameRegex;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.OwnLineLink;
import io.github.newsmodel.html.internal.dom.ProfileLink;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The search for a comment's author, whose name {@link CommenterNames} then cleans. Pages mark a comment's author
 * in many ways, and often not at all, so {@link CommentReader#read} asks these rules in turn until one names someone:
 *
 * <ul>
 *   <li>The element named as the author ({@link #authorElement}): {@code itemprop=author}, the vCard {@code fn}
 *       (also as {@code fn url} inside the {@code vcard}), an element named {@code author}, {@code username},
 *       {@code name}, {@code user} or hReview's {@code reviewer}, else a {@code cite}, a link to a profile or the
 *       term that opens a poster's definition list ({@link #posterTerm}). Not the comment's own element, which
 *       WordPress names {@code comment-author-x}, nor a badge such as {@code wc-comment-label} ("Autor"), nor a
 *       field of the comment form.
 *   <li>A name printed beside the comment's date or permalink, where no element names the author: "posted by Ann
 *       on 3 May 2019", "Heidemarie Heim | Di, 21. April 2020", "mxa <a href=#comment-7>1 year</a>".
 *   <li>The label of WordPress's reply link ("Reply to Ann"), the numbered header ("#1 Kommentar von Ann"), and
 *       for a pingback, the title of the page that links here.
 * </ul>
 *
 * <p>A name loses "says:" and "By", and a date after it ("Von Leserin Petra, 2. Mai 2024"), but not the particle
 * of a surname ("Di Stefano", "von der Leyen"); see {@link CommenterNames#name}.
 */
final class AuthorSearch {
  /** Queries run on many comments of a page, parsed once. */
  private static final Evaluator NAME_ITEM = QueryParser.parse("[itemprop=name]");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  /** Names of an element that holds the comment's author, or the author's box beside the comment's text. */
  static final NameRegex AUTHOR_NAMES = NameRegex.compile("(?:^|[\\s_-])fn(?:$|[\\s_-])|author|autor|username|"
      + "user-name|user_name|nickname|nick|commenter|reviewer|poster|(?:^|[\\s_-])name(?:$|[\\s_-])|(?:^|[\\s_-])user"
      + "(?:$|[\\s_-])|benutzer|pseudo|uname|ljuser");
  /** Parts named after an author that are not the author's name: a picture, a badge ("Autor"), a role marker. */
  private static final Pattern NOT_AUTHOR_NAMES = Pattern.compile("avatar|photo|image|img|says|title|bio|date|"
      + "time|meta-|role|badge|count|link-|url|body|content|text|field|message|label|post_author|postauthor"
      // the box of a poster's group and post count beside the name, SMF's ul.user_info
      + "|user_info|user-info"
      // the line of when the author posted, Discuz!'s em#authorposton40211 "发表于 2020-3-12 10:05"
      + "|poston|postedon|posted-on|posted_on");
  /** The vCard's formatted name. */
  private static final NameRegex FN = NameRegex.compile("(?:^|[\\s_-])fn(?:$|[\\s_-])");
  /**
   * A login with digits in it, one word that starts with a letter ("norbert777", "berg2012"): a name, where a
   * number ("#3", "2023") or a date beside the time is none.
   */
  private static final Pattern LOGIN = Pattern.compile("\\p{L}[\\p{L}\\p{N}._-]{0,30}");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final int MAX_AUTHOR = CommenterNames.MAX_LENGTH;
  /** How far above a name its author's item may stand: the name in a link in the item. */
  private static final int MAX_ITEM_LEVELS = 3;
  /** The elements that set a name in bold, where a guest's name is no link. */
  private static final Set<String> BOLD = Set.of("b", "strong");
  /**
   * The end of a line's head before its date: a bar, a dot, a comma or a spaced hyphen, and maybe a weekday or a
   * word such as "Le" ("Ann | Di, ", "Muriel - Le ").
   */
  private static final Pattern SEPARATED = Pattern.compile("(?:[|·•–—,]|\\s-)\\s*(?:\\p{L}{1,4}\\.?,?\\s*)?$");
  /** The label of a pingback or a trackback in the author's place: "Pingback von", "Trackback:". */
  private static final Pattern PINGBACK_LABEL = Pattern.compile("(?iu)\\s*(?:pingback|trackback)(?![\\p{L}])");
  /** The title of a page that a pingback names as its author is at most this long. */
  private static final int MAX_PAGE_TITLE = 200;
  /** A link to the comment that prints its date or age is short. */
  private static final int MAX_PERMALINK_TEXT = 40;
  /**
   * The label of WordPress's reply link, "Reply to %s", as WordPress's translations print it: German, French,
   * Spanish, Brazilian Portuguese, Italian.
   */
  private static final Pattern REPLY_LABEL = Pattern.compile("(?iu)(?:reply to|antworte auf|antworten auf|"
      + "répondre à|responder a|responder para|rispondi a)\\s+(.+)");

  private final CommentTimes times;

  AuthorSearch(CommentTimes times) {
    this.times = times;
  }

  /**
   * The element that names the comment's author, by the rank of {@link #authorRank}, outside the comment's text;
   * between two of a rank, the one inside the other.
   */
  static Optional<Element> authorElement(List<Element> scope, List<String> names, Element text, Element root) {
    Element best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < scope.size(); i++) {
      Element e = scope.get(i);
      if (e == root || text != null && (e == text || isInside(e, text, root))) {
        continue; // the comment's own element is not its author's line, though WordPress names it comment-author-x
      }
      int rank = authorRank(e, names.get(i));
      if ((rank < bestRank || rank == bestRank && narrower(e, best, root)) && (!e.text().isBlank() || metaName(e))
          && !inForm(e, root)) {
        best = e;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether an element is a {@code <meta itemprop=name content>} of the author's item, which names the author for
   * machines where the page prints the name beside an avatar's letter and the poster's status: NodeBB's Harmony
   * theme, whose links to the poster read "P Offline" before the one that prints the name alone.
   */
  private static boolean metaName(Element e) {
    return e.normalName().equals("meta") && !e.attr("content").isBlank();
  }

  /**
   * Whether an element is part of a form inside the comment: the field for the name of the comment form
   * ({@code p.comment-form-author}, labelled "Name *") that a theme prints inside the section's box is no one's
   * name.
   */
  private static boolean inForm(Element e, Element root) {
    for (Element p = e; p != null && p != root; p = p.parent()) {
      if (p.normalName().equals("form")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an author element inside another of the same rank is the better one: a box named after the user
   * ({@code wpd-user-info}) holds the name ({@code wpd-comment-author}) beside its date and badges, and only the
   * inner element is the name alone.
   */
  private static boolean narrower(Element e, @Nullable Element best, Element root) {
    return best != null && isInside(e, best, root);
  }

  /** Lower is better; {@code MAX_VALUE} is no author at all. */
  private static int authorRank(Element e) {
    return authorRank(e, Names.of(e));
  }

  /** {@link #authorRank(Element)} of an element whose {@link Names} are read already. */
  private static int authorRank(Element e, String names) {
    String prop = ItemProperty.of(e);
    if (prop.equals("name") && authorItem(e) != null) {
      return 0;
    }
    if (prop.equals("author") || prop.equals("creator")) {
      return e.selectFirst(NAME_ITEM) != null ? Integer.MAX_VALUE : 1;
    }
    if (!names.isEmpty() && AUTHOR_NAMES.find(names) && !notAuthor(e, names)) {
      return FN.find(names) ? 2 : 3;
    }
    if (e.normalName().equals("cite")) {
      return 4;
    }
    if (e.normalName().equals("a") && (ProfileLink.is(e) || authorLink(e, names))) {
      return 5;
    }
    return posterTerm(e) ? 6 : Integer.MAX_VALUE;
  }

  /**
   * Whether an element is the term that opens a poster's box, a definition list of the poster's name and then the
   * user title, post count and date of joining: FluxBB's and PunBB's {@code <dl><dt><strong>Ann</strong></dt><dd
   * class=usertitle>}, where only a registered poster's name is a link to a profile. A term ending in a colon
   * labels a value ("Posted:"), and is no name.
   */
  private static boolean posterTerm(Element e) {
    if (!e.normalName().equals("dt") || e.elementSiblingIndex() != 0 || e.nextElementSibling() == null
        || !e.nextElementSibling().normalName().equals("dd")) {
      return false;
    }
    String text = e.text();
    return text.length() <= MAX_AUTHOR && !text.strip().endsWith(":");
  }

  /**
   * WordPress's link of a comment's author to the site the author gave, {@code <a href rel="external nofollow"
   * class="url">}, which themes print without the vCard around it.
   */
  private static boolean authorLink(Element a, String names) {
    return (" " + names + " ").contains(" url ") && a.attr("rel").contains("external");
  }

  /**
   * Whether an element named like an author is not the author's name ({@link #NOT_AUTHOR_NAMES}). A vCard's name
   * may also be its url: {@code class="fn url"} on the link of the name, inside the {@code vcard}, is the name;
   * elsewhere it names a thing, such as the item an hReview is about.
   */
  private static boolean notAuthor(Element e, String names) {
    Matcher m = NOT_AUTHOR_NAMES.matcher(names);
    while (m.find()) {
      if (!m.group().equals("url") || !FN.find(names) || !inVcard(e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element is in a {@code vcard} a few levels up, as a vCard's parts are. */
  private static boolean inVcard(Element e) {
    Element p = e.parent();
    for (int up = 0; up < 3 && p != null; up++, p = p.parent()) {
      if (Names.of(p).contains("vcard")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The author an author element names: its text up to any date printed after the name, cleaned as a name; a
   * number alone only where the page marks it as the name ({@link CommenterNames#numberName}).
   */
  Optional<Author> author(Element e) {
    // MyBB's author_information: the name's link, a line break, the user title "Junior Member" and stars
    Element own = OwnLineLink.of(e, ProfileLink::is);
    Element line = own != null ? own : nameHeading(e);
    // the line without the badges set in elements of their own: "Heidi <span class=badge>Stammleserin</span>"
    Optional<String> printed = metaName(e) ? Texts.nonBlank(Texts.normalise(e.attr("content")).strip())
        : CommenterBadges.lineText(line);
    Optional<String> name = printed.map(times::beforeDate).flatMap(CommenterNames::name);
    if (name.isPresent()) {
      name = Optional.of(displayNameAfterLogin(e, name.get()).orElse(name.get()));
    }
    if (name.isEmpty() && authorRank(e) <= 2) {
      name = printed.flatMap(CommenterNames::numberName);
    }
    Element link = own != null ? own : linkOf(e);
    if (link == null) {
      link = linkAround(e); // bbPress's <a class=bbp-author-link><span class=bbp-author-name>
    }
    Element item = link == null ? authorItem(e) : null;
    if (item != null) {
      // a hidden name beside the author's link, Stack Exchange's user-details, or inside it, Komento's
      // <span itemprop=creator><a itemprop=url><span itemprop=name>
      link = linkOf(item);
    }
    if (link == null || link.attr("href").startsWith("mailto:")) {
      link = SiteLink.after(e, link); // Serendipity's "Ann (<a class=comment_source_url>Homepage</a>)"
    }
    Element profile = link;
    return name.flatMap(n -> CommenterNames.author(n, profile));
  }

  /**
   * The author's item whose name an element is: its parent, if that is the {@code author} or {@code creator}
   * property, else the item it belongs to a few levels up, where a link to the profile wraps the name (Komento's
   * {@code <span itemprop=creator itemscope><a itemprop=url><span itemprop=name>}); null if it is another item's.
   */
  private static @Nullable Element authorItem(Element e) {
    Element p = e.parent();
    for (int up = 0; up < MAX_ITEM_LEVELS && p != null; up++, p = p.parent()) {
      if (authorProperty(p)) {
        return p;
      }
      if (p.hasAttr("itemscope")) {
        return null; // the nearest item is what the name names, and it is someone or something else
      }
    }
    return null;
  }

  /** Whether the element's {@code itemprop} is {@code author} or {@code creator}, a person's box. */
  private static boolean authorProperty(Element e) {
    String prop = ItemProperty.of(e);
    return prop.equals("author") || prop.equals("creator");
  }

  /**
   * The name a marked login stands beside: "Tom Becker" of Discourse's {@code <span itemprop=author><a><span
   * itemprop=name>tomb</span></a> (Tom Becker)</span>}, read in the author's box a few levels around the name.
   */
  private static Optional<String> displayNameAfterLogin(Element e, String login) {
    Element box = e.parent();
    for (int up = 0; up < 3 && box != null; up++, box = box.parent()) {
      Optional<String> shown = Texts.shortText(box, MAX_AUTHOR).flatMap(t -> LoginName.displayName(t, login));
      if (shown.isPresent() || authorProperty(box)) {
        return shown;
      }
    }
    return Optional.empty();
  }

  /**
   * The line of an author element that holds the name: its heading, when it opens the element and a line of
   * another kind, the commenter's role, follows ({@code <a class=author><h4>Ann</h4><h5>Gast</h5></a>}); else the
   * element.
   */
  private static Element nameHeading(Element e) {
    Element first = e.firstElementChild();
    if (first == null || first.nextElementSibling() == null || !HEADINGS.contains(first.normalName())
        || first.nextElementSibling().normalName().equals(first.normalName())) {
      return e;
    }
    return first;
  }

  /**
   * The author that an element's whole text names, such as the element of the name right before the comment's
   * date ({@link #nameElementBeforeDate}), which holds the name alone.
   */
  static Optional<Author> namedBy(Element e) {
    return CommenterBadges.lineText(e).flatMap(CommenterNames::name)
        .flatMap(n -> CommenterNames.author(n, linkOf(e)));
  }

  /** The link of an element that names an author: the element itself if it is a link, else the first link in it. */
  private static @Nullable Element linkOf(Element e) {
    return e.normalName().equals("a") ? e : e.selectFirst(LINKS);
  }

  /** The link that wraps a name's element, its parent or the parent's parent, as a poster's avatar and name share. */
  private static @Nullable Element linkAround(Element e) {
    Element p = e.parent();
    for (int up = 0; up < 2 && p != null; up++, p = p.parent()) {
      if (p.normalName().equals("a") && p.hasAttr("href")) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether a comment is a pingback or a trackback, a note that another page links here: WordPress names its
   * element {@code pingback} or {@code trackback}, and older themes print "Pingback von" or "Trackback:" before the
   * link in the author's place.
   */
  static boolean pingback(Element root, Optional<Element> author) {
    String names = Names.of(root);
    return names.contains("pingback") || names.contains("trackback")
        || author.flatMap(Texts::completeText).filter(t -> PINGBACK_LABEL.matcher(t).lookingAt()).isPresent();
  }

  /**
   * The author of a pingback: the page that links here, as WordPress records it, named by the title its link
   * prints in the author's place, however long ("Island – ein Volk befreit sich ... | tv-orange"), and not by
   * the label before it.
   */
  static Optional<Author> linkedPage(Element authorElement) {
    Element link = linkOf(authorElement);
    if (link == null) {
      return Optional.empty();
    }
    return Texts.nonBlank(Texts.normalise(link.text())).filter(t -> t.length() <= MAX_PAGE_TITLE)
        .flatMap(title -> CommenterNames.author(title, link));
  }

  /**
   * The name that a "by" introduces before the date of a line, "posted by Ann on 3 May 2019": without the "by",
   * the words before a date ("Posted on") name no one.
   */
  Optional<Author> bylineBeforeDate(String line) {
    String before = times.beforeDate(line);
    if (before.length() == line.length() || !CommenterNames.AUTHOR_PREFIX.matcher(before.strip()).lookingAt()) {
      return Optional.empty();
    }
    return CommenterNames.name(before.strip()).flatMap(CommenterNames::author);
  }

  /**
   * The name after the comment's date that "said..." ends, as the header of Blogger's oldest templates prints
   * it: "At <a href=#c123>3/03/2009 3:45 PM</a>, Anonymous said...". The date is the first element of the
   * comment outside its text that holds a date and nothing else. Without the "said", the words after a date are
   * as likely the start of the text.
   */
  Optional<Author> saidAfterDate(List<Element> scope, @Nullable Element text, Element root) {
    for (Element e : scope) {
      if (e == root || text != null && (e == text || isInside(e, text, root))) {
        continue;
      }
      String own = e.ownText();
      if (!Texts.hasDigit(own) || own.length() > MAX_PERMALINK_TEXT
          || Texts.completeText(e).flatMap(times::exact).isEmpty()) {
        continue;
      }
      String after = textAfter(e).strip();
      return CommenterNames.AUTHOR_SUFFIX.matcher(after).find()
          ? CommenterNames.name(after).flatMap(CommenterNames::author) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The name that the line of the comment's date starts with, set off by a bar, a dot or a comma: "Heidemarie
   * Heim | Di, 21. April 2020 - 16:40", "Ann, 3. Mai 2024". The line is the date element's or its parent's (a
   * hidden {@code dateCreated} inside the header line), and holds nothing after the date. "Posted on 3 May 2019"
   * names no one.
   */
  Optional<Author> nameBesideDate(Element time, Element root) {
    Element e = time;
    for (int up = 0; up < 2 && e != null && e != root; up++, e = e.parent()) {
      Element line = e;
      Optional<Author> name = Texts.completeText(e).filter(t -> t.length() <= HeaderLine.MAX_LINE)
          .flatMap(t -> nameBeforeDate(t, line));
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /**
   * The name a line starts with when a separator and a date follow it and nothing follows the date, with the page
   * of the link on the name if the line's element has one ("Posted by: <a href=...>Ann</a> | April 14, 2007").
   */
  private Optional<Author> nameBeforeDate(String line, @Nullable Element element) {
    OptionalInt start = times.dateStart(line);
    if (start.isPresent() && start.getAsInt() > 0 && SEPARATED.matcher(line.substring(0, start.getAsInt())).find()
        && times.exact(line.substring(start.getAsInt())).isPresent()) {
      return CommenterNames.name(times.beforeDate(line).strip())
          .flatMap(n -> CommenterNames.author(n,
              element == null ? null : linkNamed(n, element.getAllElements())));
    }
    return Optional.empty();
  }

  /**
   * The element of the name right before the comment's date element, in a line that holds the two and nothing
   * else: "<span>Marth</span> <span class=comment-date>02.12.2022, 15:57</span>". The elements part the name from
   * the date as a separator would. A label such as "Posted", "Datum:" or "#3" names no one.
   */
  static Optional<Element> nameElementBeforeDate(Element time, Element root) {
    Element line = time.parent();
    Element before = time.previousElementSibling();
    if (line == null || line == root || before == null || line.childrenSize() != 2 || !onlyElements(line)) {
      return Optional.empty();
    }
    return Texts.completeText(before).filter(t -> (!Texts.hasDigit(t) || LOGIN.matcher(t).matches())
            && !t.endsWith(":"))
        .flatMap(CommenterNames::name)
        .map(n -> before);
  }

  /** Whether an element holds no text of its own beside its child elements, white space aside. */
  private static boolean onlyElements(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name that starts the comment's header line when no element is named as its date: "Muriel - Le 22/01/2020
   * à 12:01:03" in an element of its own, outside the comment's text, or the bold name right before the date in
   * that line ({@link #boldNameBeforeDate}). Only the first line outside the text that holds a number is asked:
   * later ones are not the header.
   */
  Optional<Author> headerLineName(List<Element> scope, Element text, Set<Element> notices, Element root) {
    for (Element e : scope) {
      if (e == root || text != null && (e == text || isInside(e, text, root)) || notices.contains(e)
          || insideAny(e, notices, root)) {
        continue;
      }
      String own = e.ownText();
      if (own.length() > HeaderLine.MAX_LINE || !Texts.hasDigit(own)) {
        continue;
      }
      return nameBeforeDate(Texts.normalise(own).strip(), null).or(() -> boldNameBeforeDate(e));
    }
    return Optional.empty();
  }

  /**
   * The name in a bare {@code <b>} or {@code <strong>} right before the date of the header line, with nothing but
   * a space or an opening parenthesis between them: "<b>Гость</b> (13.03.2020 08:40)", as uCoz prints a guest,
   * whose name is no link and has no class. A label ("Datum:", "Posted") or a number in the bold is no name.
   */
  private Optional<Author> boldNameBeforeDate(Element line) {
    for (Node node : line.childNodes()) {
      if (!(node instanceof TextNode t) || !Texts.hasDigit(t.text())) {
        continue;
      }
      String dated = t.text();
      OptionalInt start = times.dateStart(dated);
      Node before = t.previousSibling();
      if (start.isEmpty() || !dated.substring(0, start.getAsInt()).replace('(', ' ').isBlank()
          || !(before instanceof Element bold) || !BOLD.contains(bold.normalName()) || bold.attributesSize() > 0
          || bold.childrenSize() > 0) {
        return Optional.empty();
      }
      return Texts.nonBlank(Texts.normalise(bold.text()))
          .filter(n -> !Texts.hasDigit(n) && !n.endsWith(":")
              && !CommenterNames.DATE_LEAD.matcher(n).matches())
          .flatMap(CommenterNames::name)
          .flatMap(CommenterNames::author);
    }
    return Optional.empty();
  }

  /**
   * The comment's header line that is its permalink, maybe after a name in plain text: "mxa <a
   * href=#comment-7>1 year</a>", as WordPress.com themes print a commenter who left no site, or "Posted <a
   * href=#comment-7>3 May 2019</a>". It is the line of the comment's first permalink, with nothing before the link
   * but a name or a word that introduces a date, and nothing after it but "said:". A link to the comment itself
   * is never the words of the comment, so the line may stand in the element named as its text.
   */
  Optional<Element> permalinkLine(List<Element> scope, Element root) {
    for (Element e : scope) {
      if (e.normalName().equals("a") && permalink(e, root)) {
        Element line = e.parent();
        if (line == null || line == root || line.childrenSize() != 1
            || !CommenterNames.AUTHOR_SUFFIX.matcher(textAfter(e)).replaceFirst("").isBlank()) {
          return Optional.empty();
        }
        String before = textBefore(e);
        return before.isEmpty() || CommenterNames.DATE_LEAD.matcher(before).matches()
            || nameBeforePermalink(line).isPresent()
            ? Optional.of(line) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A link to the comment itself, {@code <a href="#comment-296708">1 year</a>}, which prints its date or age: not
   * its text. The link's target is the end of the comment's id ({@code li-comment-296708}), or the link itself,
   * which K2 makes the comment's anchor: {@code <a href="/item/418#comment1201" id="comment1201">Comment Link</a>}.
   */
  static boolean permalink(Element a, Element root) {
    String href = a.attr("href");
    int hash = href.indexOf('#');
    if (hash < 0 || hash == href.length() - 1) {
      return false;
    }
    String target = href.substring(hash + 1);
    boolean toComment = !root.id().isEmpty() && root.id().endsWith(target);
    return (toComment || target.equals(a.id()) || target.equals(a.attr("name")))
        && a.text().length() <= MAX_PERMALINK_TEXT;
  }

  /**
   * The name that a permalink line prints before its link, without the word that joins it to the date that the
   * link prints ("Ann on").
   */
  Optional<String> nameBeforePermalink(Element line) {
    Element link = line.child(0);
    return CommenterNames.name(times.withoutJoiner(textBefore(link)));
  }

  /** The text before an element in its parent, which holds no other element before it. */
  private static String textBefore(Element e) {
    StringBuilder before = new StringBuilder();
    for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
      if (n instanceof TextNode t) {
        before.insert(0, t.getWholeText());
      }
    }
    return Texts.normalise(before.toString()).strip();
  }

  /** The text after an element up to the end of its parent. */
  private static String textAfter(Element e) {
    StringBuilder after = new StringBuilder();
    for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        after.append(t.getWholeText());
      }
    }
    return Texts.normalise(after.toString());
  }

  /**
   * The name that the comment's reply link speaks to screen readers: WordPress labels it "Reply to Ann" in the
   * site's language ({@code aria-label="Antworte auf Ann"}), whatever the theme prints of the author, so it names
   * the author where the theme puts the name in an unnamed heading or in no element at all. The link must be
   * named as a reply link and lie outside the comment's text, where a quoted link could name someone else; the
   * author's link is a link of the comment whose text is the name.
   */
  Optional<Author> replyLabelAuthor(List<Element> scope, @Nullable Element text, Element root) {
    for (Element e : scope) {
      if (!e.normalName().equals("a") || !e.hasAttr("aria-label") || text != null && isInside(e, text, root)
          || !Names.of(e).contains("reply")) {
        continue;
      }
      Matcher m = REPLY_LABEL.matcher(Texts.normalise(e.attr("aria-label")).strip());
      if (m.matches()) {
        return CommenterNames.name(m.group(1)).flatMap(n -> CommenterNames.author(n, linkNamed(n, scope)));
      }
    }
    return Optional.empty();
  }

  /** The first link of the comment whose text is the name, if any. */
  private static @Nullable Element linkNamed(String name, List<Element> scope) {
    for (Element e : scope) {
      if (e.normalName().equals("a") && e.hasAttr("href") && Texts.normalise(e.text()).strip().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The author that a comment's numbered header line names, with the link on the name if it has one: "#3 von Ann
   * 29.12.2010", the name linked to Ann's profile.
   */
  Optional<Author> numberedAuthor(Element header) {
    return NumberedComments.name(header, times).flatMap(CommenterNames::name).flatMap(name -> {
      Element link = header.selectFirst(LINKS);
      return CommenterNames.author(name, link != null && Texts.normalise(link.text()).equals(name) ? link : null);
    });
  }
}

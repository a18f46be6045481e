package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.insideAny;
import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.NameRegex;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.EditTimes;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reads one comment: its text, author, time, number and edit notices, from the elements that belong to it and
 * not to its replies ({@link CommentScope}). The searches for the author and the time live apart; this class
 * reads the text and decides the order in which the searches are asked, since what one finds (a date element, a
 * permalink line) tells another where to look, and a part read as the author or the time is not the text.
 *
 * <ul>
 *   <li><b>Text</b>: the element the page names as the comment's text ({@code itemprop=text},
 *       {@code comment-content}, {@code comment-text}, {@code postbody}, {@code message}...), else the comment's
 *       element without its header, footer, author, time, avatar and action links. Quotes ({@code blockquote},
 *       {@code .quote}, {@code .bbcode_quote}) are quote blocks; labels such as "Reply" are left out.
 *   <li><b>Author</b>: see {@link AuthorSearch}.
 *   <li><b>Time</b>: see {@link TimeSearch}.
 *   <li><b>Header line</b>: a first or last line of the text that is a name and a date and nothing more ("Alina
 *       on 11/08/2020 at 19:29") is the comment's header, printed without names: it gives the author and the time
 *       that were not found, and leaves the text ({@link HeaderLine}).
 *   <li><b>Edits</b>: see {@link EditNotices}; where the page prints no notice, a schema.org {@code dateModified}
 *       after the comment's time ({@link ModifiedProperty}).
 * </ul>
 */
final class CommentReader {
  private static final NameRegex TEXT_NAMES = NameRegex.compile("content|text|message|msg|reviewbody|commenttext|"
      + "postbody|post_message|format_text|ugc|__body|rev__body|field--name-comment-body|"
      + "field-name-comment-body|(?:^|[\\s_-])copy(?:$|[\\s_-])");
  /** Names of a comment's header line, where no text of the comment stands: Gitalk's {@code gt-comment-header}. */
  private static final NameRegex HEADER_NAMES = NameRegex.compile("header");
  private static final NameRegex BODY_NAMES = NameRegex.compile("body|entry|comment_box|comment-box");
  /**
   * Names of what the user wrote, Vanilla's {@code div.Message.userContent}, XenForo 1's
   * {@code blockquote.messageText.SelectQuoteContainer}, and of a reply's own text, bbPress's
   * {@code div.bbp-reply-content} and Kinja's {@code div.reply-content}: the comment's text although "user" and
   * "reply" name other parts elsewhere ({@link #NOT_TEXT_NAMES}). Not Judge.me's {@code jdgm-rev__reply-content},
   * the shop's answer to a review, a part of another block.
   */
  private static final NameRegex USER_CONTENT_NAMES = NameRegex.compile("usercontent|user-content|user_content"
      + "|(?:^|\\s)(?:(?:bbp-)?reply-content|messagetext)(?:\\s|$)");
  /** Names that rule out the comment's text; "form" is a form's but not Thesis's {@code format_text}. */
  private static final NameRegex NOT_TEXT_NAMES = NameRegex.compile("meta|author|date|time|header|footer|reply|"
      + "action|avatar|title|info|user|footer|head|vote|rating|like|share|report|tool|button|form(?!at)|sign|count|"
      + "link|edit|notice|nav|byline|name|right|left|center|align|muted|small|bold|italic|color|size|truncate|nowrap|"
      + "quote|bbcode|"
      // the line under a title that says who posted it when, Hacker News's td.subtext: no one's text
      + "(?:^|[\\s_-])sub-?text");
  private static final NameRegex META_NAMES = NameRegex.compile("author|meta|date|time|avatar|vcard|reply|action|"
      + "footer|header|vote|rating|like|share|report|permalink|signature|user|profile|badge|toolbar|links|button|"
      + "info|title|heading|count|number|flag|menu|nav|tools|byline|name|gravatar|photo|image|img|posted|submitted"
      + "|respond|form(?!at)|(?:^|[\\s_-])bar(?:$|[\\s_-])");
  /** A picture of a comment's writer, by its address or its text. */
  private static final Pattern AVATAR = Pattern.compile("(?i)avatar|gravatar");
  private static final NameRegex ACTION_NAMES = NameRegex.compile("reply|action|vote|share|report|signature|toolbar|"
      + "button|rating|like|respond|form(?!at)|sharing|recommend|comment-tools|comment-meta");
  /**
   * Names of the control that unfolds a long comment, wpDiscuz's "Mehr": but tomshardware's {@code js-read-more}
   * is the text it folds, so only a control of a few words counts.
   */
  private static final NameRegex READ_MORE_NAMES = NameRegex.compile("readmore|read-more");
  /** A control's label is this short at most. */
  private static final int MAX_CONTROL = 20;
  private static final NameRegex NUMBER_NAMES = NameRegex.compile("number|(?:^|[\\s_-])num(?:$|[\\s_-])|"
      + "(?:^|[\\s_-])nr(?:$|[\\s_-])|count|position|postcounter|post-counter|permalink"
      // IP.Board 3's span.post_id around the link "#2"
      + "|(?:^|\\s)post_id(?:$|\\s)");
  private static final Pattern NUMBER = Pattern.compile("#?\\s*(\\d{1,6})\\.?");
  /** Counts of reactions that a comment's own counters are named after: likes and votes are no comment's number. */
  private static final NameRegex TALLY_NAMES = NameRegex.compile("like|vote|rating|recommend|react|reply|replies|"
      // "react" as WoltLab's span.reactCountButton around its count of reactions names it, as much as "reaction"
      + "share|point|score|karma"
      // Twikoo's span.tk-action-count, the likes beside its reply link
      + "|action");
  private static final NameRegex QUOTE_NAMES = NameRegex.compile("(?:^|[\\s_-])(?:quote|bbcode_quote|quotecontent|"
      // DataLife Engine's div.quote_block around its div.title_quote ("Цитата: Ann") and the quoted div.quote
      + "quote_container|xfbb-quote|comment-quote|quotebox|quote_block"
      // XenForo 1's div.bbCodeQuote around the aside of its attribution and its blockquote.quoteContainer
      + "|bbcodequote)(?:$|\\s)");
  /** The labels of a comment's controls, and what stays of its header once the name is read: see {@link #LABEL}. */
  private static final String LABEL_WORDS = "(?:reply|replies|antworten|antwort|"
      + "report|melden|like|likes|gefällt mir|zitieren|quote|permalink|share|teilen|responder|répondre|rispondi|"
      + "vastaa|lainaa|says|sagt|schreibt|edit|bearbeiten|delete|löschen|flag|upvote|downvote|recommend|"
      + "(?:log in|login|anmelden|sign in) to reply|"
      // what stays of a header line "Kommentar <small>von</small> <cite>Ann</cite>" once its name is read
      + "(?:kommentar|comment|antwort|reply|commentaire|commento|comentario) (?:von|by|from|de|di|par))";
  private static final Pattern LABEL = Pattern.compile("(?iu)^[\\p{Punct}\\s]*" + LABEL_WORDS
      + "[\\p{Punct}\\s]*$");
  /**
   * A row of a comment's controls and counters, once its parts are read as one line: "Antworten Melden 5 Likes",
   * "Reply · Report · 12 ▲ 3 ▼", where the page names the row in words that are not {@link #ACTION_NAMES}. Each
   * part is a label or a count of likes or votes; no more than {@link #MAX_CONTROLS} characters.
   */
  private static final Pattern CONTROLS;

  static {
    String part = "(?:" + LABEL_WORDS + "|\\d{1,7}\\s*(?:likes?|dislikes?|votes?|points?|punkte|stimmen|"
        + "[▲▼△▽↑↓👍👎]))";
    String gap = "[\\p{Punct}\\s▲▼△▽↑↓👍👎]";
    CONTROLS = Pattern.compile("(?iu)^" + gap + "*" + part + "(?:" + gap + "+" + part + ")*" + gap + "*$");
  }

  /** A row of controls is this short at most. */
  private static final int MAX_CONTROLS = 80;
  private static final BlockReader QUOTING = BlockReader.standard()
      .quoting(e -> QUOTE_NAMES.find(Names.of(e)))
      .reading(VBulletinTables::isQuote, VBulletinTables::quote); // vBulletin 3's boxes name neither quote nor cite
  /**
   * A line that only mentions the one a reply answers: "@Ann", "@老王". Not "@Ann:", a salutation that the commenter
   * set on a line of its own.
   */
  private static final Pattern MENTION = Pattern.compile("(?u)^@[\\p{L}\\p{N}_.-]{1,40}$");
  /** An element longer than this holds the comment's text, whatever its name says ({@code comment-info}). */
  private static final int MAX_META = 160;
  /** A header before a comment's element is a line with a few parts, such as stars, a name and a date. */
  private static final int MAX_HEADER_ELEMENTS = 64;

  /**
   * What was read of one comment.
   *
   * @param place the comment's place in its thread as the page prints it instead of a number, "1.1" for the first
   *     reply to comment 1 ({@link NumberMarks#placeBeforeTime})
   */
  record Draft(Unit unit, List<Block> body, Optional<Author> author, Optional<ResolvedTime> time,
      OptionalInt number, List<EditRecord> edits, Optional<String> place) {
    Draft(Unit unit, List<Block> body, Optional<Author> author, Optional<ResolvedTime> time, OptionalInt number,
        List<EditRecord> edits) {
      this(unit, body, author, time, number, edits, Optional.empty());
    }
  }

  private final CommentTimes times;
  private final AuthorSearch authorSearch;
  private final TimeSearch timeSearch;
  private final SlashYears slashYears = new SlashYears();

  CommentReader(CommentTimes times) {
    this.times = times;
    this.authorSearch = new AuthorSearch(times);
    this.timeSearch = new TimeSearch(times);
  }

  /**
   * Reads a comment.
   *
   * @param unit the comment
   * @param others the root elements of all comments, whose content is not part of this one
   * @return what was read; the body is empty if the comment has no trusted text
   */
  Draft read(Unit unit, Set<Element> others) {
    List<Element> scope = CommentScope.of(unit, others);
    List<String> names = CommentScope.names(scope);
    Set<Element> notices = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < scope.size(); i++) {
      Element e = scope.get(i);
      if (EditNotices.isNotice(e, names.get(i)) && !insideAny(e, notices, unit.root)) {
        notices.add(EditNotices.widened(e, unit.root));
      }
    }
    Element text = textElement(scope, names, unit.root);
    Optional<Element> authorElement = AuthorSearch.authorElement(scope, names, text, unit.root);
    ProfileRows profile = ProfileRows.of(scope, text, unit.root);
    Optional<Element> timeElement = timeSearch.timeElement(scope, names, text, notices, unit.root, profile);
    Optional<Element> permalinkLine = authorElement.isEmpty() ? authorSearch.permalinkLine(scope, unit.root)
        : Optional.empty();
    // "<span>Marth</span> <span class=date>02.12.2022</span>": the element before the date names the author
    Optional<Element> beforeDate = authorElement.isEmpty()
        ? timeElement.flatMap(e -> AuthorSearch.nameElementBeforeDate(e, unit.root)) : Optional.empty();
    // "<strong>Betina</strong> sagt:", where no element is named as the author's
    Optional<Element> beforeSays = authorElement.isEmpty() && beforeDate.isEmpty()
        ? SaysBeforeDate.nameElement(scope, text, unit.root) : Optional.empty();
    Optional<Element> nameElement = beforeDate.or(() -> beforeSays);
    // Textpattern's "— <a>Ann</a> · 14 March 2019, 11:02 · <a id=c000127>#</a>", in no element named so
    Optional<DotLine> dotLine = authorElement.isEmpty() && timeElement.isEmpty()
        ? DotLine.find(scope, text, unit.root) : Optional.empty();
    // "<strong>#3</strong> <span class=author>Ann</span>": a number heads the comment, in no element named so
    Element numberHeading = NumberMarks.heading(unit.root, text, others);
    List<Block> body = body(unit, text, others, notices, authorElement.or(() -> nameElement), timeElement,
        permalinkLine.or(() -> dotLine.map(DotLine::element)).orElse(null), numberHeading, profile);
    Optional<NumberMarks.Opening> opening = NumberMarks.opening(body);
    OptionalInt openingNumber = OptionalInt.empty();
    if (opening.isPresent() && opening.get().name().isEmpty()) { // "Kommentar 12" before the text: no one's words
      openingNumber = OptionalInt.of(opening.get().number());
      body = body.subList(1, body.size());
    }
    Optional<Author> author = AuthorSearch.pingback(unit.root, authorElement)
        ? authorElement.flatMap(AuthorSearch::linkedPage) : authorElement.flatMap(authorSearch::author);
    if (unit.header != null) { // Dotclear's term "Le 14 mars 2011, 11:02 par <a>Gérard</a>", no poster's box
      Optional<Author> term = TermByline.author(unit.header, times);
      author = term.isPresent() ? term : author;
    }
    if (permalinkLine.isPresent()) { // "mxa <a href=#comment-7>1 year</a>"
      author = authorSearch.nameBeforePermalink(permalinkLine.get()).flatMap(CommenterNames::author);
    }
    Optional<ResolvedTime> time = timeElement.flatMap(e -> timeSearch.time(e, profile));
    if (dotLine.isPresent()) {
      author = author.or(dotLine.get()::author);
      time = dotLine.get().time(times);
    }
    if (time.isPresent() && time.get().dateOnly()) {
      time = Optional.of(timeSearch.withTimeOfDay(time.get(), timeElement.get(), scope, text, unit.root));
    }
    if (time.isEmpty()) {
      time = timeSearch.headerTime(scope, text, notices, unit.root, profile);
    }
    if (time.isEmpty() && unit.numberedHeader != null) { // "#2 Comment by Ann on 3 May 2019"
      time = Texts.completeText(unit.numberedHeader).flatMap(times::find);
    }
    if (time.isEmpty() && permalinkLine.isPresent()) { // "Posted <a href=#comment-7>3 May 2019</a>"
      time = Texts.completeText(permalinkLine.get()).flatMap(times::findInTimeText);
    }
    if (time.isEmpty()) { // "Von Leserin Petra, 2. Mai 2024": the author's line gives the date
      time = authorElement.flatMap(Texts::completeText).map(t -> profile.isEmpty() ? t
          : profile.textWithout(authorElement.get())).flatMap(times::find);
    }
    if (author.isEmpty()) { // "geschrieben von berg2012 am 21. Jan. 2015": the date's line gives the author
      author = timeElement.flatMap(Texts::completeText).flatMap(authorSearch::bylineBeforeDate);
    }
    if (author.isEmpty()) { // "Heidemarie Heim | Di, 21. April 2020 - 16:40" around the date
      author = timeElement.flatMap(e -> authorSearch.nameBesideDate(e, unit.root));
    }
    if (author.isEmpty()) { // "At <a href=#c123>3/03/2009 3:45 PM</a>, Anonymous said..."
      author = authorSearch.saidAfterDate(scope, text, unit.root);
    }
    if (author.isEmpty()) { // Plone's guest: "Passenger says: <div class=commentDate>..."
      author = SaysBeforeDate.author(scope, text, unit.root);
    }
    if (author.isEmpty()) {
      author = beforeSays.flatMap(authorSearch::author);
    }
    if (author.isEmpty()) { // b2evolution's "Comment from: <a href=site>Ann</a> [Visitor]"
      author = FromLabel.author(scope, text, unit.root);
    }
    if (author.isEmpty() && time.isPresent()) { // Django's "March 14, 2011, 11:02 a.m. - <a href=site>Ann</a>"
      author = NameAfterDate.author(scope, text, unit.root, times);
    }
    if (author.isEmpty() && time.isPresent() && nameElement.isPresent()) {
      author = AuthorSearch.namedBy(nameElement.get());
    }
    if (author.isEmpty() && timeElement.isEmpty() && time.isPresent()) { // "Muriel - Le 22/01/2020 à 12:01"
      author = authorSearch.headerLineName(scope, text, notices, unit.root);
    }
    if (author.isEmpty() && unit.numberedHeader != null) { // "#1 Kommentar von Ann"
      author = authorSearch.numberedAuthor(unit.numberedHeader);
    }
    if (author.isEmpty() && numberHeading != null) { // "<div>Kommentar 12 von Ann</div>" heads the comment
      author = NumberMarks.name(numberHeading).flatMap(CommenterNames::name).flatMap(CommenterNames::author);
    }
    if (opening.isPresent() && opening.get().name().isPresent()) {
      // "Kommentar 12 von Ann" as the first line of the text, where the page prints no header apart from it: the
      // header, when it names no one or the author found; a line that names another is the reader's reference
      Optional<Author> named = opening.get().name().flatMap(CommenterNames::name).flatMap(CommenterNames::author);
      if (named.isPresent() && (author.isEmpty() || author.get().name().equalsIgnoreCase(named.get().name()))) {
        author = author.or(() -> named);
        openingNumber = OptionalInt.of(opening.get().number());
        body = body.subList(1, body.size());
      }
    }
    if (author.isEmpty()) { // WordPress's <a class="comment-reply-link" aria-label="Reply to Ann">
      author = authorSearch.replyLabelAuthor(scope, text, unit.root);
    }
    if (author.isEmpty() && time.isEmpty()) { // Contao's answer under "Antwort von Gerda", with no date
      author = LeadLines.author(scope, text, unit.root);
    }
    if ((author.isEmpty() || time.isEmpty()) && unit.header == null // "<div>Ann am 8.6.2020</div><p class=x>"
        && !SectionFurniture.isFurniture(new Draft(unit, body, author, time, OptionalInt.empty(), List.of()), false)) {
      Optional<HeaderLine> before = headerBefore(unit.root, others);
      if (before.isPresent() && fits(before.get(), author, time)) {
        author = author.or(() -> before.get().name().flatMap(CommenterNames::author));
        time = time.or(() -> Optional.of(before.get().time()));
      }
    }
    Optional<HeaderLine> line = HeaderLine.find(body, times, CommenterNames::name);
    if (line.isPresent() && fits(line.get(), author, time)) {
      // The page printed the comment's header or footer as a line of its text: it is the author and the time.
      body = new ArrayList<>(body);
      body.remove(line.get().index());
      if (author.isEmpty()) {
        author = line.get().name().flatMap(CommenterNames::author);
      }
      if (time.isEmpty()) {
        time = Optional.of(line.get().time());
      }
    }
    // Blogger's permalink "?showComment=1236075120000" holds the instant: the printed time's offset, no guess
    time = PermalinkInstant.refine(time, scope, times);
    boolean vb5 = VBulletinFivePosts.holdsInstant(unit);
    if (vb5) { // vBulletin 5's post holds its instant apart from the time it prints in the reader's zone
      time = VBulletinFivePosts.time(unit, timeElement, time, times);
    }
    Optional<SlashDetails> slash = SlashDetails.of(unit.root);
    if (slash.isPresent()) { // "by ann (12345) on Monday August 02, 2010 @08:12PM", not the journal's date
      author = slash.get().author();
      time = slash.get().time(times);
    }
    Optional<SlashTableHeader> slashRow = SlashTableHeader.of(unit.header);
    if (slashRow.isPresent()) { // "by ann (12345) on Tuesday March 04, @10:52AM", the year the story's
      author = slashRow.get().author();
      time = slashRow.get().time(times, slashYears);
      body = SlashTableHeader.ownText(body);
    }
    Optional<NukeHeader> nukeRow = NukeHeader.of(unit.header);
    if (nukeRow.isPresent()) { // "by ann on Tuesday, March 04 @ 10:52:00 CET", the year the capture's
      author = nukeRow.get().author();
      time = nukeRow.get().time(times);
      // the text is the row after the header, whose font class="content" is no comment's text
      body = SlashTableHeader.ownText(body(unit, unit.root, others, notices, Optional.empty(), Optional.empty(),
          null, null, profile));
    }
    Optional<TablePost> post = TablePost.of(unit);
    if (post.isPresent()) { // a table layout's post: its template's poster cell, time line and text
      author = post.get().author();
      time = post.get().time(times);
      body = post.get().body(e -> e != unit.root && others.contains(e) || notices.contains(e));
      List<Element> own = List.copyOf(post.get().editNotices(notices));
      notices.clear();
      notices.addAll(own);
    }
    Optional<VBulletinTables> vb3 = VBulletinTables.of(unit.root);
    if (vb3.isPresent()) { // vBulletin 3's table: its header cell's "Yesterday, 11:48 PM", a guest's unlinked name
      Optional<ResolvedTime> found = time;
      time = vb3.get().time(times).or(() -> found);
      author = author.or(vb3.get()::guest);
    }
    List<EditRecord> edits = new ArrayList<>();
    // only where no other time was found: "Edited <time> by X" beside the time of posting is a notice like others
    Optional<EditRecord> markedEdit = notices.isEmpty() || time.isPresent() ? Optional.empty()
        : EditedTime.marked(scope, unit.root).flatMap(e -> timeSearch.time(e, profile)).flatMap(EditedTime::edit);
    if (markedEdit.isPresent()) { // "ann edited 2 hours ago": the only time shown is the edit's
      edits.add(markedEdit.get());
      notices.clear();
    }
    List<EditRecord> untimed = new ArrayList<>();
    for (Element notice : notices) {
      Optional<EditRecord> edit = EditNotices.read(notice, times);
      if (edit.isPresent()) {
        (edit.get().editedAt().isPresent() ? edits : untimed).add(edit.get());
      }
    }
    if (edits.isEmpty()) { // a notice, where the page prints one, says more than the property
      ModifiedProperty.edit(scope, time, times, notices).ifPresent(edits::add);
    }
    if (edits.isEmpty()) { // a bare "(edited)": the page says the comment was edited, and not when
      edits.addAll(untimed);
    }
    edits.sort(EditTimes.IN_TIME_ORDER);
    if (vb5) { // its notices print their times in the zone its post's time is printed in
      edits = VBulletinFivePosts.atPostOffset(edits, time);
    }
    OptionalInt number = NodeBbPosts.number(unit.root); // its index from 0, in no element of the post
    if (number.isEmpty()) {
      number = number(scope, names, text, unit.root);
    }
    if (post.isPresent() && post.get().number().isPresent()) { // IPB 2's link "#2", SMF 1's "Reply #1 on:"
      number = post.get().number();
    }
    if (number.isEmpty() && unit.numberedHeader != null) {
      number = positive(NumberedComments.number(unit.numberedHeader));
    }
    if (number.isEmpty() && numberHeading != null) {
      number = NumberMarks.number(numberHeading);
    }
    if (number.isEmpty()) {
      number = openingNumber;
    }
    if (number.isEmpty() && authorElement.isPresent()) { // "4. Dora", whose name is read without the mark
      number = Texts.completeText(authorElement.get()).map(NumberMarks::beforeName).orElse(OptionalInt.empty());
    }
    Optional<String> place = Optional.empty();
    if (number.isEmpty() && timeElement.isPresent()) { // "#12 — vor 8 Stunden": the date line opens with it
      Optional<String> dateLine = Texts.completeText(timeElement.get());
      number = dateLine.map(NumberMarks::beforeTime).orElse(OptionalInt.empty());
      if (number.isEmpty()) { // "#1.1 — vor 8 Stunden": a reply's place under the comment it answers
        place = dateLine.flatMap(NumberMarks::placeBeforeTime);
      }
    }
    if (number.isEmpty() && vb3.isPresent()) { // vBulletin 3.0 names no element as the number
      number = vb3.get().number();
    }
    // Burning Board 5's permalink "#2", named nothing; not bbPress's "#2201", the post's id
    if (number.isEmpty() && WoltLabPosts.isPost(unit.root)) {
      number = unit.pageId().map(id -> PermalinkNumber.of(scope, id)).orElse(OptionalInt.empty());
    }
    return new Draft(unit, body, author, time, number, edits, number.isEmpty() ? place : Optional.empty());
  }

  /**
   * Whether the page names an element of a comment as its text ({@link #textElement}), rather than printing the
   * text among its parts.
   *
   * @param unit the comment
   * @param others the root elements of all comments
   * @return whether the comment has a text element
   */
  static boolean namesText(Unit unit, Set<Element> others) {
    List<Element> scope = CommentScope.of(unit, others);
    return textElement(scope, CommentScope.names(scope), unit.root) != null;
  }

  /**
   * The element the page names as the comment's text, preferring microdata, then "content" and "text" over
   * "body"; between equals, one inside the other that holds at least half its text (phpBB's {@code .content}
   * in its {@code .postbody}) or that leaves out the author and date lines the outer one holds (a short "Nothing
   * new." in its {@code comment-content}, inside a {@code comment-message} that also holds the
   * {@code comment-meta}; not a quote's text), else the one with more text (a comment's title may be named like
   * its text). A "body" inside a "content" that leaves out only the outer one's header line is the text too.
   */
  private static Element textElement(List<Element> scope, List<String> names, Element root) {
    Element best = null;
    int bestRank = 0;
    int bestLength = 0;
    for (int i = 0; i < scope.size(); i++) {
      Element e = scope.get(i);
      if (e == root) {
        continue;
      }
      int rank = textRank(e, names.get(i));
      if (rank > 0 && inHeader(e, root)) {
        continue; // Gitalk's span.gt-comment-text, "commented", in the header line beside the name and the date
      }
      if (rank > 0 && rank < bestRank && isInside(e, best, root) && leavesOutMetadata(e, best)) {
        // MyBB's post_body inside its post_content, beside the post_head of the date and the post's number: the
        // body is the text, whatever the outer element is named, when all it leaves out is a header's few words
        // (not a reply form classed comment-box below a comment's text). The rank stays the outer one's.
        int length = e.text().length();
        if (length > 0 && bestLength - length <= MAX_META) {
          best = e;
          bestLength = length;
        }
        continue;
      }
      if (rank > 0 && rank >= bestRank) {
        int length = e.text().length();
        boolean inner = best != null && isInside(e, best, root);
        boolean better = rank > bestRank
            || (inner ? 2 * length >= bestLength || leavesOutMetadata(e, best) : length > bestLength);
        if (length > 0 && better) {
          best = e;
          bestRank = rank;
          bestLength = length;
        }
      }
    }
    if (best != null && textRank(best, Names.of(best)) == 1 && holdsMetadata(best)) {
      // Classic WordPress: div.comment-body holds the author and date blocks beside the paragraphs, so it is the
      // comment's frame, not its text; reading the whole comment with the metadata skipped gives the text.
      return null;
    }
    return best;
  }

  /** Whether an element stands in a part of a comment named as its header, up to the comment's element. */
  private static boolean inHeader(Element e, Element root) {
    for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
      String names = Names.of(p);
      if (!names.isEmpty() && HEADER_NAMES.find(names)) {
        return true;
      }
    }
    return false;
  }

  /** The rank of an element as the comment's text, given its {@link Names}: 0 for none. */
  private static int textRank(Element e, String names) {
    String prop = ItemProperty.of(e);
    if (prop.equals("text") || prop.equals("commenttext") || prop.equals("reviewbody")) {
      return 3;
    }
    if (names.isEmpty() || NOT_TEXT_NAMES.find(names) && !names.contains("comment-body")
        && !USER_CONTENT_NAMES.find(names)) {
      return 0;
    }
    if (TEXT_NAMES.find(names)) {
      return 2;
    }
    return BODY_NAMES.find(names) ? 1 : 0;
  }

  /**
   * The comment's text: its text element, else its own element without the parts about it. Its header lines, the
   * numbered one and the permalink line, and the number that heads it ({@link NumberMarks}) are left out wherever
   * they are.
   */
  private List<Block> body(Unit unit, Element text, Set<Element> others, Set<Element> notices,
      Optional<Element> author, Optional<Element> time, @Nullable Element permalinkLine,
      @Nullable Element numberHeading, ProfileRows profile) {
    Element from = text == null ? unit.root : text;
    BlockReader reader = QUOTING.skipping(e -> e != unit.root && others.contains(e) || notices.contains(e)
        || e != from && profile.skippedInText(e, text)
        || e == unit.numberedHeader || e == permalinkLine || e == numberHeading
        || HeadAvatars.avatar(e, unit.root)
        || ownedElsewhere(e, Names.of(e), text == null, author, time, unit.root));
    List<Block> out = new ArrayList<>();
    for (Block b : reader.read(from)) {
      if (b instanceof Paragraph && (controls(b.text()) || separatorOnly(b.text()))) {
        continue;
      }
      out.add(b);
    }
    if (out.size() >= 2 && out.get(0) instanceof Paragraph mention && MENTION.matcher(mention.text()).matches()
        && out.get(1) instanceof Paragraph first) {
      // Twikoo's span.tk-ruser "@Ann" before the reply's first paragraph: the mention opens the reply's text, as
      // Waline's and Valine's do inside it
      out.set(1, Paragraph.of(mention.text() + " " + first.text()));
      out.remove(0);
    }
    return out;
  }

  /** Whether a line is a label alone ("Reply") or a row of controls and counters ({@link #CONTROLS}). */
  private static boolean controls(String line) {
    return LABEL.matcher(line).matches() || line.length() <= MAX_CONTROLS && CONTROLS.matcher(line).matches();
  }

  /**
   * Whether a text element inside another leaves out the author and date lines that the outer one holds, and is
   * not the text of a quote, whose "Originally Posted by" line the outer one holds too.
   */
  private static boolean leavesOutMetadata(Element inner, Element outer) {
    for (Element p = inner; p != null && p != outer; p = p.parent()) {
      if (QUOTE_NAMES.find(Names.of(p))) {
        return false;
      }
    }
    return holdsMetadata(outer) && !holdsMetadata(inner);
  }

  /**
   * Whether a line is only the separators that stood between a comment's author and its date, "Ann | 3 May", once
   * both are read: a "|" or a "·" is no one's text.
   */
  private static boolean separatorOnly(String line) {
    if (line.length() > 3) {
      return false;
    }
    String t = line.strip();
    return !t.isEmpty() && t.chars().allMatch(c -> "|·•–—".indexOf(c) >= 0);
  }

  /**
   * Whether an element holds a part named as the comment's author or metadata, such as {@code comment-author}. A
   * quote and a mention are what the commenter wrote: GitHub's {@code a.user-mention} "@ann", which Gitalk's
   * comments hold in their text and in the quote a reply opens with, is no author's line.
   */
  private static boolean holdsMetadata(Element text) {
    boolean[] holds = {false};
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e) || e == text) {
        return FilterResult.CONTINUE;
      }
      if (e.normalName().equals("blockquote") || mention(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String names = Names.of(e);
      if (!names.isEmpty() && (AuthorSearch.AUTHOR_NAMES.find(names) || META_NAMES.find(names))
          && !TEXT_NAMES.find(names)) {
        holds[0] = true;
        return FilterResult.STOP;
      }
      return FilterResult.CONTINUE;
    }, text);
    return holds[0];
  }

  /** Whether an element is a link that mentions someone, "@ann": a word of the text, not its author's line. */
  private static boolean mention(Element e) {
    if (!e.normalName().equals("a")) {
      return false;
    }
    String label = e.text().stripLeading();
    return label.length() > 1 && label.charAt(0) == '@';
  }

  /**
   * Whether an element of the comment's own is no part of its text: an action, a "read more" control, a label's
   * link on a line of its own, or, outside a named text element ({@code bare}), a part about the comment. The
   * element's names are read once for all of these.
   */
  private static boolean ownedElsewhere(Element e, String names, boolean bare, Optional<Element> author,
      Optional<Element> time, Element root) {
    return ACTION_NAMES.find(names) || readMoreControl(e, names) || labelLinkLine(e)
        || bare && metadata(e, names, author, time, root);
  }

  /** Outside a named text element, the parts of a comment that are about it rather than its text. */
  private static boolean metadata(Element e, String names, Optional<Element> author, Optional<Element> time,
      Element root) {
    if (author.isPresent() && author.get() == e || time.isPresent() && time.get() == e) {
      return true;
    }
    String tag = e.normalName();
    if (tag.equals("a") && AuthorSearch.permalink(e, root)) {
      return true;
    }
    if (tag.equals("img") && (AVATAR.matcher(e.attr("src")).find() || AVATAR.matcher(e.attr("alt")).find())) {
      return true; // an unnamed picture of the writer, "/images/avatars/91.jpg"
    }
    if (tag.equals("img") && author.isPresent() && namesWriter(e.attr("alt"), author.get())) {
      return true; // a picture named after the writer: K2's "/media/k2/users/noimage.gif" alt="Jonas Weber"
    }
    if (tag.equals("cite") || tag.equals("time") || tag.equals("header") || tag.equals("footer")
        || tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || tag.equals("h4")) {
      return true;
    }
    return !names.isEmpty() && (META_NAMES.find(names) && !TEXT_NAMES.find(names) && e.text().length() <= MAX_META
        || numberElement(e, names) != null); // the header's "#2" in span.nr, the comment's number
  }

  /** Whether a picture's {@code alt} is the name that the comment's author element prints. */
  private static boolean namesWriter(String alt, Element author) {
    String name = Texts.normalise(alt);
    return !name.isEmpty() && name.length() <= MAX_META && Texts.normalise(author.text()).contains(name);
  }

  /**
   * Whether a header line belongs to the comment: it gives what was not found, or repeats the author found, or is
   * a date alone that repeats the time found, and names no one else.
   */
  private static boolean fits(HeaderLine line, Optional<Author> author, Optional<ResolvedTime> time) {
    boolean sameName = line.name().isPresent() && author.isPresent()
        && author.get().name().equalsIgnoreCase(line.name().get());
    boolean noOtherName = line.name().isEmpty() || author.isEmpty() || sameName;
    boolean adds = author.isEmpty() && line.name().isPresent() || time.isEmpty();
    // A date alone that is the time found is the header printed as a line: "<b>Ann</b> 26.03.2004, 16:19", or
    // its day, where the time of day stands in an element of its own ("<b>18. 05. 2014</b> <b class=time>22:38").
    boolean sameTime = line.name().isEmpty() && time.isPresent() && (time.get().time().isEqual(line.time().time())
        || line.time().dateOnly() && time.get().time().toLocalDate().equals(line.time().time().toLocalDate()));
    return noOtherName && (adds || sameName || sameTime);
  }

  /**
   * The header that a page prints right before a comment's element, in the same parent, when only the text is
   * named as the comment: a block of stars and "Ann am 8.6.2020" before {@code p.comment}. It is the nearest
   * element before the comment (line breaks aside), holds no other comment, and its text is a header line of a
   * name and a date, or a date alone, and nothing more ({@link HeaderLine}). It is asked only for a comment of
   * words: a counter of a teaser's comments ("12") named like a comment, after the teaser's date, is furniture
   * that the date must not turn into a comment ({@link SectionFurniture}).
   */
  private Optional<HeaderLine> headerBefore(Element root, Set<Element> others) {
    Element before = root.previousElementSibling();
    while (before != null && (before.normalName().equals("br") || before.normalName().equals("hr"))) {
      before = before.previousElementSibling();
    }
    if (before == null || others.contains(before)) {
      return Optional.empty();
    }
    if (!smallWithout(before, others)) {
      return Optional.empty();
    }
    return Texts.completeText(before).filter(t -> t.length() <= HeaderLine.MAX_LINE)
        .flatMap(t -> HeaderLine.of(-1, t, times, CommenterNames::name));
  }

  /**
   * Whether an element is small enough to be a header, of no more than {@link #MAX_HEADER_ELEMENTS} elements, and
   * holds none of the given ones. The bound keeps a page of comments each nested in the one before from costing
   * time in the square of its size.
   */
  private static boolean smallWithout(Element e, Set<Element> elements) {
    int[] seen = {0};
    boolean[] small = {true};
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof Element inner && (++seen[0] > MAX_HEADER_ELEMENTS || elements.contains(inner))) {
        small[0] = false;
        return FilterResult.STOP;
      }
      return FilterResult.CONTINUE;
    }, e);
    return small[0];
  }

  private static OptionalInt positive(int n) {
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  private static OptionalInt number(List<Element> scope, List<String> scopeNames, Element text, Element root) {
    for (int i = 0; i < scope.size(); i++) {
      Element e = scope.get(i);
      if (text != null && isInside(e, text, root)) {
        continue;
      }
      String names = scopeNames.get(i);
      Matcher m = numberElement(e, names);
      if (m != null) {
        int n = Integer.parseInt(m.group(1));
        return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The match of an element's text as a comment's number, where its names name a number and no tally ("#2" in
   * {@code span.nr}), else null.
   */
  private static @Nullable Matcher numberElement(Element e, String names) {
    if (names.isEmpty() || !NUMBER_NAMES.find(names) || TALLY_NAMES.find(names)) {
      return null;
    }
    Matcher m = NUMBER.matcher(e.text().strip());
    return m.matches() ? m : null;
  }

  /**
   * Whether an element is a link or button alone on the last line of a paragraph, whose text is a label: Django's
   * reply link stands in the paragraph of the comment's text, after a line break ("Half past eight would
   * do.<br/><a>Reply</a>"). The same word typed as the last line of a comment ("...<br>Share") is the commenter's.
   */
  private static boolean labelLinkLine(Element e) {
    String tag = e.normalName();
    if (!tag.equals("a") && !tag.equals("button")) {
      return false;
    }
    String label = e.text();
    if (label.length() > MAX_CONTROL || !LABEL.matcher(label).matches()) {
      return false;
    }
    for (Node after = e.nextSibling(); after != null; after = after.nextSibling()) {
      if (!(after instanceof TextNode t && t.isBlank())) {
        return false; // the line goes on
      }
    }
    Node before = e.previousSibling();
    while (before instanceof TextNode t && t.isBlank()) {
      before = before.previousSibling();
    }
    return before instanceof Element br && br.normalName().equals("br");
  }

  private static boolean readMoreControl(Element e, String names) {
    return !names.isEmpty() && READ_MORE_NAMES.find(names) && e.text().length() <= MAX_CONTROL;
  }

  /**
   * Whether a comment is whole: something follows it on the page, or, when it is the last thing on the page, its
   * last words are its reply link or its footer ("Reply", "Antworten"), so that the page did not end inside its
   * text. A complete page may end with its comments; a truncated one ends inside a comment's words, and that
   * comment is left out.
   */
  static boolean complete(Unit unit) {
    if (Cutoff.complete(unit.root)) {
      return true;
    }
    TextNode last = lastText(unit.root);
    if (last == null) {
      return false;
    }
    if (LABEL.matcher(last.text()).matches()) {
      return true;
    }
    for (Element p = last.parentElement(); p != null && p != unit.root; p = p.parent()) {
      if (p.normalName().equals("footer") || ACTION_NAMES.find(Names.of(p))) {
        return true;
      }
    }
    return false;
  }

  /** The last text node in an element that is more than white space, found from the end without recursion. */
  private static @Nullable TextNode lastText(Element root) {
    Node n = root.childNodeSize() == 0 ? null : root.childNode(root.childNodeSize() - 1);
    while (n != null) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return t;
      }
      if (n.childNodeSize() > 0) {
        n = n.childNode(n.childNodeSize() - 1);
        continue;
      }
      while (n != root && n.previousSibling() == null) {
        n = n.parent();
      }
      n = n == root || n == null ? null : n.previousSibling();
    }
    return null;
  }
}

package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.comments.EditNotices;
import io.github.newsmodel.html.internal.dom.Ancestry;
import io.github.newsmodel.html.internal.dom.FigureCaption;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import io.github.newsmodel.html.internal.dom.Preceding;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.generic.DateClue.Source;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.NumericOrderEvidence;
import io.github.newsmodel.html.internal.time.PageTime;
import io.github.newsmodel.html.internal.time.RelativeTime;
import io.github.newsmodel.html.internal.time.UrlDates;
import io.github.newsmodel.html.internal.time.YearlessTime;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Collects the evidence for the article's publication and modification dates from every source, in the order of
 * strength of {@link Source}; within a source, in the order of its keys and then of the page. A time the page
 * labels as its update's ("Updated May 4, 2024 2:30 PM", "Updated <time datetime>") is a modification clue, and a
 * publication clue marked {@link DateClue#update()}: it stands for the publication only where the page shows no
 * other. So is a time that the page marks as its update's beside one it marks as its publication's
 * ({@code <time class=updated>} beside {@code <time class="entry-date published">}). A time the page labels as its
 * first publication's ("First published May 3, 2024") is a publication clue
 * marked {@link DateClue#firstPublished()}, which {@link PageDates} lets win over a later day.
 */
final class DateClues {
  /** Publication keys of {@code <meta>}, strongest first. */
  static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
      "og:published_time", "article:published", "published_time", "datepublished", "date_published",
      "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.created", "dc:created",
      "citation_publication_date", "citation_online_date", "citation_date", "parsely-pub-date", "sailthru.date",
      "article.published", "article_date_original", "article.created", "bt:pubdate", "originalpublicationdate",
      "publication_date", "publication-date", "publishdate", "publish-date", "publish_date", "published-date",
      "pubdate", "rnews:datepublished", "cxenseparse:recs:publishtime", "shareaholic:article_published_time",
      "dc.date", "dcterms.date", "dc:date", "date", "created");
  /** Modification keys of {@code <meta>}, strongest first. */
  static final List<String> MODIFIED_META = List.of("article:modified_time", "og:article:modified_time",
      "og:updated_time", "article:modified", "modified_time", "updated_time", "datemodified", "date_modified",
      "dc.date.modified", "dcterms.modified", "dc.modified", "last-modified", "lastmodified");
  /** A {@code <time>} (or {@code <abbr title>}) whose class marks the publication time. */
  private static final ClassWords MARKED_PUBLISHED = new ClassWords(List.of("publish", "entry-date", "created",
      "posted", "post-date", "date-time", "datetime", "article-date"), List.of(), List.of());
  /** A {@code <time>} whose class marks the modification time. */
  private static final ClassWords MARKED_MODIFIED = new ClassWords(List.of("updated", "modified"), List.of(),
      List.of());
  /**
   * Elements whose class or id says they hold a date: date lines, bylines, post meta. Not the notice of a post's
   * last edit, FluxBB's and PunBB's {@code p.postedit}, whose "posted" is no date of publication.
   */
  static final ClassWords DATE_LINES =
      new ClassWords(PageWords.DATE_LINE_CLASSES, PageWords.DATE_LINE_IDS, PageWords.DATE_LINE_NOT);

  /**
   * The words of a line that gives the time of the last change, not of publication: bbPress's topic line "... and
   * was last updated 4 days ago by ann", "Zuletzt aktualisiert: 03.05.2024".
   */
  static final Pattern LAST_CHANGE = Pattern.compile("(?iu)(?<![\\p{L}])(?:last (?:updated|modified|changed)"
      + "|zuletzt (?:aktualisiert|geändert|bearbeitet)|letzte (?:aktualisierung|änderung)|dernière mise à jour"
      + "|mis à jour le|última actualización|ultimo aggiornamento)(?![\\p{L}])");
  /**
   * A part of each of the {@link #LAST_CHANGE} words that an ASCII text can hold: the words with other letters ("mis
   * à jour") match no ASCII text, as their letters' other cases are no ASCII letters either.
   */
  static final List<String> LAST_CHANGE_STEMS = List.of("last", "letzt", "ultimo");
  /**
   * The words that label a line's date as the time of a change: "last modified", "Letztes Update:", "Stand",
   * "Gewijzigd:", "Aangepast", "Atualizado em", "Aktualizacja:", Corriere's "(modifica il 4 maggio 2024 | 08:02)".
   */
  static final Pattern CHANGE_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:last )?(?:updated|modified|"
      + "changed)|(?:zuletzt )?(?:aktualisiert|geändert)|letzte[sn]? (?:update|aktualisierung|änderung)|stand|"
      + "mis à jour|mise à jour|modifié|actualizado|actualización|modificado|atualizado|atualização|aggiornato"
      + "|aggiornamento|modificato|modifica|gewijzigd|bijgewerkt|aangepast|geüpdatet|zaktualizowano|aktualizacja|päivitetty|обновлено"
      + "|оновлено|güncelleme|güncellendi"
      + "|güncellenme|ενημερώθηκε|ενημέρωση|cập nhật|diperbarui|آخر تحديث|تحديث|עודכן|עדכון|अपडेटेड|अपडेट"
      + "|อัปเดต|แก้ไข)(?![\\p{L}\\p{M}])"
      // the words of Japanese, Chinese and Korean, which the next word follows without a space: "更新日時"
      + "|更新|수정");
  /** A part of each of the {@link #CHANGE_LABEL} words that an ASCII text can hold, as {@link #LAST_CHANGE_STEMS}. */
  static final List<String> CHANGE_STEMS = List.of("updat", "modif", "chang", "aktualis", "stand", "actualiz",
      "atualiz", "aktualiz", "aggiorn", "gewijzigd", "bijgewerkt", "aangepast", "diperbar");
  private static final Set<String> TIME = Set.of("time");
  /**
   * The elements that label a value set in the element after them: a form's, a definition list's. Not a table's
   * header cell, whose row is as often a datum of the story ("Stand: 31.12.2022" under a table of figures).
   */
  private static final List<String> VALUE_LABELS = List.of("label", "dt");
  /** A tooltip that gives a date is a date and a time of day, not a sentence. */
  private static final int MAX_TOOLTIP = 80;
  /** A date that a class or {@code itemprop} marks is a date and a time of day, not a paragraph that holds one. */
  private static final int MAX_MARKED = 80;
  private static final int NEAR_AFTER = 60;
  private static final int NEAR_BEFORE = 15;
  /**
   * How many elements after an update's line near the headline are read for the publication's, which stands right
   * beside it ("Updated May 4 ..." above "Published May 3 ..."); a date further on is rather in the text.
   */
  private static final int UPDATE_REACH = 8;
  /**
   * How many days from the publication's day that other evidence gives a day printed without a year may be: the
   * markup's day may be the next or the last in UTC, or the site's first publication a day before.
   */
  private static final int YEARLESS_DAYS = 2;
  /** Enough of a paragraph's start for a long date and the dash after it. */
  private static final int DATELINE_LENGTH = 48;
  private static final Pattern DATELINE_DASH = Pattern.compile("\\s?[-–—]\\s");
  /** The most characters of the text before an element that its label may take: "Zuletzt aktualisiert am". */
  private static final int MAX_LABEL = 40;
  /**
   * What may follow a change's label before the date it labels: punctuation, and a short word such as "on", "am",
   * "le" or the "日時" of "更新日時：".
   */
  private static final Pattern AFTER_LABEL = Pattern.compile("[\\s\\p{P}]*(?:\\p{L}{1,3}[\\s\\p{P}]*)?");

  private final DateTimes reader;
  private final PageRegions regions;
  private final Optional<OffsetDateTime> capturedAt;
  private final List<DateClue> published = new ArrayList<>();
  private final List<DateClue> modified = new ArrayList<>();
  /** The dates of the lines of a list of dated items ({@link DatedSeries}), in page order. */
  private final List<DateClue> listed = new ArrayList<>();
  /** What {@link #parse} read in each value. */
  private final Map<String, Optional<PageTime>> machineValues = new HashMap<>();
  /** What {@link #dateIn} found in each text it read. */
  private final Map<String, Optional<PageTime>> datesOfLines = new HashMap<>();
  /** The short texts of the page's elements, which the authors' rules read too. */
  private final ShortTexts texts;
  /** What tells the lines of a list of dated items, whose dates are the items' ({@link #listed}). */
  private final DatedSeries series;

  private DateClues(DateTimes reader, Optional<OffsetDateTime> capturedAt, PageRegions regions, ShortTexts texts) {
    this.reader = reader;
    this.capturedAt = capturedAt;
    this.regions = regions;
    this.texts = texts;
    this.series = new DatedSeries(regions, texts, this::dateIn);
  }

  static DateClues of(PageElements elements, URI url, MetaTags meta, ArticleLd ld, Microdata md,
      Optional<Element> headline, PageRegions regions, DateTimes reader, Optional<OffsetDateTime> capturedAt,
      ClassWords.PageScans classScans, ShortTexts texts) {
    DateClues clues = new DateClues(reader, capturedAt, regions, texts);
    clues.jsonLd(ld);
    for (var entry : meta.each(PUBLISHED_META)) {
      clues.machine(entry.getValue(), Source.META, clues.published);
    }
    for (var entry : meta.each(MODIFIED_META)) {
      clues.machine(entry.getValue(), Source.META, clues.modified);
    }
    meta.first("parsely-page").flatMap(p -> io.github.newsmodel.html.internal.jsonld.JsonLd.of(p).nodes().stream()
        .findFirst()).flatMap(n -> n.text("pub_date")).ifPresent(d -> clues.machine(d, Source.META, clues.published));
    md.published().forEach(v -> clues.machine(v, Source.MICRODATA, clues.published));
    md.modified().forEach(v -> clues.machine(v, Source.MICRODATA, clues.modified));
    clues.jsonLdPages(ld);
    clues.timeElements(BoardClock.withoutClock(elements.byTag("time")), elements.byTag("abbr"));
    UrlDates.of(url).ifPresent(d -> clues.published.add(
        DateClue.of(new PageTime(d, Optional.empty(), Optional.empty()), Source.URL)));
    clues.visible(elements, classScans);
    headline.ifPresent(h -> clues.nearHeadline(elements.all(), h));
    clues.labelledValues(elements);
    return clues;
  }

  List<DateClue> published() {
    return published;
  }

  /**
   * The clues without those that the page shows inside any of the elements: the reader comments and a thread's
   * replies, which the comment reader finds once the clues are collected. A reply's date, or its edit notice's, is
   * never the article's.
   *
   * @param roots the elements whose dates are not the article's
   * @return the clues left, if any clue was inside them
   */
  Optional<DateClues> outside(Set<Element> roots) {
    if (roots.isEmpty() || Stream.concat(published.stream(), modified.stream()).noneMatch(c -> c.inside(roots))) {
      return Optional.empty();
    }
    DateClues kept = new DateClues(reader, capturedAt, regions, texts);
    published.stream().filter(c -> !c.inside(roots)).forEach(kept.published::add);
    modified.stream().filter(c -> !c.inside(roots)).forEach(kept.modified::add);
    listed.stream().filter(c -> !c.inside(roots)).forEach(kept.listed::add);
    return Optional.of(kept);
  }

  List<DateClue> modified() {
    return modified;
  }

  /**
   * The dates that the lines of a list of dated items give, a list of press releases or of other articles' teasers
   * ({@link DatedSeries}): the items', not the article's. A page that shows no other date is an index of such items,
   * as a campaign's or a site's front page is, and the first item's date is the one that it shows as its own.
   */
  List<DateClue> listed() {
    return listed;
  }

  private void jsonLd(ArticleLd ld) {
    for (LdNode n : ld.nodes()) {
      if (n.isA(ArticleLd.PAGES)) {
        continue;
      }
      for (String property : List.of("datePublished", "dateCreated", "uploadDate")) {
        n.texts(property).forEach(v -> machine(v, Source.JSON_LD, published));
      }
      n.texts("dateModified").forEach(v -> machine(v, Source.JSON_LD, modified));
    }
  }

  private void jsonLdPages(ArticleLd ld) {
    for (LdNode n : ld.nodes()) {
      if (n.isA(ArticleLd.PAGES)) {
        n.texts("datePublished").forEach(v -> machine(v, Source.JSON_LD_PAGE, published));
        n.texts("dateModified").forEach(v -> machine(v, Source.JSON_LD_PAGE, modified));
      }
    }
  }

  /** The page's {@code <time>} and {@code <abbr>} elements. */
  private void timeElements(List<Element> times, List<Element> abbrs) {
    for (Element e : times) {
      if ((e.hasAttr("pubdate") || MARKED_PUBLISHED.marks(e)) && !regions.inOtherContent(e)
          && !showsOtherDay(e)) {
        shown(e.hasAttr("datetime") ? e.attr("datetime") : e.text(), e, published);
      }
    }
    for (Element e : abbrs) {
      if (e.hasAttr("title") && e.className().toLowerCase(Locale.ROOT).contains("published")
          && !regions.inOtherContent(e)) {
        shown(e.attr("title"), e, published);
      }
    }
    for (Element e : times) {
      if (MARKED_MODIFIED.marks(e) && e.hasAttr("datetime") && !regions.inOtherContent(e)) {
        shown(e.attr("datetime"), e, modified);
      }
    }
    // the first that its label or its mark does not give as an update's: "Updated <time>…</time> Published
    // <time>…</time>", <time class=updated>…</time><time class="entry-date published">…</time>
    for (Element e : times) {
      if (e.hasAttr("datetime") && !regions.inOtherContent(e)) {
        if (labelledChange(e) || updateBesidePublication(e)) {
          shown(e.attr("datetime"), e, modified);
          parse(e.attr("datetime")).map(t -> DateClue.of(t, Source.TIME_ELEMENT, e).asUpdate())
              .ifPresent(published::add);
          continue;
        }
        if (!showsOtherDay(e)) {
          shown(e.attr("datetime"), e, published);
        }
        break;
      }
    }
  }

  /**
   * Whether a {@code <time>} shows a date days away from the one its {@code datetime} gives: "Publié le 29 juin 2019"
   * in {@code <time datetime="2019-07-03T10:18:46Z">}. The page contradicts itself, and the date its readers see is
   * the one it publishes: the element's text is read as a date line, and its attribute is no clue. A day apart is
   * the same time at another offset, and a numeric date whose day and month, swapped, give the attribute's day is
   * the same day read in the other order ("11/01/2021" of 1 November); a text that labels its date a change's
   * ("Updated May 10, 2024") shows the update beside the attribute's publication.
   */
  private boolean showsOtherDay(Element e) {
    if (!e.hasAttr("datetime")) {
      return false;
    }
    Optional<PageTime> declared = parse(e.attr("datetime"));
    Optional<String> text = declared.isEmpty() ? Optional.empty() : texts.of(e, MAX_MARKED);
    Optional<LocalDate> shown = text.flatMap(this::dateIn).map(PageTime::date);
    if (shown.isEmpty() || mayHold(text.get(), CHANGE_STEMS) && CHANGE_LABEL.matcher(text.get()).find()) {
      return false; // a text that labels a change ("Updated May 10, 2024") shows another time than the attribute's
    }
    LocalDate day = shown.get();
    LocalDate attribute = declared.get().date();
    return Math.abs(day.toEpochDay() - attribute.toEpochDay()) > 1 && !NumericOrderEvidence.swapped(day, attribute);
  }

  /**
   * Date lines and bylines as the page shows them, in page order; the first few that hold a date count. An edit
   * notice ("Last edited by X; 2024-03-06 at 09:40") is none: its date is an edit's, never the publication's. A line
   * whose first date is its update's ("Updated May 4, 2024 2:30 PM" above "Published May 3, 2024 9:15 AM") is none
   * either: its date is an {@link DateClue#update()}.
   */
  private void visible(PageElements elements, ClassWords.PageScans classScans) {
    int found = 0;
    ClassWords.Walk dateLines = classScans.walk(DATE_LINES);
    // the tag told by its number: the elements that are neither a <time> nor marked, most of them, are not read
    boolean[] times = elements.tagsIn(TIME);
    List<Element> all = elements.all();
    for (int i = 0, n = all.size(); i < n && found < 3; i++) {
      Element e = all.get(i);
      if (!times[elements.tagId(i)] && !dateLines.marks(i) || BoardClock.isClock(e)) {
        continue;
      }
      Optional<String> text = texts.of(e, 160);
      if (text.isEmpty() && e.hasClass("postmetadata")) {
        // WordPress's Kubrick theme, of many archived blogs, says "This entry was posted on Saturday, December 3rd,
        // 2011 at 10:00 am" at the start of a long line that goes on with the categories and how to comment
        text = Texts.nonBlank(Texts.opening(e, 160));
      }
      if (text.isEmpty()) {
        continue;
      }
      Optional<PageTime> date = dateIn(text.get());
      if (date.isPresent()) {
        date = Optional.of(publicationBesideUpdate(e).orElse(date.get()));
      }
      // A line without a date may print an age, read once for both of its uses below.
      Optional<RelativeTime> age = date.isEmpty() && (e.hasAttr("title") || capturedAt.isPresent())
          ? RelativeTime.find(text.get()) : Optional.empty();
      if (age.isPresent() && e.hasAttr("title")) {
        // An age whose tooltip gives the date, Kunena's <span class=kdate title="04 Jun 2024 08:12">1 week 3 days
        // ago</span>: the date is exact where the age needs the capture time and is approximate
        date = Texts.nonBlank(e.attr("title")).filter(t -> t.length() <= MAX_TOOLTIP).flatMap(reader::find);
      }
      // Where the line stands is asked only of the lines that hold a date.
      if (date.isPresent()) {
        if (!regions.inOtherContent(e) && !isNotice(e, text.get()) && !lastChangeAge(text.get())) {
          if (series.isOneOf(e, date.get().date())) {
            listed.add(DateClue.of(date.get(), Source.VISIBLE, e));
          } else {
            found += dated(e, text.get(), date.get()) ? 1 : 0;
          }
        }
      } else if (capturedAt.isPresent() && age.isPresent() && !regions.inOtherContent(e)
          && !EditNotices.isNotice(e) && !lastChangeAge(text.get())) {
        published.add(DateClue.of(age.get(), Source.VISIBLE, e));
        found++;
      } else if (age.isEmpty()) {
        Optional<PageTime> yearless = withoutYear(e, text.get());
        if (yearless.isPresent()) {
          published.add(DateClue.of(yearless.get(), Source.VISIBLE, e));
          found++;
        }
      }
    }
  }

  /**
   * The dates that a label names, set in the element after it as a form or a definition list sets a value: {@code
   * <label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div>}, {@code <dt>Published</dt><dd>3 May 2024</dd>}.
   * The label of the last change ({@link #LAST_CHANGE}, not a bare "Stand", which may date a datum) gives the
   * modification, and a publication clue that stands only where the page shows no other ({@link DateClue#update()});
   * a publication's label gives the publication.
   */
  private void labelledValues(PageElements elements) {
    for (String tag : VALUE_LABELS) {
      for (Element label : elements.byTag(tag)) {
        Element value = label.nextElementSibling();
        Optional<String> named = value == null ? Optional.empty() : texts.of(label, MAX_LABEL);
        if (named.isEmpty()) {
          continue;
        }
        String name = named.get();
        boolean change = mayHold(name, LAST_CHANGE_STEMS) && LAST_CHANGE.matcher(name).find();
        boolean publication = !change && mayHold(name, PublicationLabels.PLAIN_STEMS)
            && PublicationLabels.PLAIN.matcher(name).find();
        if (!change && !publication || regions.inOtherContent(label)) {
          continue;
        }
        Optional<PageTime> date = texts.of(value, MAX_MARKED).flatMap(this::dateIn);
        if (date.isPresent()) {
          DateClue clue = DateClue.of(date.get(), Source.VISIBLE, value);
          if (change) {
            modified.add(clue);
            published.add(clue.asUpdate());
          } else {
            published.add(clue);
          }
        }
      }
    }
  }

  /**
   * The date of a line that prints its day and time without a year, as some sites print the days of their current
   * year ("Julkaistu: 3.5. 9:15"), in the year that the strongest other evidence gives: the day that the markup or
   * the URL gives the publication, if the printed day is within {@link #YEARLESS_DAYS} of it; where none does, the
   * year of the modification's day that the markup gives, or else of the capture, if the day is not after it. No year
   * is guessed without such evidence or against it, nor for a line that labels a change, whose day may be any after
   * the publication.
   */
  private Optional<PageTime> withoutYear(Element e, String text) {
    Optional<YearlessTime> day = reader.findWithoutYear(text);
    if (day.isEmpty() || regions.inOtherContent(e) || EditNotices.isNotice(e)
        || mayHold(text, CHANGE_STEMS) && CHANGE_LABEL.matcher(text).find() || labelledChange(e)) {
      return Optional.empty(); // nearly every line without a date holds no day either
    }
    Optional<LocalDate> publication = published.stream()
        .filter(c -> c.source() != Source.VISIBLE && !c.update() && c.printed().isPresent())
        .map(c -> c.printed().get().date()).findFirst();
    if (publication.isPresent()) {
      return day.get().near(publication.get(), YEARLESS_DAYS);
    }
    Optional<LocalDate> latest = modified.stream().filter(c -> c.source() != Source.VISIBLE && c.printed().isPresent())
        .map(c -> c.printed().get().date()).findFirst().or(() -> capturedAt.map(OffsetDateTime::toLocalDate));
    return latest.flatMap(d -> day.get().onOrBefore(d));
  }

  /**
   * Takes the clues of a line that holds a date: its first date, as the publication's or, where the line or the
   * label before it gives that first, as the update's; the date after a change's label as the modification; and the
   * date that a label names the publication's ({@link PublicationLabels}), on a line that gives its update's first
   * ("Updated May 5, 2024, first published May 3, 2024"), or gives its update's unlabelled before a first
   * publication's ("Sat 4 May 2024 10.02 BST First published on Fri 3 May 2024 09.15 BST").
   *
   * @return whether the line gives a publication's date, not only an update's
   */
  private boolean dated(Element e, String text, PageTime date) {
    Optional<Change> change = changedOn(text);
    boolean update = isUpdate(e, change);
    Optional<PublicationLabels.Labelled> labelled = update
        ? PublicationLabels.afterUpdate(text, change.filter(Change::first).map(Change::labelEnd).orElse(0), reader)
        : PublicationLabels.first(text, reader);
    // a first publication's label after the line's first date: that date is the update's
    boolean updateBefore = !update && labelled.isPresent() && labelled.get().labelStart() > 0
        && dateIn(text.substring(0, labelled.get().labelStart())).isPresent();
    // the date after the line's label, or the line's own where the label stands before the line
    Optional<PageTime> changed = change.isPresent() ? change.map(Change::time)
        : update || updateBefore ? Optional.of(date) : Optional.empty();
    changed.ifPresent(t -> modified.add(DateClue.of(t, Source.VISIBLE, e)));
    DateClue clue = DateClue.of(date, Source.VISIBLE, e);
    if (labelled.isEmpty()) {
      published.add(update ? clue.asUpdate() : clue);
      return !update;
    }
    if (update || updateBefore) {
      published.add(clue.asUpdate());
      DateClue named = DateClue.of(labelled.get().time(), Source.VISIBLE, e);
      published.add(labelled.get().first() ? named.asFirstPublished() : named);
    } else {
      published.add(clue.asFirstPublished()); // "First published May 3, 2024 · Updated May 5, 2024"
    }
    return true;
  }

  /**
   * Whether a dated element is an edit notice, whose date is an edit's ("Last edited by X; 2024-03-06 at 09:40"):
   * not a line that gives a date before the notice's word, as Le Monde's "Publié le 03 mai 2024 à 09h15, modifié le
   * 04 mai 2024 à 08h02" does, whose first date is the publication's.
   */
  private boolean isNotice(Element e, String text) {
    if (!EditNotices.isNotice(e)) {
      return false;
    }
    int word = EditNotices.wordAt(text);
    return word < 0 || dateIn(text.substring(0, word)).isEmpty();
  }

  /**
   * The date a line of the page gives, as the reader finds it, read once per text: a date line is often the one
   * element in its byline or meta block, which shows the same text, and the lines near the headline are read again.
   */
  private Optional<PageTime> dateIn(String line) {
    Optional<PageTime> date = datesOfLines.get(line);
    if (date == null) {
      date = reader.find(line);
      datesOfLines.put(line, date);
    }
    return date;
  }

  /**
   * The time a line labels as its last change's.
   *
   * @param time the time after the label
   * @param first whether the line gives no date before the label, so that its first date is the change's
   * @param labelEnd where the label ends in the line
   */
  private record Change(PageTime time, boolean first, int labelEnd) {}

  /**
   * The date a line labels as the time of its last change, the weakest clue to it, where no markup states one:
   * Plone's "published Mar 14, 2011 09:30 AM, last modified Mar 15, 2011 10:02 AM", "Veröffentlicht am 06.10.2023
   * (Letztes Update: 06.10.2023)", "Stand 27.01.2022". Not a line that only a class calls "updated", as hAtom themes
   * call the publication date's.
   */
  private Optional<Change> changedOn(String line) {
    if (!mayHold(line, CHANGE_STEMS)) {
      return Optional.empty(); // nearly every line
    }
    Matcher label = CHANGE_LABEL.matcher(line);
    if (!label.find()) {
      return Optional.empty();
    }
    int start = label.start();
    return reader.find(line.substring(label.end()))
        .map(t -> new Change(t, reader.find(line.substring(0, start)).isEmpty(), label.end()));
  }

  /**
   * Whether a dated element gives its update's time first, by its line's label, by the label before it, or by its
   * mark beside the publication's ({@link #updateBesidePublication}).
   */
  private boolean isUpdate(Element e, Optional<Change> change) {
    return change.filter(Change::first).isPresent() || labelledChange(e) || updateBesidePublication(e);
  }

  /**
   * Whether an element is marked as the time of the article's update beside one marked as its publication's: a
   * class of {@link #MARKED_MODIFIED} or {@code itemprop="dateModified"}, without a mark of the publication, in a
   * parent that holds an element so marked that gives a date. WordPress themes print {@code <time class="updated">} (often hidden)
   * before or after {@code <time class="entry-date published">}, and shops {@code <time itemprop="dateModified">}
   * before {@code <time itemprop="datePublished">}: the first is the update's, wherever it stands. A theme that
   * marks its one date {@code updated}, as hAtom asks, marks no other as the publication's, and that date stays
   * the publication's, as it does beside an element that only its class calls "posted" ({@code postedintop}, the
   * line of the post's categories).
   */
  private boolean updateBesidePublication(Element e) {
    Element parent = e.parent();
    if (parent == null || !markedUpdateOnly(e)) {
      return false; // nearly every element
    }
    for (Element other : parent.getAllElements()) {
      if (other != parent && other != e && !Ancestry.isInside(other, e) && markedPublication(other)
          && markedDate(other).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date of the element marked as the publication's in a line that also holds one marked as the update's
   * ({@link #updateBesidePublication}): the line's own first date may be the update's, which the theme printed
   * first and often hides ({@code <span class=updated style="display:none">May 10</span><span class="date
   * published">May 3</span>}).
   */
  private Optional<PageTime> publicationBesideUpdate(Element line) {
    Optional<PageTime> marked = Optional.empty();
    boolean update = false;
    for (Element d : line.getAllElements()) {
      if (d == line) {
        continue;
      }
      if (marked.isEmpty() && markedPublication(d)) {
        marked = markedDate(d);
      }
      update |= markedUpdateOnly(d);
    }
    return update ? marked : Optional.empty();
  }

  /** The date a marked element gives: its {@code datetime}, or else its text's. */
  private Optional<PageTime> markedDate(Element e) {
    return (e.hasAttr("datetime") ? parse(e.attr("datetime")) : Optional.<PageTime>empty())
        .or(() -> Texts.nonBlank(e.text()).filter(t -> t.length() <= MAX_MARKED).flatMap(this::dateIn));
  }

  /** Whether an element marks the time of the publication: {@code pubdate}, its class, or its {@code itemprop}. */
  private static boolean markedPublication(Element e) {
    return e.attributesSize() > 0 && (e.hasAttr("pubdate") || MARKED_PUBLISHED.marks(e)
        || hasItemprop(e, "datepublished"));
  }

  /** Whether an element marks the time of an update, by its class or {@code itemprop}, and not the publication's. */
  private static boolean markedUpdateOnly(Element e) {
    return e.attributesSize() > 0 && (MARKED_MODIFIED.marks(e) || hasItemprop(e, "datemodified"))
        && !markedPublication(e);
  }

  private static boolean hasItemprop(Element e, String lowerCaseName) {
    String itemprop = e.attr("itemprop");
    return !itemprop.isEmpty() && List.of(Texts.tokens(itemprop.toLowerCase(Locale.ROOT))).contains(lowerCaseName);
  }

  /**
   * Whether what stands right before an element labels its date as a change's: "Updated <time>", "<b>Last
   * modified:</b> <span>May 4, 2024</span>". The label is the text just before the element, or before the parent it
   * opens, and ends with a {@link #CHANGE_LABEL}'s words; not a block, such as a headline that ends with "updated".
   */
  private static boolean labelledChange(Element e) {
    Node before = Preceding.node(e);
    String label = before instanceof TextNode t ? tail(t.text())
        : before instanceof Element b && !b.isBlock() ? Texts.shortText(b, MAX_LABEL).orElse("") : "";
    if (label.isEmpty() || !mayHold(label, CHANGE_STEMS)) {
      return false; // nearly every element
    }
    Matcher m = CHANGE_LABEL.matcher(label);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end >= 0 && AFTER_LABEL.matcher(label).region(end, label.length()).matches();
  }

  /** The last {@link #MAX_LABEL} characters of a text, where a label before what follows it stands. */
  private static String tail(String text) {
    return text.length() <= MAX_LABEL ? text : text.substring(text.length() - MAX_LABEL);
  }

  /**
   * Whether the first time a line gives is the age of the last change ({@link #LAST_CHANGE}): a forum's activity
   * line, bbPress's "This topic has 2 replies ... and was last updated 4 days ago by ann", which says when someone
   * last answered, not when the topic was opened. A date it prints ("Last updated 04 Jun 2020") stays a clue: where
   * a page shows no other, it is the date that readers cite, as the evaluation sets take it. "Published 1 May 2024
   * · Last updated 3 days ago" gives its publication date first.
   */
  private boolean lastChangeAge(String line) {
    if (!mayHold(line, LAST_CHANGE_STEMS)) {
      return false; // nearly every line
    }
    Matcher m = LAST_CHANGE.matcher(line);
    if (!m.find()) {
      return false;
    }
    String before = line.substring(0, m.start());
    String after = line.substring(m.end());
    return reader.find(before).isEmpty() && RelativeTime.find(before).isEmpty() && reader.find(after).isEmpty()
        && RelativeTime.find(after).isPresent();
  }

  /**
   * Whether a line may hold one of a case-blind pattern's words: it holds one of their ASCII stems in any case, or a
   * character beyond ASCII, which is left to the pattern. Most lines with a date hold none, and the pattern, which
   * looks behind at every character for a letter, need not be run on them. Package-private, as are the patterns and
   * stems, for the test that the stems are all the patterns' matches need.
   */
  static boolean mayHold(String line, List<String> asciiStems) {
    return !Texts.isAscii(line) || Texts.containsAny(line.toLowerCase(Locale.ROOT), asciiStems);
  }

  /**
   * The date printed next to the headline, where pages put it even when no class names it: the headline itself
   * and the elements that follow it, then the few that precede it (a date above the headline). An edit notice's
   * date is passed over, and an update's is an {@link DateClue#update()} and the modification, which a
   * publication's line may follow right after it: El País's "Actualizado: 04 may 2024 - 08:02 CEST" above "Madrid -
   * 03 may 2024 - 09:15 CEST".
   */
  private void nearHeadline(List<Element> all, Element h1) {
    int at = all.indexOf(h1);
    List<Element> near = new ArrayList<>(all.subList(at, Math.min(all.size(), at + NEAR_AFTER)));
    List<Element> before = new ArrayList<>(all.subList(Math.max(0, at - NEAR_BEFORE), at));
    java.util.Collections.reverse(before);
    int after = near.size();
    near.addAll(before);
    int end = near.size();
    for (int i = 0; i < end; i++) {
      Element e = near.get(i);
      if (!OwnText.isBlank(e)) {
        Optional<String> text = texts.of(e, 200);
        Optional<PageTime> date = text.isPresent() ? dateIn(text.get())
            : i < after ? dateline(e) : Optional.empty();
        if (text.isPresent() && date.isPresent()) {
          date = Optional.of(publicationBesideUpdate(e).orElse(date.get()));
        }
        // Where the element stands is asked only of those that hold a date, as in visible: few do. A caption's date
        // is its picture's ("Ausschnitt eines Satellitenbildes vom 31.05.2021").
        if (date.isPresent() && !regions.inOtherContent(e) && !(text.isPresent() ? isNotice(e, text.get())
            : EditNotices.isNotice(e)) && !text.filter(this::lastChangeAge).isPresent()
            && !text.filter(t -> FigureCaption.isCaption(e, t)).isPresent()) {
          if (series.isOneOf(e, date.get().date())) {
            listed.add(DateClue.of(date.get(), Source.VISIBLE, e));
            continue;
          }
          boolean publication;
          if (text.isPresent()) {
            publication = dated(e, text.get(), date.get());
          } else { // a dateline that opens a paragraph: "27.1.2022 – Bei der Erinnerung ..."
            publication = !labelledChange(e);
            DateClue clue = DateClue.of(date.get(), Source.VISIBLE, e);
            published.add(publication ? clue : clue.asUpdate());
          }
          if (publication) {
            if (i < after) {
              firstPublishedAfter(near.subList(i + 1, Math.min(after, i + 1 + UPDATE_REACH)));
            }
            return;
          }
          end = Math.min(end, i + 1 + UPDATE_REACH);
        }
      }
    }
  }

  /**
   * The first publication's date that a line right after the date line beside the headline gives, where the date
   * line gives the update's without a label: the Guardian's "Sat 4 May 2024 10.02 BST" above "First published on Fri
   * 3 May 2024 09.15 BST".
   */
  private void firstPublishedAfter(List<Element> next) {
    for (Element e : next) {
      Optional<PublicationLabels.Labelled> first = OwnText.isBlank(e) ? Optional.empty()
          : texts.of(e, 200).flatMap(t -> PublicationLabels.first(t, reader));
      if (first.isPresent() && !regions.inOtherContent(e)) {
        published.add(DateClue.of(first.get().time(), Source.VISIBLE, e).asFirstPublished());
        return;
      }
    }
  }

  /**
   * The date that opens a paragraph below the headline, set off by a dash or in brackets: "27.1.2022 – Bei der
   * Erinnerung ...", "(18.01.2018) Deutschlands Landwirte ...", the dateline with which newspapers, agencies and
   * press offices start a report. A date further in is what the report is about.
   */
  private Optional<PageTime> dateline(Element paragraph) {
    String opening = Texts.opening(paragraph, DATELINE_LENGTH);
    for (DateTimes.Found found : reader.findAll(opening, 1)) {
      boolean dashed = found.start() == 0
          && DATELINE_DASH.matcher(opening).region(found.end(), opening.length()).lookingAt();
      boolean bracketed = found.start() == 1 && opening.charAt(0) == '('
          && found.end() < opening.length() && opening.charAt(found.end()) == ')';
      if (dashed || bracketed) {
        return Optional.of(found.time());
      }
    }
    return Optional.empty();
  }

  /** A machine-readable value: ISO 8601 mostly, sometimes another format, sometimes seconds since 1970. */
  private void machine(String value, Source source, List<DateClue> into) {
    parse(value).ifPresent(t -> into.add(DateClue.of(t, source)));
  }

  /** The machine-readable value of a {@code <time>} or {@code <abbr>} element of the page's text. */
  private void shown(String value, Element e, List<DateClue> into) {
    parse(value).ifPresent(t -> into.add(DateClue.of(t, Source.TIME_ELEMENT, e)));
  }

  /**
   * The time a machine-readable value gives, read once per value: pages state the same date under several keys
   * ({@code article:published_time}, {@code og:published_time}, the JSON-LD's {@code datePublished}, a
   * {@code <time datetime>}), and it is read the same way from each.
   */
  private Optional<PageTime> parse(String value) {
    String v = value.trim();
    Optional<PageTime> time = machineValues.get(v);
    if (time == null) {
      time = DateTimes.epoch(v).or(() -> reader.parse(v)).or(() -> reader.find(v));
      machineValues.put(v, time);
    }
    return time;
  }
}

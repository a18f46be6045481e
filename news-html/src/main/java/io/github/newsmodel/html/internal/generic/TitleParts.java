package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.internal.UrlHosts;
import io.github.newsmodel.html.internal.dom.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A title split at the separators that sites use to add their name: {@code "Story | Site"},
 * {@code "Story - Site"}, {@code "Story | Site | Tagline"}, and the path {@code "Site » Section » Story"}, whose
 * last part is the story. Only spaced separators count, so "Jean-Luc" and
 * "M-Bus" stay whole.
 */
final class TitleParts {
  /**
   * A separator that sites set between the story and their name, or a run of them where a template printed an empty
   * part between two ("Story | | Site"): the run is one separator, so that no part starts with a "|".
   */
  private static final Pattern STRONG = Pattern.compile("\\s+(?:(?:\\||»|::|•|·|›|>|~)\\s+)+");
  /**
   * Separators of a path, "Site » Section » Story": the story comes last. Invision Power Board 1 and 2 write the
   * arrow as two characters: "Board -> Topic".
   */
  private static final Pattern HIERARCHY = Pattern.compile("\\s+(?:»|›|>|->)\\s+");
  private static final Set<String> GENERIC_LABELS = Set.of("com", "org", "net", "gov", "edu", "co", "ac", "or",
      "ne", "go", "www", "m", "amp", "mobile");
  private static final Pattern WWW = Pattern.compile("^www\\d?\\.");
  private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
  /** A part in brackets at a title's end, after the story: "Story (Site)". */
  private static final Pattern BRACKETED_END = Pattern.compile("\\S\\s+\\(([^()]{1,60})\\)\\s*$");
  /**
   * A separator with nothing on one side, where a template printed the site's name or section and it was empty:
   * "Über Jane Roe | ". Not "»" at the start, which opens a quotation in German ("»Haltet«").
   */
  private static final Pattern DANGLING = Pattern.compile(
      "^(?:\\||::|•|·|~|[-–—])\\s+|\\s+(?:\\||»|::|•|·|›|~|[-–—])$");
  /**
   * The name of the page's kind that phpBB puts before a topic's title, "Site :: View topic - Title" (phpBB 2) or
   * "Site • View topic - Title" (phpBB 3.0), in the language packs used most: what stands before it is the board's
   * name, whatever it is, and what follows the topic's title.
   */
  private static final Pattern FORUM_VIEW = Pattern.compile("(?iu)(?:^|\\s(?:::|•|\\|)\\s)(?:view topic|thema anzeigen"
      + "|voir le sujet|ver tema|bekijk onderwerp|leggi argomento|zobacz temat|просмотр темы)\\s+[-–—]\\s+(?=\\S)");
  /** Every character that {@link #DANGLING}, {@link #HIERARCHY}, {@link #STRONG} or {@link #DASH} needs. */
  private static final String SEPARATORS = "|:•·~»›>-–—";
  /** Separators that some titles set without spaces between the story and the site's name. */
  private static final String GLUE_BEFORE_STORY = "|·»｜";
  private static final String GLUE_AFTER_STORY = "|·»｜-–—";

  /**
   * A numeric date and a spaced separator at a headline's start ({@link #withoutDateBefore}): day and month, in
   * either order with slashes, as groups 1 and 2, 3 and 4, or 6 and 5.
   */
  private static final Pattern DATE_BEFORE = Pattern.compile("\\s*(?:(\\d{1,2})\\.(\\d{1,2})\\.(?:\\d{4}|\\d{2})"
      + "|(\\d{1,2})/(\\d{1,2})/(?:\\d{4}|\\d{2})|\\d{4}-(\\d{2})-(\\d{2}))\\s+[-–—|]\\s+");

  private TitleParts() {}

  /**
   * The headline without the date that some sites set before it as a part of its own, "23.01.2022 - Wierer darf
   * jubeln": the date belongs to the date line, not to the headline. A date inside the headline ("Bericht vom
   * 22.04.2020") stays, and so does one before fewer than three words, which would leave too little to be a
   * headline.
   *
   * @param headline the headline as the page shows it
   * @return the headline without a date before it
   */
  static String withoutDateBefore(String headline) {
    Matcher date = DATE_BEFORE.matcher(headline);
    if (!date.lookingAt() || !calendarDate(date)) {
      return headline;
    }
    String rest = headline.substring(date.end());
    return words(rest) >= 3 ? rest : headline;
  }

  /**
   * Whether the numbers {@link #DATE_BEFORE} read are a day and a month: a version number, "1.20.10 - What the
   * update brings", is none.
   */
  private static boolean calendarDate(Matcher date) {
    if (date.group(1) != null) {
      return dayAndMonth(date.group(1), date.group(2));
    }
    if (date.group(3) != null) {
      return dayAndMonth(date.group(4), date.group(3)) || dayAndMonth(date.group(3), date.group(4));
    }
    return dayAndMonth(date.group(6), date.group(5));
  }

  private static boolean dayAndMonth(String day, String month) {
    int d = Integer.parseInt(day);
    int m = Integer.parseInt(month);
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
  }

  /**
   * The title without the site's name at its start or end. A part is the site's name when it equals one of the
   * site names, or when it spells the host's name ("Aerobuzz.de", "Cork Beo" for corkbeo.ie). Without such a
   * match, a part after a strong separator ({@code |}, {@code »}, {@code ·}) that is shorter than the rest is
   * taken for the site's name too; a part after a dash is not, since headlines use dashes themselves. phpBB's
   * "Board :: View topic - Title" is the title after "View topic - ".
   *
   * @param title the title as declared
   * @param siteNames the site names known from the metadata
   * @param host the page's host, if known
   * @return the cleaned title; the title itself if nothing could be taken away
   */
  static String clean(String title, Set<String> siteNames, Optional<String> host) {
    String normalised = Texts.normalise(title);
    if (!holdsSeparator(normalised)) {
      // No part to take off at a separator, nor one dangling: most JSON-LD headlines, which need no pattern read.
      return withoutGluedSiteName(normalised, siteNames);
    }
    Matcher forum = FORUM_VIEW.matcher(normalised);
    if (forum.find()) {
      return normalised.substring(forum.end());
    }
    String t = withoutGluedSiteName(DANGLING.matcher(normalised).replaceAll(""), siteNames);
    List<String> path = Arrays.asList(HIERARCHY.split(t));
    if (path.size() > 1 && words(path.get(path.size() - 1)) >= 2 && !isSite(path.get(path.size() - 1), siteNames,
        host)) {
      t = path.get(path.size() - 1);
    }
    for (Pattern separator : List.of(STRONG, DASH)) {
      List<String> parts = new ArrayList<>(Arrays.asList(separator.split(t)));
      if (parts.size() < 2) {
        continue;
      }
      boolean changed = false;
      for (int i = 1; i < parts.size() - 1; i++) {
        if (isSite(parts.get(i), siteNames, host)) { // "Story | Site | Tagline"
          parts = new ArrayList<>(parts.subList(0, i));
          changed = true;
          break;
        }
      }
      while (parts.size() > 1 && isSite(parts.get(parts.size() - 1), siteNames, host)) {
        parts.remove(parts.size() - 1);
        changed = true;
      }
      while (parts.size() > 1 && isSite(parts.get(0), siteNames, host)) {
        parts.remove(0);
        changed = true;
      }
      if (!changed && parts.size() > 1) {
        String last = parts.get(parts.size() - 1);
        String rest = String.join(" ", parts.subList(0, parts.size() - 1));
        boolean siteLike = separator == STRONG ? words(last) <= 8 && words(last) <= words(rest)
            : words(last) <= 2 && words(rest) >= 4; // "A headline of some length - Site Name"
        if (siteLike) {
          parts.remove(parts.size() - 1);
          changed = true;
        }
      }
      if (changed) {
        t = joined(t, separator, parts);
      }
    }
    return t;
  }

  /**
   * Whether a text holds a character of {@link #SEPARATORS}: without one, {@link #DANGLING}, {@link #HIERARCHY},
   * {@link #STRONG} and {@link #DASH} find nothing in it, nor does {@link SiteName}'s separator.
   */
  static boolean holdsSeparator(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The title without one of the site's names that is joined to it by a separator without spaces, which the
   * split at spaced separators leaves alone: "NEWS WEB EASY|Story", "Story-Site". A dash or colon after a name at
   * the start is left alone: "Bild-Zeitung", "Apple: new phones" are about the site, not signed by it.
   */
  private static String withoutGluedSiteName(String title, Set<String> siteNames) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (lower.length() != title.length()) {
      return title; // lower case changed the length, so its positions are not the title's
    }
    for (String site : siteNames) {
      String s = Texts.normalise(site).toLowerCase(Locale.ROOT);
      if (s.length() < 3 || s.length() + 2 > title.length()) {
        continue;
      }
      if (lower.startsWith(s) && GLUE_BEFORE_STORY.indexOf(title.charAt(s.length())) >= 0) {
        return title.substring(s.length() + 1).trim();
      }
      int at = title.length() - s.length() - 1;
      if (lower.endsWith(s) && GLUE_AFTER_STORY.indexOf(title.charAt(at)) >= 0) {
        return title.substring(0, at).trim();
      }
    }
    return title;
  }

  /**
   * The story of a title made of three parts or more that the page backs with nothing else, no heading: "Fan Club
   * Example Town - Story - Club Press" of fanclub-example.org is "Story". A part at the start or end that holds the
   * host's name with more words around it names the site, as {@link #clean} does not see; once it is gone, the short
   * parts (two words at most) that follow the longest part name sections, not the story. Without such a site part,
   * the title is left as it is, since headlines join their own clauses with dashes too.
   *
   * @param title the title, already {@link #clean cleaned}
   * @param host the page's host, if known
   * @return the story part; the title itself if it has no part that names the site
   */
  static String story(String title, Optional<String> host) {
    if (host.isEmpty()) {
      return title;
    }
    for (Pattern separator : List.of(STRONG, DASH)) {
      List<String> parts = new ArrayList<>(Arrays.asList(separator.split(Texts.normalise(title))));
      if (parts.size() < 3) {
        continue;
      }
      boolean siteFirst = holdsHost(parts.get(0), host.get());
      boolean siteLast = holdsHost(parts.get(parts.size() - 1), host.get());
      if (siteFirst == siteLast) {
        return title; // no site part, or the host's name at both ends: no telling which part is the story
      }
      parts.remove(siteFirst ? 0 : parts.size() - 1);
      int longest = 0;
      for (int i = 1; i < parts.size(); i++) {
        if (words(parts.get(i)) > words(parts.get(longest))) {
          longest = i;
        }
      }
      while (parts.size() > longest + 1 && words(parts.get(parts.size() - 1)) <= 2) {
        parts.remove(parts.size() - 1);
      }
      return joined(title, separator, parts);
    }
    return title;
  }

  /**
   * Whether a part holds the host's registrable name ("bayern-example" of www.bayern-example.de) among more words,
   * "Fan Club Bayern Example Town". Names shorter than six letters are too common a word to tell.
   */
  private static boolean holdsHost(String part, String host) {
    String key = AuthorNames.key(part);
    String[] labels = WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("").split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      String l = AuthorNames.key(labels[i]);
      if (l.length() >= 6 && !GENERIC_LABELS.contains(l) && key.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name spells the host's registrable name in two or more of its words among others, as a club, a shop
   * or a blog is named after its address with a word before or after it: "EFC Bayern Example" of
   * bayern-example.de. Whole words only, so that a person's name holding it in one ("Jane Steinhau" of
   * steinhau.example) is none; and, as in {@link #holdsHost}, a host's name of fewer than six letters tells nothing.
   */
  static boolean spellsHostAmongWords(String name, Optional<String> host) {
    if (host.isEmpty() || name.indexOf(' ') < 0) {
      return false; // one word: the host whole, or nothing
    }
    List<String> words = new ArrayList<>();
    for (String w : Texts.tokens(name)) {
      String key = AuthorNames.key(w);
      if (!key.isEmpty()) {
        words.add(key);
      }
    }
    String[] labels = WWW.matcher(host.get().toLowerCase(Locale.ROOT)).replaceFirst("").split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      String l = AuthorNames.key(labels[i]);
      if (l.length() < 6 || GENERIC_LABELS.contains(l)) {
        continue;
      }
      for (int from = 0; from < words.size(); from++) {
        StringBuilder run = new StringBuilder(words.get(from));
        for (int to = from + 1; to < words.size() && run.length() < l.length(); to++) {
          run.append(words.get(to));
          if (run.toString().equals(l) && to - from + 1 < words.size()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The parts of a title between its separators; the title alone if it has none. */
  static List<String> parts(String title) {
    String t = Texts.normalise(title);
    for (Pattern separator : List.of(STRONG, DASH)) {
      List<String> parts = Arrays.asList(separator.split(t));
      if (parts.size() > 1) {
        return parts;
      }
    }
    return List.of(t);
  }

  /** The last part of a title, where sites put their name, unless it is the longest part, the headline. */
  static Optional<String> lastPart(String title) {
    List<String> parts = parts(title);
    if (parts.size() < 2) {
      return Optional.empty();
    }
    String last = parts.get(parts.size() - 1);
    boolean longest = parts.stream().allMatch(p -> p.length() <= last.length());
    return longest ? Optional.empty() : Optional.of(last);
  }

  /**
   * The outer parts of a title, which may name its site: the last and the first part by the strong separators, then
   * by dashes, in that order of likelihood. The first that a link to the home page shows is the site's name.
   *
   * @param title the page's title
   * @return the parts, stripped; empty if the title has no separator
   */
  static List<String> outerParts(String title) {
    String t = Texts.normalise(title);
    if (!holdsSeparator(t)) {
      return List.of();
    }
    List<String> outer = new ArrayList<>(4);
    for (Pattern separator : List.of(STRONG, DASH)) {
      String[] parts = separator.split(t);
      if (parts.length >= 2) {
        outer.add(parts[parts.length - 1].strip());
        outer.add(parts[0].strip());
      }
    }
    return outer;
  }

  /**
   * The part of a title that names the site, if the title has one: at its start or end between separators, or in
   * brackets at its end, "Pier lights (Harbour Notes)", as Movable Type 3 titled its posts; before phpBB's "View
   * topic - ".
   */
  static Optional<String> siteAffix(String title, Optional<String> host) {
    String t = Texts.normalise(title);
    Matcher forum = FORUM_VIEW.matcher(t);
    if (forum.find() && forum.start() > 0) { // phpBB's "Board :: View topic - Topic": the board's name, whatever it is
      return Texts.nonBlank(t.substring(0, forum.start()));
    }
    if (t.strip().endsWith(")")) {
      Matcher bracketed = BRACKETED_END.matcher(t);
      if (bracketed.find() && isSite(bracketed.group(1), Set.of(), host)) {
        return Optional.of(bracketed.group(1).trim());
      }
    }
    if (!holdsSeparator(t)) {
      return Optional.empty(); // one part: no affix
    }
    for (Pattern separator : List.of(STRONG, DASH)) {
      String[] parts = separator.split(t);
      if (parts.length < 2) {
        continue;
      }
      for (String part : List.of(parts[parts.length - 1], parts[0])) {
        if (isSite(part, Set.of(), host)) {
          return Optional.of(part.trim());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the text names the site: one of its names, or its host's name spelt out. */
  static boolean isSite(String part, Set<String> siteNames, Optional<String> host) {
    return isSiteKey(AuthorNames.key(part), siteNames, host);
  }

  /**
   * What {@link #isSite} tells of a text whose {@link AuthorNames#key key} is given: for a caller that has the key
   * at hand, as the headline's rules have each heading's, which they weigh several times.
   *
   * @param key the text's key
   * @param siteNames the site's names
   * @param host the page's host, if known
   */
  static boolean isSiteKey(String key, Set<String> siteNames, Optional<String> host) {
    if (key.isEmpty()) {
      return false;
    }
    if (!siteNames.isEmpty() && SiteKeys.of(siteNames).contains(key)) {
      return true;
    }
    return host.isPresent() && hostMatches(key, host.get());
  }

  /**
   * Whether a key is one of the site's names, as {@link AuthorNames#isSiteName} tells of its text: a key of two
   * characters or more that the key of a name equals.
   *
   * @param key the text's {@link AuthorNames#key key}
   * @param siteNames the site's names
   */
  static boolean isSiteNameKey(String key, Set<String> siteNames) {
    return key.length() >= 2 && !siteNames.isEmpty() && SiteKeys.of(siteNames).contains(key);
  }

  /**
   * Whether a key spells the host: the key of its label before the top-level domain, or of the whole host, both
   * lower-cased and split at dots as written, "www" and all (a host of one label spells none); or of the site's own
   * label before a generic one ("independent" of independent.co.uk), alone or with the label of the part of the site
   * before it ("BBC News" of news.bbc.co.uk, "Yahoo News" of news.yahoo.com).
   *
   * @param key a text's {@link AuthorNames#key key}
   * @param host the page's host, if known
   */
  static boolean spellsHost(String key, Optional<String> host) {
    if (host.isEmpty()) {
      return false;
    }
    HostKeys keys = HostKeys.of(host.get());
    if (keys.secondLevel() == null) {
      return false;
    }
    if (keys.secondLevel().equals(key) || keys.whole().equals(key)) {
      return true;
    }
    String own = keys.own();
    return own != null && key.startsWith(own)
        && (key.length() == own.length() || keys.section() != null && key.endsWith(keys.section())
            && key.length() == own.length() + keys.section().length());
  }

  /**
   * The keys of a page's site names, which {@link #isSite} compares every part of every title and heading with: kept
   * for the set of names last asked for, by any thread, which is one page's for all its titles.
   */
  private record SiteKeys(Set<String> names, Set<String> keys) {
    private static volatile @Nullable SiteKeys last;

    static Set<String> of(Set<String> names) {
      SiteKeys known = last;
      // equal sets, most often the very same one: a copy is kept, which a caller's later change does not reach
      if (known == null || !known.names().equals(names)) {
        Set<String> copy = Set.copyOf(names);
        Set<String> keys = new HashSet<>();
        copy.forEach(n -> keys.add(AuthorNames.key(n)));
        known = new SiteKeys(copy, keys);
        last = known;
      }
      return known.keys();
    }
  }

  /** "aerobuzzde", "corkbeo" and "mopode" all spell their hosts; the host's registrable label decides. */
  private static boolean hostMatches(String key, String host) {
    HostKeys keys = HostKeys.of(host);
    if (key.equals(keys.full())) {
      return true;
    }
    for (String l : keys.labels()) {
      if (l.equals(key) || (key.length() >= 5 && (key.startsWith(l) || l.startsWith(key)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The keys {@link #hostMatches} compares a name with: the host's without "www.", and those of its labels but the
   * last (the top-level domain) that are no {@link #GENERIC_LABELS generic label} and have three letters or more.
   * Every part of every title and site name of a page is compared with the same host, a few dozen times a page; the
   * keys of the host last asked for are kept, and those of another host are worked out anew.
   */
  private record HostKeys(String host, String full, List<String> labels, @Nullable String secondLevel,
      String whole, @Nullable String own, @Nullable String section) {
    /** The keys of the host last asked for, by any thread: each thread's host is most often the same as before. */
    private static volatile @Nullable HostKeys last;

    static HostKeys of(String host) {
      HostKeys keys = last;
      if (keys == null || !keys.host().equals(host)) {
        keys = read(host);
        last = keys;
      }
      return keys;
    }

    private static HostKeys read(String host) {
      String h = WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
      String[] labels = h.split("\\.");
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < labels.length - 1; i++) { // the last label is the top-level domain
        String l = AuthorNames.key(labels[i]);
        if (!GENERIC_LABELS.contains(l) && l.length() >= 3) {
          kept.add(l);
        }
      }
      String[] all = host.toLowerCase(Locale.ROOT).split("\\.");
      // the site's own label: the one before the top-level domain, or before a generic label there (co.uk, com.au)
      int own = labels.length - 2;
      if (own >= 1 && GENERIC_LABELS.contains(AuthorNames.key(labels[own]))) {
        own--;
      }
      String ownKey = own >= 0 ? AuthorNames.key(labels[own]) : null;
      String section = own >= 1 ? AuthorNames.key(labels[own - 1]) : null;
      return new HostKeys(host, AuthorNames.key(h), List.copyOf(kept),
          all.length >= 2 ? AuthorNames.key(all[all.length - 2]) : null, AuthorNames.key(String.join(".", all)),
          ownKey == null || ownKey.length() < 2 || GENERIC_LABELS.contains(ownKey) ? null : ownKey,
          section == null || section.length() < 2 || GENERIC_LABELS.contains(section) ? null : section);
    }
  }

  /** Whether a host's label, as a {@link AuthorNames#key key}, is generic ("www", "com", "co"), naming no one. */
  static boolean isGenericLabel(String key) {
    return GENERIC_LABELS.contains(key);
  }

  /** The host of a URL, for {@link #clean}. */
  static Optional<String> host(URI url) {
    return UrlHosts.of(url);
  }

  private static String joined(String original, Pattern separator, List<String> parts) {
    // Rejoin with the separators the title used, which are kept by finding each remaining part in order.
    int from = original.indexOf(parts.get(0));
    int to = original.lastIndexOf(parts.get(parts.size() - 1)) + parts.get(parts.size() - 1).length();
    if (from < 0 || to < from) {
      return String.join(" - ", parts);
    }
    return original.substring(from, to).trim();
  }

  private static int words(String text) {
    return Texts.tokens(text).length;
  }
}

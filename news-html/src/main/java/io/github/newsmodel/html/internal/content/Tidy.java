package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.Weekdays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last step of reading a body: what the element-level choices cannot see.
 *
 * <ul>
 *   <li>the headline, when it repeats the article's title (the title has a field of its own), and a heading that
 *       opens the body right before it, the kicker over the headline or the name of its section, or a few lines of
 *       a few words each, its labels ("Artikel", "Corona");
 *   <li>the standfirst shown a second time right under itself, in the header and again atop the text;
 *   <li>texts of one mark alone, without a word or a number ({@link #wordless}): a quotation mark, a "%";
 *   <li>labels standing alone: "Advertisement", "Anzeige", "Share this", "Read more";
 *   <li>credit lines and datelines standing alone: "Foto: dpa", "© Jane Roe", "23.10.2018", "Jane Roe | 23.10.2018";
 *   <li>the site's notice of rights ({@link RightsNotice}): "Copyright 2023 Example TV. All rights reserved.";
 *   <li>disclosures of advertising: "*Werbung", "This post contains affiliate links";
 *   <li>advertisements disguised in letters of other scripts ({@link DisguisedText}): "Аdvеrtіѕе wіth uѕ";
 *   <li>a forum's list of what a guest may do: "You cannot post new topics in this forum", a line for each right;
 *   <li>the site's appeals to its readers ({@link Appeals}): newsletter pitches, calls to follow it, notices on
 *       how comments are moderated;
 *   <li>the contact details that close a press release ({@link Contacts}): "Pressekontakt:", a name, a phone;
 *   <li>the label of a box of further information ({@link FurtherInformation}), "Weitere Informationen", whose
 *       links were left out, and the box with it where it closes the body;
 *   <li>headings whose section is empty because what followed them was left out, such as "Related articles".
 * </ul>
 */
final class Tidy {
  private static final Pattern LABEL = Pattern.compile("(?iu)^[\\p{Punct}\\s]*(?:advertisement|advertising|advert|adverts|ad|ads|"
      + "anzeige|werbung|publicité|publicidad|espacio publicitario|pubblicità|reklama|mainos|sponsored|"
      + "sponsored content|caption|close|"
      + "share|share this|share this article|share on facebook|share on twitter|social share|tweet|print|email|e-mail|"
      + "subscribe|"
      + "read more|read also|see also|related|related articles|related stories|more|more on this story|"
      + "weiterlesen|mehr lesen|mehr zum thema|lesen sie auch|auch interessant|teilen|drucken|"
      + "lire aussi|à lire aussi|partager|leer más|compartir|lue myös|jaa|"
      + "comments|comment|kommentare|commentaires|comentarios|kommentit|"
      + "(?:post|leave|add|write) (?:a )?comment|kommentar schreiben|kommentieren|laisser un commentaire|"
      + "artikel teilen|möchten sie (?:den|diesen) artikel teilen|(?:dieses skript|artikel) als pdf(?: herunterladen"
      + "| ansehen)?|(?:war|ist) dieser artikel (?:hilfreich|nützlich)|was this article (?:helpful|useful)|"
      + "zurück zur (?:liste|listenansicht|übersicht)|back to (?:the )?(?:list|overview)|"
      + "(?:das|dies|this)(?: thema)? könnte (?:dich|sie) auch interessieren|ähnliche (?:beiträge|artikel)|"
      + "verwandte (?:themen|artikel|themenbereiche)|weitere artikel|schon gelesen\\?|lust auf mehr\\?|"
      + "über (?:den|die) autor(?:in)?|about the author|you (?:might|may) also like|more stories|read next|"
      + "recommended(?: for you)?|top themen(?: der redaktion)?|most read|meistgelesen|"
      + "click here|skip to content|back to top|top|loading)[\\p{Punct}\\s]*$");
  /**
   * A disclosure of advertising or affiliate links: "*Werbung", "Anzeige, enthält Affiliate-Links", "If you buy
   * something through our links, …" (a link, a post or the site, not "through a third-party seller").
   */
  static final Pattern DISCLOSURE = Pattern.compile("(?iu)^(?=.{0,300}$)\\W{0,3}(?:werbung|anzeige|"
      + "advertisement|sponsored|affiliate|(?:dieser|this) (?:beitrag|artikel|post|article) (?:enthält|contains)"
      + "|bei den (?:verlinkungen|links) handelt es sich"
      + "|if you buy something through (?:this|our|a|these|one of (?:our|these|the))\\s(?:\\w+\\s){0,2}?"
      + "(?:links?|posts?|articles?|pages?|site|website)"
      + "|wenn du über (?:diese|unsere) links)\\b.*");
  /**
   * The words each of {@link #DISCLOSURE}'s alternatives opens with, as many as are fixed: "This is" and "Bei der"
   * open many paragraphs of an article, and each would have the regex read it.
   */
  private static final String[] DISCLOSURE_OPENINGS = disclosureOpenings();
  /**
   * {@link #DISCLOSURE_OPENINGS} by their first letter, an ASCII letter each: a paragraph that opens with "This" is
   * compared with the eight that start with a t, not with all.
   */
  private static final String[][] DISCLOSURE_OPENINGS_BY_INITIAL = new String[128][];

  static {
    for (char initial = 0; initial < DISCLOSURE_OPENINGS_BY_INITIAL.length; initial++) {
      char letter = initial;
      String[] these = Arrays.stream(DISCLOSURE_OPENINGS).filter(o -> o.charAt(0) == letter).toArray(String[]::new);
      DISCLOSURE_OPENINGS_BY_INITIAL[initial] = these.length == 0 ? null : these;
    }
  }
  /** A credit line standing alone: "Foto: dpa", "Photo: Reuters", "© Jane Roe", "Quelle: Landesregierung". */
  private static final Pattern CREDIT = Pattern.compile("(?iu)^[(\\[]?\\s*(?:©|\\(c\\)|(?:fotos?|bild(?:er)?|bildquelle|"
      + "photos?|images?|picture|credits?|crédito|crédits|fuente|fonte|quelle|source|kuva|zdjęcie|fot\\.)\\s*[:©]|"
      + "(?:bild|foto|image|photo)\\s+via\\b).{0,80}$");
  /**
   * The first letters of {@link #CREDIT}'s words (foto, bild, photo, image, credit, quelle, source, kuva, zdjęcie)
   * and the {@code (} of {@code (c)}: keep them in step with the regex.
   */
  private static final String CREDIT_INITIALS = "fbpicqskz(";
  /** The notice a page shows in place of a script-driven widget: "This slideshow requires JavaScript." */
  private static final Pattern SCRIPT_NOTICE = Pattern.compile("(?iu)^(?=.{0,300}$)(?=.*\\b(?:enable|activate|"
      + "requires?|needs?|aktivieren|benötigt|browser)\\b).*\\bjavascript\\b.*$");

  /**
   * A line of the list of rights phpBB prints below a topic, "You <b>cannot</b> reply to topics in this forum", in
   * the language packs used most, some of which put a verb after the forum ("Du kannst keine Beiträge in dieses
   * Forum schreiben.").
   */
  static final Pattern FORUM_RIGHT = Pattern.compile("(?iu)^(?:you|du|vous|usted|u|tu)\\b.{3,80}\\b(?:this"
      + " forum|diesem forum|dieses forum|ce forum|este foro|dit forum|questo forum)\\b.{0,30}$");
  /** The first letters of {@link #FORUM_RIGHT}'s pronouns: keep them in step with the regex. */
  private static final String RIGHT_INITIALS = "ydvut";
  /** The most characters of a list of rights: phpBB 3's has eight lines. */
  private static final int MAX_RIGHTS = 800;
  /** How many of the body's first texts a standfirst shown twice may be ({@link #standfirstAgain}). */
  private static final int OPENING_TEXTS = 2;
  /** The most characters of a standfirst: a sentence or two, not a paragraph of the text. */
  private static final int MAX_STANDFIRST = 300;
  /** The most lines of labels above the headline ({@link #onlyLabels}), and the most words of each. */
  private static final int MAX_LABELS = 3;
  private static final int LABEL_WORDS = 3;

  /** Words that introduce a dateline: "Published on", "First Published:", "Stand:", "Veröffentlicht am". */
  private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:(?:first|originally) published|published"
      + "|posted|updated|last updated|last modified|veröffentlicht|zuletzt aktualisiert|aktualisiert"
      + "|zuletzt geändert|stand|erschienen|erstellt|veröffentlichung|publié|mis à jour|publicado|actualizado|postado"
      + "|atualizado"
      + "|julkaistu|päivitetty|opublikowano|aktualizacja|release date|опубликовано|обновлено|yayınlanma"
      + "|yayın tarihi|güncelleme|güncellenme|δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|ngày đăng|đăng lúc|đăng|cập nhật"
      + "|diterbitkan|diperbarui|تاريخ النشر|نشر في|نشر|آخر تحديث|פורסם|עודכן|प्रकाशित|अपडेटेड|입력|수정|発行|公開"
      + "|更新时间|发布时间|更新|发布|發布)"
      + "(?:\\s+(?:on|am|le|el|em|lúc|vào))?\\s*[:：]?\\s*");
  private static final int MAX_DATE = 60;
  /** The separator of a dateline's parts: "New Delhi, Example Bureau | Updated: 19 November 2019". */
  private static final Pattern DATELINE_SEPARATOR = Pattern.compile("\\s+[|•·/]\\s+");
  /** The most parts of a dateline, and the most characters of each that is not the date: a place, a source. */
  private static final int DATELINE_PARTS = 3;
  private static final int MAX_SOURCE = 60;
  /** The full stop that ends a dateline written as a sentence: "Aktualisiert am 17.01.2021.". */
  private static final Pattern FULL_STOP = Pattern.compile("(?<=\\d)\\.$");
  /** More characters of words than a label or a credit line holds ({@link #wordChars}). */
  private static final int SHORT_LINE = 100;
  /**
   * The most characters of words that {@link #LABEL} matches: its longest alternative, "dies thema könnte dich
   * auch interessieren", has 36 besides its spaces. Keep it in step with the regex.
   */
  private static final int LONGEST_LABEL = 36;
  /**
   * The first letters of {@link #LABEL}'s alternatives, of each of the words a group opens them with ("(?:post|leave|
   * add|write) comment", "(?:das|dies|this) könnte"): keep them in step with the regex.
   */
  private static final String LABEL_INITIALS = "abcdeijklmprstvwyzàäü";

  private Tidy() {}

  /** The openings of {@link #DISCLOSURE}, spelled out from its alternatives: keep them in step with the regex. */
  private static String[] disclosureOpenings() {
    List<String> openings = new ArrayList<>(List.of("werbung", "anzeige", "advertisement", "sponsored", "affiliate",
        "bei den verlinkungen handelt es sich", "bei den links handelt es sich", "if you buy something through",
        "wenn du über"));
    for (String pronoun : List.of("dieser", "this")) {
      for (String noun : List.of("beitrag", "artikel", "post", "article")) {
        for (String verb : List.of("enthält", "contains")) {
          openings.add(pronoun + " " + noun + " " + verb);
        }
      }
    }
    return openings.toArray(String[]::new);
  }

  static List<Block> blocks(List<Block> read, Optional<String> title) {
    String titleKey = title.map(Tidy::key).orElse("");
    List<Block> kept = new ArrayList<>();
    for (Block b : read) {
      // Only the text of a paragraph or a heading is looked at: a list's or a quote's is joined from its parts
      if (b instanceof Paragraph || b instanceof Heading) {
        String text = b.text();
        if (b instanceof Heading && !titleKey.isEmpty() && key(text).equals(titleKey)) {
          if (kept.size() == 1 && kept.get(0) instanceof Heading || onlyLabels(kept)) {
            // "<h4>Siemens und die Kohlemine</h4><h1>Headline</h1>": the kicker over the headline; or the labels of
            // its kind and topic, "<span>Artikel</span> <span>Corona</span>", each a line of a few words
            kept.clear();
          }
          continue;
        }
        if (wordless(text) || standsForNothing(text) || standfirstAgain(kept, text)) {
          continue;
        }
      } else if (b instanceof Preformatted && wordless(b.text())) {
        continue;
      }
      kept.add(b);
    }
    List<Block> sections = withoutEmptySections(Contacts.withoutClosingContacts(Appeals.withoutCommentNotice(kept)));
    // A box's label is no heading of a section: the heading before it that heads nothing else went with the first
    // pass, and one that headed the label alone goes with the second.
    List<Block> withoutBoxes = FurtherInformation.without(sections);
    return withoutBoxes == sections ? sections : withoutEmptySections(withoutBoxes);
  }

  /**
   * Whether a paragraph or a heading repeats, word for word, the text right before it among the body's first texts:
   * the standfirst shown twice, in the article's header and again atop its text ({@code <div class=dek>} and {@code
   * <div class=abstract>}), which the reader sees as one: a sentence or two. Further on, a paragraph the article
   * repeats is a refrain, its own, and so is a long one; pictures between the two are the header's.
   */
  private static boolean standfirstAgain(List<Block> kept, String text) {
    if (text.length() > MAX_STANDFIRST) {
      return false;
    }
    int texts = 0;
    String last = null;
    for (Block k : kept) {
      if (k instanceof Paragraph || k instanceof Heading) {
        if (++texts > OPENING_TEXTS) {
          return false;
        }
        last = k.text();
      }
    }
    return text.equals(last);
  }

  /**
   * Whether a text is one mark at most, without a letter, digit or emoji: the quotation mark a wiki sets beside each
   * quote in a block of its own, a zero-width space standing in for an empty line, a lone "%" or "-" of a table drawn
   * with boxes, a "*" styled as a heading. A reader of the text misses none of them. A line of marks, "* * *" or
   * "___", is kept: it is the writer's break between scenes or before a closing note, which the text shows too.
   */
  static boolean wordless(String text) {
    int marks = 0;
    for (int i = 0, n = text.length(); i < n; ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
        return false;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
          && ++marks > 1) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether the blocks are a few lines of a few words each, paragraphs or headings, that open the body above the
   * headline: the labels of its kind, section or topic, no text of the article's.
   */
  private static boolean onlyLabels(List<Block> kept) {
    if (kept.isEmpty() || kept.size() > MAX_LABELS) {
      return false;
    }
    for (Block b : kept) {
      if (!(b instanceof Paragraph || b instanceof Heading) || Texts.tokens(b.text()).length > LABEL_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a paragraph or a heading is a label, a notice, a credit line, a disclosure, a date standing alone, one
   * of the site's appeals to its readers ({@link Appeals#pitch}) or a disguised advertisement ({@link DisguisedText}).
   * Its {@link #wordChars} are counted once, for both the regexes that need them, and only if its first letter may
   * open one of them: a paragraph that opens with another, as many do, is not counted.
   */
  private static boolean standsForNothing(String text) {
    boolean mayBeLabel = opensLikeALabel(text);
    boolean mayBeCredit = opensLikeACredit(text);
    int wordChars = mayBeLabel || mayBeCredit ? wordChars(text) : Integer.MAX_VALUE;
    return mayBeLabel && label(text, wordChars) || scriptNotice(text) || mayBeCredit && credit(text, wordChars)
        || disclosure(text) || onlyADate(text) || sourceAndDate(text) || forumRights(text) || Appeals.pitch(text)
        || RightsNotice.is(text)
        || DisguisedText.is(text);
  }

  /**
   * Whether a paragraph is a forum's list of rights: two lines or more, each a {@link #FORUM_RIGHT}. A paragraph
   * without a line break, nearly every one, is ruled out before the regex.
   */
  static boolean forumRights(String text) {
    if (text.indexOf('\n') < 0 || text.length() > MAX_RIGHTS || !opensLikeARight(text)) {
      return false;
    }
    for (String line : text.split("\n")) {
      if (!FORUM_RIGHT.matcher(line.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first line's first character, after the white space {@code strip} takes off, may open a
   * {@link #FORUM_RIGHT}: its pronouns start with y, d, v, u or t, which {@code (?iu)} matches in a character whose
   * case folded ({@code toLowerCase(toUpperCase(c))}) is that letter. A paragraph with line breaks that opens with
   * another, as nearly all do, is not split into lines for the regex.
   */
  static boolean opensLikeARight(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return RIGHT_INITIALS.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
      }
    }
    return true; // white space alone is left to the lines, of which a text of line breaks alone has none
  }

  /**
   * Whether a paragraph is a label alone ({@link #LABEL}), ruling out the paragraphs too long to be one first: a
   * headline or a caption is short enough for a credit line, but has more words than any label.
   */
  private static boolean label(String text, int wordChars) {
    return wordChars <= LONGEST_LABEL && LABEL.matcher(text).matches(); // and opensLikeALabel, asked first
  }

  /**
   * Whether the first character after the punctuation and white space that {@link #LABEL} allows before a label
   * may open one of its words: one of {@link #LABEL_INITIALS} ignoring case as {@code (?iu)} does, which folds each
   * character to the lower case of its upper case. A number or a name in a table's cell, as short as a label, most
   * often opens with another, and the regex would try each of its alternatives on it.
   */
  private static boolean opensLikeALabel(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!isPunct(c) && !Texts.isRegexSpace(c)) {
        return LABEL_INITIALS.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
      }
    }
    return false; // punctuation alone: no label
  }

  /**
   * Whether a paragraph is a credit line alone ({@link #CREDIT}), ruling out the long ones first, and those whose
   * first word, after an opening bracket and white space, starts none of the regex's words: a short caption or
   * heading, which is long enough to be a credit line, most often opens with another letter.
   */
  private static boolean credit(String text, int wordChars) {
    return wordChars <= SHORT_LINE && CREDIT.matcher(text).matches(); // and opensLikeACredit, asked first
  }

  /**
   * Whether the character that {@link #CREDIT}'s words must start at may start one of them: {@code ©}, the
   * {@code (} of {@code (c)}, or the first letter of one of its words. A character outside ASCII other than
   * {@code ©} is left to the regex, which may take it for a letter of a word ({@code ſ} is an {@code s}).
   */
  private static boolean opensLikeACredit(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '(' || text.charAt(i) == '[')) {
      i++; // the bracket the regex allows, or the one of "(c)", whose c is among the letters
    }
    while (i < n && Texts.isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i < n && (text.charAt(i) >= 0x80 || CREDIT_INITIALS.indexOf(Character.toLowerCase(text.charAt(i))) >= 0);
  }

  /**
   * How many characters of the text are other than ASCII punctuation and white space ({@code \p{Punct}} and
   * {@code \s}, which {@link #LABEL} and {@link #CREDIT} allow any number of around or inside what they match),
   * counted up to one more than {@link #SHORT_LINE}. Neither regex matches more of the other characters than
   * that: a label has {@link #LONGEST_LABEL} at most, and a credit has its 80 characters after a word of at most
   * 12. ({@code (?iu)} compares one character with one, so a match has as many as the alternative it matched.)
   * Both regexes otherwise try every one of their alternatives on every paragraph of the article.
   */
  static int wordChars(String text) {
    int n = 0;
    for (int i = 0, length = text.length(); i < length && n <= SHORT_LINE; i++) {
      char c = text.charAt(i);
      n += c < 0x80 ? ASCII_WORD_CHARS[c] : 1; // a lookup, not six comparisons for each character
    }
    return n;
  }

  /** For each ASCII character, 1 if {@link #wordChars} counts it, 0 if it is punctuation or white space. */
  private static final byte[] ASCII_WORD_CHARS = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_WORD_CHARS[c] = (byte) (isPunct(c) || Texts.isRegexSpace(c) ? 0 : 1);
    }
  }

  /** Whether a character is ASCII punctuation, {@code \p{Punct}} in a Java regex without flags. */
  private static boolean isPunct(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  /**
   * Whether a paragraph is a notice that a widget needs JavaScript. The regex looks at short texts that name
   * JavaScript, so any other is ruled out first: it would otherwise backtrack through every paragraph of the
   * article. {@code regionMatches} ignoring case accepts every character that {@code (?iu)} does here
   * ({@code ſ}, {@code İ}, {@code ı}), so nothing the regex matches is ruled out.
   */
  private static boolean scriptNotice(String text) {
    if (text.length() > 302) {
      return false; // 300 characters and a line terminator at most
    }
    // No character but j and J is a j to either comparison, the regex's or regionMatches': the others, such as every
    // letter of a text in another script, are passed without the comparison, each j by a search of the whole text.
    return (namesJavaScript(text, 'j') || namesJavaScript(text, 'J')) && SCRIPT_NOTICE.matcher(text).matches();
  }

  /** Whether "javascript", in any case, stands in the text where it has the letter {@code j} in this case. */
  private static boolean namesJavaScript(String text, char j) {
    for (int i = text.indexOf(j); i >= 0 && i + 10 <= text.length(); i = text.indexOf(j, i + 1)) {
      if (text.regionMatches(true, i, "javascript", 0, 10)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a paragraph is a disclosure of advertising. The regex asks for 300 characters at most, and a line
   * terminator after them, so a longer paragraph is ruled out before its lookahead reads 300 characters of it; and
   * it asks for one of its opening words, so a paragraph that opens with another is ruled out before the regex
   * tries every alternative at each of its first four places.
   */
  static boolean disclosure(String text) {
    return text.length() <= 302 && opensLikeADisclosure(text) && DISCLOSURE.matcher(text).matches();
  }

  /**
   * Whether one of {@link #DISCLOSURE}'s {@link #DISCLOSURE_OPENINGS} may start after at most three characters of
   * {@code \W}: the first ASCII word character among the first four must open one of them, since {@code \W} takes
   * every ASCII character but those. A character outside ASCII is {@code \W} too ({@code \w} is ASCII's without
   * {@code (?U)}), and passed over like an ASCII one, unless {@code (?iu)} may take it for a letter of an opening
   * word, which it folds to ASCII ({@code ſ} is an {@code s}, {@code K} a {@code k}), or it is half of a surrogate
   * pair, which the regex counts as one character: those are left to the regex. Every paragraph in Korean or
   * Russian, and every one that opens with a quotation mark, used to be. {@code regionMatches} ignoring case accepts
   * every character that {@code (?iu)} does, as for {@link #scriptNotice}.
   */
  static boolean opensLikeADisclosure(String text) {
    for (int i = 0, n = Math.min(4, text.length()); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (Character.isSurrogate(c) || Character.toLowerCase(Character.toUpperCase(c)) < 0x80) {
          return true;
        }
        continue; // \W, as the regex's first characters may be
      }
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
        String[] openings = DISCLOSURE_OPENINGS_BY_INITIAL[Character.toLowerCase(c)];
        if (openings == null) {
          return false; // ASCII opens no opening but with its own letter, in either case
        }
        for (String word : openings) {
          if (text.regionMatches(true, i, word, 0, word.length())) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * A date standing alone, after its label and its day of the week if any, is the page's dateline, which the
   * article's metadata holds; so is its label alone, ending in a colon, whose date stands apart.
   */
  private static boolean onlyADate(String text) {
    // every date the reader knows has a digit, which most short lines (labels, names, headings) have not
    if (text.length() > MAX_DATE) {
      return false;
    }
    if (!Texts.hasDigit(text)) {
      // the label alone, its date read apart from it or left out as the dateline: "Release Date:"
      return (text.endsWith(":") || text.endsWith("：")) && DATE_LABEL.matcher(text).matches();
    }
    String date = withoutFullStop(text);
    // Labels and days' names are words, so a line that opens with a digit, as most dates and numbers in a table do,
    // opens with neither: the regexes, which try each of their dozens of words, are not tried on it.
    if (!opensWithDigit(date)) {
      date = DATE_LABEL.matcher(date).replaceFirst("");
    }
    if (!opensWithDigit(date)) {
      date = Weekdays.withoutLeading(date);
    }
    return DateTimes.anyLanguage().parse(date).isPresent();
  }

  /**
   * A dateline that names its place, its source or its writer beside the date, or the date of its change, each part
   * apart from the next by a bar, a dot or a slash ("New Delhi, Example Bureau | Updated : 19 November 2019, 09:01
   * AM", "Handball Schweiz • 02.02.2022", "January 19, 2020 / 12:25 PM / Updated 8 hours ago"): a part is a date
   * alone, and the others are short and end no sentence. A caption and its credit ("The quay at dawn. | © Jane Roe")
   * has no date of its own.
   */
  private static boolean sourceAndDate(String text) {
    if (text.length() > 2 * MAX_DATE || text.indexOf('|') < 0 && text.indexOf('•') < 0 && text.indexOf('·') < 0
        && text.indexOf(" / ") < 0 || !Texts.hasDigit(text)) {
      return false;
    }
    String[] parts = DATELINE_SEPARATOR.split(text.strip());
    if (parts.length < 2 || parts.length > DATELINE_PARTS) {
      return false;
    }
    boolean date = false;
    for (String part : parts) {
      if (onlyADate(part)) {
        date = true;
      } else if (part.length() > MAX_SOURCE || part.endsWith(".")) {
        return false;
      }
    }
    return date;
  }

  /**
   * The text without the {@link #FULL_STOP} after its last digit. The regex's {@code $} also matches before a line
   * terminator that ends the text, so a text that ends with one is left to it; any other has the full stop as its
   * last character or none, told without a search that would try the look behind at each of its characters.
   */
  private static String withoutFullStop(String text) {
    int n = text.length();
    char last = n == 0 ? ' ' : text.charAt(n - 1);
    if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
      return FULL_STOP.matcher(text).replaceFirst("");
    }
    return last == '.' && n >= 2 && text.charAt(n - 2) >= '0' && text.charAt(n - 2) <= '9'
        ? text.substring(0, n - 1) : text;
  }

  private static boolean opensWithDigit(String text) {
    return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
  }

  /** Drops a heading that is followed by a heading of the same or a higher level, or by nothing. */
  private static List<Block> withoutEmptySections(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Heading h) {
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        if (next == null || next instanceof Heading n && n.level() <= h.level()) {
          continue;
        }
      }
      out.add(b);
    }
    return out;
  }

  /** A text as two texts are compared: normalised as a browser shows it, in lower case. */
  static String key(String text) {
    return Texts.normalise(text).toLowerCase(Locale.ROOT);
  }
}

package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's appeals to its readers, which stand in the article's container as paragraphs: a pitch for its
 * newsletter ("Never miss the latest news by signing up to our newsletter today!"), a call to follow it or its
 * writer on a social network ("Síguenos en Facebook"), a call to download its app, a call for letters to the
 * editor, and a notice on how comments are moderated, above the comment form; a call to support it ("Unterstützen
 * Sie unabhängigen Journalismus"). None is the article's text.
 */
final class Appeals {
  /** What a pitch for the site's newsletter or edition offers: "our daily newsletter", "in your inbox". */
  static final Pattern PITCH_OFFER = Pattern.compile("(?iu)\\b(?:newsletters?|inbox|posteingang|edition"
      + "|magazine)\\b");
  /** The words {@link #PITCH_OFFER} needs, one of which a paragraph must hold before it is tried: keep in step. */
  private static final List<String> OFFER_WORDS = List.of("newsletter", "inbox", "posteingang", "edition", "magazine");
  /**
   * The call to take it: "Sign up", "Subscribe", "Melde dich … an", "Newsletter abonnieren", "inscrivez-vous",
   * "suscríbete". The French and Spanish verbs only as a call or its noun: their other forms tell ("le magazine a
   * inscrit", "el acuerdo suscrito por la edición").
   */
  static final Pattern PITCH_CALL = Pattern.compile("(?iu)\\b(?:sign(?:ing)? up|subscrib(?:e|ing)|abonnier\\w*"
      + "|abonniere|melde dich|anmelden|hol dir|inscri(?:vez|s-toi|re|ptions?)|(?:in|sus)cr[ií]b(?:ete|ite|ase|irse)"
      + "|(?:in|sus)cripci[oó]n)\\b");
  /**
   * The reader or the site, whom a pitch speaks for or to: "your inbox", "our newsletter", "melde dich", "votre
   * boîte". A report on someone else's edition names neither: "Readers can sign up for the 2025 edition at the
   * library". Not "us", which a case-blind match would take for the United States.
   */
  static final Pattern ADDRESS = Pattern.compile("(?iu)(?<![\\p{L}])(?:you|your|yours|our|we|du|dich|dir"
      + "|dein\\w*|euch|euer|eure[mnrs]?|unser\\w*|vous|votre|vos|notre|nos|toi|nuestr[oa]s?|tus?|usted(?:es)?)"
      + "(?![\\p{L}])");
  /**
   * German's formal address, capitalised as the pronouns for "they" and "her" are not within a sentence: "Ihre
   * E-Mail-Adresse wird nicht weitergegeben". Case matters here, so it stands apart from {@link #ADDRESS}.
   */
  static final Pattern FORMAL_ADDRESS = Pattern.compile("(?<![\\p{L}])(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)"
      + "(?![\\p{L}])");
  /**
   * Words of which each match of {@link #PITCH_CALL} holds one, as {@code (?iu)} compares ({@link #folded}): keep in
   * step. The regex, tried on each paragraph that offers a newsletter or an edition, reads the whole paragraph.
   */
  static final List<String> CALL_PIECES = List.of("sign up", "signing up", "subscrib", "abonnier", "melde dich", "anmelden",
      "hol dir", "inscri", "incr", "suscr");
  /** Where a sentence or a label ends, after which a call stands as an imperative: "… today! Sign up", "- Newsletter". */
  private static final String SENTENCE_ENDS = ".!?:;|-–—•»";
  /** Marks that open or close a quotation; not "’", which is an apostrophe as often ("today’s news"). */
  private static final String QUOTATION_MARKS = "\"“”„«»‘‚";
  /** Words that may stand before an imperative call: "Jetzt anmelden", "Now subscribe", "Gratis abonnieren". */
  private static final Set<String> URGENCY = Set.of("now", "jetzt", "hier", "here", "gleich", "kostenlos", "gratis",
      "free", "today", "heute", "please", "bitte");
  /**
   * A call to support the site with money, as an imperative: "Support independent journalism", "Unterstützen Sie
   * diese Form des Journalismus", "Unterstütze uns". Not the verb in a report ("Die Eltern unterstützen sie dabei"):
   * German's formal call only capitalised, and each only where it opens a sentence ({@link #opensSentence}).
   */
  static final Pattern SUPPORT_CALL = Pattern.compile("(?iu)(?<![\\p{L}])(?:support (?:us|our|independent|quality)"
      + "|(?:(?-i:Unterstützen Sie)|unterstütze) (?:uns|unser\\w*|diese\\w*|unabhängig\\w*|das projekt)"
      + "|spenden sie|jetzt spenden|donate (?:now|today|to us|here)|soutenez (?:notre|le journalisme)"
      + "|sostieni (?:il nostro|la nostra|il giornalismo))(?![\\p{L}])");
  /**
   * The same call in a form that is an imperative whoever reports it, its object the site: "apóyanos para seguir",
   * "soutenez-nous", "sostienici".
   */
  static final Pattern SUPPORT_US = Pattern.compile("(?iu)(?<![\\p{L}])(?:ap[oó]yanos|soutenez-nous|sostienici)"
      + "(?![\\p{L}])");
  /** Words of which each match of {@link #SUPPORT_CALL} or {@link #SUPPORT_US} holds one, folded: keep in step. */
  static final List<String> SUPPORT_PIECES = List.of("support ", "unterstütz", "spenden", "donate", "soutenez",
      "sostien", "apoyanos", "apóyanos");
  /** The site's app, which a pitch offers: "our app", "die App", "l'appli". */
  static final Pattern APP = Pattern.compile("(?iu)(?<![\\p{L}])(?:apps?|appli)(?![\\p{L}])");
  /** The call to get it: "download", "herunterladen", "Laden Sie … herunter", "téléchargez", "descarga", "scarica". */
  static final Pattern DOWNLOAD_CALL = Pattern.compile("(?iu)(?<![\\p{L}])(?:download|herunterladen|runterladen"
      + "|laden sie|lade dir|ladet euch|téléchargez|télécharger|descarga|descargue|scarica)(?![\\p{L}])");
  /** Words of which each match of {@link #DOWNLOAD_CALL} holds one, folded: keep in step. */
  static final List<String> DOWNLOAD_PIECES = List.of("download", "runterladen", "laden sie", "lade dir",
      "ladet euch", "télécharge", "descarg", "scarica");
  /**
   * Whose app it is, or what it brings, which tell a pitch from a report on someone else's app ("Users can download
   * the app for iOS and Android, the company said") or a how-to's step ("Laden Sie die App herunter"): the site's
   * own ("our app", "unsere App", "notre appli", "nuestra app") or the news it delivers ("for the latest stories",
   * "breaking news", "die neuesten Nachrichten").
   */
  static final Pattern SITE_APP = Pattern.compile("(?iu)(?<![\\p{L}])(?:our|unsere[mnrs]?|notre|nos|nuestr[oa]s?"
      + "|la nostra|(?:latest|breaking) (?:news|stories|updates|headlines)|(?:neueste|aktuelle)n? nachrichten"
      + "|dernières (?:nouvelles|infos|informations|actualités)|últimas noticias|ultime notizie)(?![\\p{L}])");
  /** The most characters of a pitch: a sentence or two, not a paragraph of an article about newsletters. */
  private static final int MAX_PITCH = 300;
  /** The site's call to follow it: "Follow us", "Folgen Sie uns", "Síguenos", "Suivez-nous", "Seguici". */
  static final Pattern FOLLOW_US = Pattern.compile("(?iu)(?<![\\p{L}])(?:follow us|folgt uns|folge uns"
      + "|folgen sie uns|s[ií]guenos|suivez[- ]nous|seguici|siga-nos)(?![\\p{L}])");
  /** Words of which each match of {@link #FOLLOW_US} holds one, as {@code (?iu)} compares: keep in step. */
  static final List<String> FOLLOW_US_PIECES = List.of("follow us", "folgt uns", "folge uns", "folgen sie uns",
      "guenos", "suivez", "seguici", "siga-nos");
  /** A writer's call to follow them, which their bio line opens with or gives a handle for: "Follow her on". */
  static final Pattern FOLLOW_WRITER = Pattern.compile("(?iu)(?<![\\p{L}])(?:follow (?:me|him|her|them)"
      + "|folgen sie (?:mir|ihm|ihr))(?![\\p{L}])");
  /** Words of which each match of {@link #FOLLOW_WRITER} holds one, as {@code (?iu)} compares: keep in step. */
  static final List<String> FOLLOW_WRITER_PIECES = List.of("follow ", "folgen sie ");
  /** A social network, where the call is to follow the site or its writer. */
  private static final List<String> NETWORK_WORDS = List.of("twitter", "facebook", "instagram", "telegram", "tiktok",
      "youtube", "linkedin", "mastodon", "whatsapp", "bluesky");
  private static final String NETWORK_NAME = "(?:" + String.join("|", NETWORK_WORDS) + ")";
  static final Pattern NETWORK = Pattern.compile("(?iu)(?<![\\p{L}])" + NETWORK_NAME + "(?![\\p{L}])");
  static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w{2,}");
  /**
   * A paragraph that opens with the call to follow on a network, in its first words: "Follow The Example Times
   * Opinion section on Facebook", "Folgen Sie der Redaktion auf Instagram"; not "Follow the money, Facebook's
   * critics say", nor German's "Folgt man den Kommentaren auf Twitter, …" ("if one goes by").
   */
  static final Pattern FOLLOW_FIRST = Pattern.compile("(?iu)(?:follow|folgen sie|folgt(?!\\s++man(?![\\p{L}]))"
      + "|síguenos|suivez)\\s"
      + "[^.!?]{0,60}?(?<![\\p{L}])(?:on|auf|en|sur|su)\\s++" + NETWORK_NAME + "(?![\\p{L}])");
  /** A call for readers' letters: "Submit a letter to the editor", "Leserbrief schreiben". */
  static final Pattern LETTERS = Pattern.compile("(?iu)(?<![\\p{L}])(?:letters? to the editor|leserbrief"
      + "|lettre à la rédaction|carta al director)");
  /** The words {@link #LETTERS} needs: keep in step. */
  private static final List<String> LETTER_WORDS = List.of("editor", "leserbrief", "rédaction", "carta al");
  /**
   * Words of which each match of {@link #LETTERS} holds one, as {@code (?iu)} compares ({@link #folded}): keep in
   * step. An editor is named far more often than a letter to one ("editor-in-chief").
   */
  static final List<String> LETTER_PIECES = List.of("to the editor", "leserbrief", "lettre ", "carta al director");
  /** How to send one: a verb of sending, or an address to write to. */
  static final Pattern SEND = Pattern.compile("(?iu)(?<![\\p{L}])(?:submit|write to|send|schreiben sie"
      + "|senden sie|écrivez|escríbanos)(?![\\p{L}])|\\S@\\S+\\.\\p{L}");
  /**
   * Readers' comments, in a notice about how they are moderated: the plural, or one the reader writes ("your
   * comment"). A single comment is the reporter's: "did not respond to a request for comment", "declined to comment",
   * a German "Kommentar" is an opinion piece.
   */
  private static final Pattern COMMENT_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:comments|comentários"
      + "|comentarios|kommentare|commentaires|commenti|(?:your|ihr|dein|votre|ton|tu|su|seu|il tuo)\\s"
      + "(?:comment|kommentar|commentaire|comentario|comentário|commento)|comment\\s(?:moderation|approval))"
      + "(?![\\p{L}])");
  /** What each of {@link #COMMENT_WORD}'s alternatives holds, looked for before it is tried: keep in step. */
  private static final List<String> COMMENT_STEMS = List.of("comment", "coment", "kommentar");
  /**
   * Words of their moderation: "moderating all comments", "não serão aprovados pelo moderador". Not the adjective
   * "moderate" (German and Italian "moderat", "moderati"), which a report on politics or the weather uses.
   */
  private static final Pattern MODERATION_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:moderat(?:ed|ing|ion|ors?)"
      + "|moderiert\\w*|moderación|moderação|moderazione|moderador\\w*|moderatore|modér(?:és?|ées?|ation|ateurs?)"
      + "|approv\\w*|aprovad\\w*|freigeschaltet|freischalt\\w*)(?![\\p{L}])");
  /** The most characters of a notice on comments, and how many of the body's last blocks are looked at for one. */
  private static final int MAX_COMMENT_NOTICE = 300;
  private static final int COMMENT_NOTICE_TAIL = 3;

  private Appeals() {}

  /**
   * Whether a paragraph pitches the site's newsletter or edition ("Never miss the latest news by signing up to our
   * newsletter today!", "Melde dich hier für unseren Newsletter an!"), offering one and calling to take it; calls
   * for letters to the editor; calls to follow the site or its writer on a social network; calls to support it
   * ({@link #supportCall}); calls to download its app ({@link #appPitch}); or calls to follow its coverage on its
   * pages ({@link #coveragePitch}).
   */
  static boolean pitch(String text) {
    if (text.length() > MAX_PITCH || !hasLatinWord(text)) {
      return false;
    }
    // Most paragraphs name neither an offer nor a network: a plain search for their words rules them out before the
    // case-blind regexes, which cost a twentieth of the whole extraction when tried on every paragraph.
    String lower = text.toLowerCase(Locale.ROOT);
    if (Texts.containsAny(lower, OFFER_WORDS) && PITCH_OFFER.matcher(text).find() && callsToTake(text)) {
      return true;
    }
    // "We want to hear what you think about this article. Submit a letter to the editor or write to letters@…"
    if (Texts.containsAny(lower, LETTER_WORDS) && Texts.containsAny(folded(text), LETTER_PIECES)
        && LETTERS.matcher(text).find() && SEND.matcher(text).find()) {
      return true;
    }
    if (supportCall(text) || appPitch(text, lower) || coveragePitch(lower)) {
      return true;
    }
    // "Síguenos en Facebook: … y en Twitter: @laprensa"; a writer's "Follow her on Twitter @AmyKup", but not a
    // report that someone "urged fans to follow him on Twitter"
    if (!Texts.containsAny(lower, NETWORK_WORDS)) {
      return false;
    }
    // A paragraph that names a network is most often a report that does, and each regex would read all of it: the
    // words they need are looked for first, in the paragraph folded once as the regexes compare its characters.
    String folded = folded(text);
    if (!namesNetwork(text, folded)) {
      return false;
    }
    if (Texts.containsAny(folded, FOLLOW_US_PIECES) && FOLLOW_US.matcher(text).find() && !quotes(text)) {
      return true; // but not a mayor's '"Follow us on Instagram," she told the crowd'
    }
    if (FOLLOW_FIRST.matcher(text).lookingAt()) {
      return true; // "Follow The Example Times Opinion section on Facebook, Twitter (@ExOpinion) and Instagram."
    }
    return text.indexOf('@') >= 0 && Texts.containsAny(folded, FOLLOW_WRITER_PIECES)
        && FOLLOW_WRITER.matcher(text).find() && HANDLE.matcher(text).find();
  }

  /**
   * Whether a paragraph calls to follow the site's coverage of a story on its pages, as wire copy closes: "Follow
   * AP's full coverage of Brexit and British politics at https://…". It opens with the call and gives the address; a
   * report that someone followed the coverage, or a call without an address, is the article's.
   *
   * @param lower the paragraph in lower case
   */
  static boolean coveragePitch(String lower) {
    return lower.startsWith("follow ") && lower.contains(" coverage")
        && (lower.contains("https://") || lower.contains("http://") || lower.contains("www."));
  }

  /**
   * Whether a paragraph pitches the site's app: names an app, calls to download it, and says the app is the site's
   * or brings its news ("For the latest stories and breaking news updates download the Example News apps for iOS
   * and Android", "Laden Sie sich jetzt unsere App herunter"). The words are looked for before the regexes.
   */
  static boolean appPitch(String text, String lower) {
    return lower.contains("app") && Texts.containsAny(folded(text), DOWNLOAD_PIECES)
        && APP.matcher(text).find() && DOWNLOAD_CALL.matcher(text).find() && SITE_APP.matcher(text).find();
  }

  /**
   * Whether a text has five letters in a row that lower-case to ASCII letters, as each of the words that
   * {@link #pitch} looks for in the lower-cased text has ("inbox", the "carta" of "carta al", the "daction" of
   * "rédaction"): ASCII's letters, the Kelvin sign and the dotted capital I, no other. A paragraph in Korean or
   * Russian has none, and is not lower-cased to be searched for them.
   */
  static boolean hasLatinWord(String text) {
    int run = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      char lower = (char) (c | 0x20); // an ASCII letter in lower case, if it is one
      if (lower >= 'a' && lower <= 'z' || c == '\u212a' || c == '\u0130') {
        if (++run == 5) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /**
   * Each character of a text as {@code (?iu)} compares it with a regex's letters: the lower case of its upper case,
   * which folds {@code ſ} to {@code s}, {@code K} (the Kelvin sign) to {@code k} and {@code ı} to {@code i}, unlike
   * {@link String#toLowerCase}. A regex's words in lower case match where the folded text holds them, at the same
   * places, since each character folds to one.
   */
  static String folded(String text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      char c = text.charAt(i);
      folded[i] = c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c
          : Character.toLowerCase(Character.toUpperCase(c));
    }
    return new String(folded);
  }

  /**
   * Whether {@link #NETWORK} finds a network's name in a text: a name where the {@link #folded} text holds it,
   * with no letter right before or after it, as the regex's look-arounds read them: the code point after it, but
   * the one character before it, which is never a letter when it is half of a surrogate pair. The regex tried each
   * name at each of the text's places.
   */
  static boolean namesNetwork(String text, String folded) {
    for (int k = 0, n = NETWORK_WORDS.size(); k < n; k++) {
      String name = NETWORK_WORDS.get(k);
      for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
        int end = at + name.length();
        if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetter(text.codePointAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Drops a notice on how comments are moderated from the body's last blocks, where the comment form stands:
   * "Note: we are temporarily moderating all comments submitted". Elsewhere such words may be the article's, on a
   * site's moderation.
   */
  static List<Block> withoutCommentNotice(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks);
    for (int i = out.size() - 1; i >= Math.max(0, blocks.size() - COMMENT_NOTICE_TAIL); i--) {
      if (out.get(i) instanceof Paragraph p && commentNotice(p.text())) {
        out.remove(i);
      }
    }
    return out;
  }

  /**
   * Whether the paragraph calls its reader to take the offer: the call speaks to the reader or for the site ("by
   * signing up to our newsletter"), or stands as an imperative, opening a sentence ("Subscribe now to the print
   * edition") or closing the paragraph as a label does ("Nichts Neues verpassen! - Newsletter abonnieren"). The
   * same verbs in a report ("Readers can sign up for the 2025 edition at the library") call no one.
   */
  private static boolean callsToTake(String text) {
    if (!Texts.containsAny(folded(text), CALL_PIECES)) {
      return false; // "the 2025 edition", with no call to read the whole paragraph for
    }
    Matcher call = PITCH_CALL.matcher(text);
    if (!call.find()) {
      return false;
    }
    if (ADDRESS.matcher(text).find() || mayAddressFormally(text) && FORMAL_ADDRESS.matcher(text).find()) {
      return true;
    }
    do {
      if (opensSentence(text, call.start()) || !hasLetter(text, call.end(), text.length())) {
        return true;
      }
    } while (call.find());
    return false;
  }

  /**
   * Whether a paragraph calls its reader to support the site ("Wenn Ihnen unser Artikel gefallen hat: Unterstützen
   * Sie diese Form des Journalismus.", "Si te parece valioso el trabajo de El Faro, apóyanos para seguir."), as an
   * imperative that opens a sentence or by its form, and quotes no one: a mayor's '"Support our shops," she said'
   * is the report's.
   */
  static boolean supportCall(String text) {
    if (!Texts.containsAny(folded(text), SUPPORT_PIECES) || quotes(text)) {
      return false;
    }
    if (SUPPORT_US.matcher(text).find()) {
      return true;
    }
    Matcher call = SUPPORT_CALL.matcher(text);
    while (call.find()) {
      if (opensSentence(text, call.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether only marks, spaces and words of urgency ("Jetzt kostenlos anmelden", "Sign up now") stand between the
   * text's start or its last sentence end and {@code at}.
   */
  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0) {
      char c = text.charAt(i);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
          i--;
        }
        if (!URGENCY.contains(text.substring(i + 1, end).toLowerCase(Locale.ROOT))) {
          return false;
        }
        continue;
      }
      i--;
    }
    return true;
  }

  /** Whether the text holds the letters that each match of {@link #FORMAL_ADDRESS} opens with: keep in step. */
  static boolean mayAddressFormally(String text) {
    return text.contains("Sie") || text.contains("Ih");
  }

  /** Whether the text holds a quotation mark: whose words it reports, a call among them is theirs. */
  private static boolean quotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (QUOTATION_MARKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a short paragraph speaks of comments and of their moderation. */
  static boolean commentNotice(String text) {
    return text.length() <= MAX_COMMENT_NOTICE && Texts.containsAny(text.toLowerCase(Locale.ROOT), COMMENT_STEMS)
        && COMMENT_WORD.matcher(text).find() && MODERATION_WORD.matcher(text).find();
  }
}

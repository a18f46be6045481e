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
 * writer on a social network ("Síguenos en Facebook"), a call for letters to the editor, and a notice on how
 * comments are moderated, above the comment form. None is the article's text.
 */
final class Appeals {
  /** What a pitch for the site's newsletter or edition offers: "our daily newsletter", "in your inbox". */
  private static final Pattern PITCH_OFFER = Pattern.compile("(?iu)\\b(?:newsletters?|inbox|posteingang|edition"
      + "|magazine)\\b");
  /** The words {@link #PITCH_OFFER} needs, one of which a paragraph must hold before it is tried: keep in step. */
  private static final List<String> OFFER_WORDS = List.of("newsletter", "inbox", "posteingang", "edition", "magazine");
  /**
   * The call to take it: "Sign up", "Subscribe", "Melde dich … an", "Newsletter abonnieren", "inscrivez-vous",
   * "suscríbete". The French and Spanish verbs only as a call or its noun: their other forms tell ("le magazine a
   * inscrit", "el acuerdo suscrito por la edición").
   */
  private static final Pattern PITCH_CALL = Pattern.compile("(?iu)\\b(?:sign(?:ing)? up|subscrib(?:e|ing)|abonnier\\w*"
      + "|abonniere|melde dich|anmelden|hol dir|inscri(?:vez|s-toi|re|ptions?)|(?:in|sus)cr[ií]b(?:ete|ite|ase|irse)"
      + "|(?:in|sus)cripci[oó]n)\\b");
  /**
   * The reader or the site, whom a pitch speaks for or to: "your inbox", "our newsletter", "melde dich", "votre
   * boîte". A report on someone else's edition names neither: "Readers can sign up for the 2025 edition at the
   * library". Not "us", which a case-blind match would take for the United States.
   */
  private static final Pattern ADDRESS = Pattern.compile("(?iu)(?<![\\p{L}])(?:you|your|yours|our|we|du|dich|dir"
      + "|dein\\w*|euch|euer|eure[mnrs]?|unser\\w*|vous|votre|vos|notre|nos|toi|nuestr[oa]s?|tus?|usted(?:es)?)"
      + "(?![\\p{L}])");
  /**
   * German's formal address, capitalised as the pronouns for "they" and "her" are not within a sentence: "Ihre
   * E-Mail-Adresse wird nicht weitergegeben". Case matters here, so it stands apart from {@link #ADDRESS}.
   */
  private static final Pattern FORMAL_ADDRESS = Pattern.compile("(?<![\\p{L}])(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)"
      + "(?![\\p{L}])");
  /** Where a sentence or a label ends, after which a call stands as an imperative: "… today! Sign up", "- Newsletter". */
  private static final String SENTENCE_ENDS = ".!?:;|-–—•»";
  /** Marks that open or close a quotation; not "’", which is an apostrophe as often ("today’s news"). */
  private static final String QUOTATION_MARKS = "\"“”„«»‘‚";
  /** Words that may stand before an imperative call: "Jetzt anmelden", "Now subscribe", "Gratis abonnieren". */
  private static final Set<String> URGENCY = Set.of("now", "jetzt", "hier", "here", "gleich", "kostenlos", "gratis",
      "free", "today", "heute");
  /** The most characters of a pitch: a sentence or two, not a paragraph of an article about newsletters. */
  private static final int MAX_PITCH = 300;
  /** The site's call to follow it: "Follow us", "Folgen Sie uns", "Síguenos", "Suivez-nous", "Seguici". */
  private static final Pattern FOLLOW_US = Pattern.compile("(?iu)(?<![\\p{L}])(?:follow us|folgt uns|folge uns"
      + "|folgen sie uns|s[ií]guenos|suivez[- ]nous|seguici|siga-nos)(?![\\p{L}])");
  /** A writer's call to follow them, which their bio line opens with or gives a handle for: "Follow her on". */
  private static final Pattern FOLLOW_WRITER = Pattern.compile("(?iu)(?<![\\p{L}])(?:follow (?:me|him|her|them)"
      + "|folgen sie (?:mir|ihm|ihr))(?![\\p{L}])");
  /** A social network, where the call is to follow the site or its writer. */
  private static final List<String> NETWORK_WORDS = List.of("twitter", "facebook", "instagram", "telegram", "tiktok",
      "youtube", "linkedin", "mastodon", "whatsapp", "bluesky");
  private static final String NETWORK_NAME = "(?:" + String.join("|", NETWORK_WORDS) + ")";
  private static final Pattern NETWORK = Pattern.compile("(?iu)(?<![\\p{L}])" + NETWORK_NAME + "(?![\\p{L}])");
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w{2,}");
  /**
   * A paragraph that opens with the call to follow on a network, in its first words: "Follow The Example Times
   * Opinion section on Facebook", "Folgen Sie der Redaktion auf Instagram"; not "Follow the money, Facebook's
   * critics say", nor German's "Folgt man den Kommentaren auf Twitter, …" ("if one goes by").
   */
  private static final Pattern FOLLOW_FIRST = Pattern.compile("(?iu)(?:follow|folgen sie|folgt(?!\\s++man(?![\\p{L}]))"
      + "|síguenos|suivez)\\s"
      + "[^.!?]{0,60}?(?<![\\p{L}])(?:on|auf|en|sur|su)\\s++" + NETWORK_NAME + "(?![\\p{L}])");
  /** A call for readers' letters: "Submit a letter to the editor", "Leserbrief schreiben". */
  private static final Pattern LETTERS = Pattern.compile("(?iu)(?<![\\p{L}])(?:letters? to the editor|leserbrief"
      + "|lettre à la rédaction|carta al director)");
  /** The words {@link #LETTERS} needs: keep in step. */
  private static final List<String> LETTER_WORDS = List.of("editor", "leserbrief", "rédaction", "carta al");
  /** How to send one: a verb of sending, or an address to write to. */
  private static final Pattern SEND = Pattern.compile("(?iu)(?<![\\p{L}])(?:submit|write to|send|schreiben sie"
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
   * for letters to the editor; or calls to follow the site or its writer on a social network.
   */
  static boolean pitch(String text) {
    if (text.length() > MAX_PITCH) {
      return false;
    }
    // Most paragraphs name neither an offer nor a network: a plain search for their words rules them out before the
    // case-blind regexes, which cost a twentieth of the whole extraction when tried on every paragraph.
    String lower = text.toLowerCase(Locale.ROOT);
    if (Texts.containsAny(lower, OFFER_WORDS) && PITCH_OFFER.matcher(text).find() && callsToTake(text)) {
      return true;
    }
    // "We want to hear what you think about this article. Submit a letter to the editor or write to letters@…"
    if (Texts.containsAny(lower, LETTER_WORDS) && LETTERS.matcher(text).find() && SEND.matcher(text).find()) {
      return true;
    }
    // "Síguenos en Facebook: … y en Twitter: @laprensa"; a writer's "Follow her on Twitter @AmyKup", but not a
    // report that someone "urged fans to follow him on Twitter"
    if (!Texts.containsAny(lower, NETWORK_WORDS) || !NETWORK.matcher(text).find()) {
      return false;
    }
    if (FOLLOW_US.matcher(text).find() && !quotes(text)) {
      return true; // but not a mayor's '"Follow us on Instagram," she told the crowd'
    }
    if (FOLLOW_FIRST.matcher(text).lookingAt()) {
      return true; // "Follow The Example Times Opinion section on Facebook, Twitter (@ExOpinion) and Instagram."
    }
    Matcher writer = FOLLOW_WRITER.matcher(text);
    return writer.find() && HANDLE.matcher(text).find();
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
    Matcher call = PITCH_CALL.matcher(text);
    if (!call.find()) {
      return false;
    }
    if (ADDRESS.matcher(text).find() || FORMAL_ADDRESS.matcher(text).find()) {
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

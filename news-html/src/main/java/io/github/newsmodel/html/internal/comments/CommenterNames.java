package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.internal.dom.PageLocation;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A commenter's name as a comment's header prints it, cleaned: without "says:", "By", "Comment by", its badges
 * (Drupal's "(not verified)", "Bob (verified)", "Grace (Redaktion)": {@link CommenterBadges}), Komento's "Guest - "
 * or a date after a dash, but with the particle of a surname ("Di Stefano", "von der Leyen"); and the {@link
 * Author} it makes, with the page a link leads to. {@link AuthorSearch} finds where a comment names its author;
 * this says what the name is.
 */
final class CommenterNames {
  /** A name is at most this long, in characters and in words. */
  static final int MAX_LENGTH = 80;
  private static final int MAX_WORDS = 8;
  /** A link's {@code href} that is a number alone: a template printed a user's id where a path belongs. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\s*\\d+\\s*");
  /** The path of one post or comment, which is the comment's own page: {@code /posts/27991550}. */
  private static final Pattern POST = Pattern.compile("(?i)/(?:posts?|comments?|replies|reply)/\\d+/?$");
  /**
   * "says:" after a name, as WordPress prints it in the languages its comments are most written in ("sagt:",
   * "dit :", "dice:", "zegt:", "pisze:", "говорит:", "skriver:", "siger:", "říká:", "der ki:"), and Blogger's
   * "said..." ("hat gesagt…", "a dit…", "dijo...", "ha detto...", "disse...", "zei...", "sanoi..."). A word of
   * its own: "Candice" and "Mosier" are names, not "Can" and "Mo" who say something.
   */
  static final Pattern AUTHOR_SUFFIX = Pattern.compile("(?iu)(?:^|\\s+)(?:says|said|sagt|schreibt|meint|"
      + "writes|wrote|dit|a écrit|scrive|dice|escribió|kirjoitti|sanoo|kommentierte|antwortete|hat gesagt|a dit|"
      + "dijo|ha detto|ha scritto|disse|diz|escreveu|zei|zegt|schreef|sanoi|pisze|napisał|napisała|говорит|"
      + "пишет|написал|написала|говорить|пише|skriver|skrev|siger|sier|říká|napsal|napsala|der ki|dedi ki)"
      + "\\s*(?::|\\.{2,3}|…)?\\s*$");
  /**
   * What introduces a name: "Comment by", "von", or the label "Author:" that DataLife Engine's templates print
   * before the name ("Автор: Ann"), which needs its colon: without one the word may start a name.
   */
  static final Pattern AUTHOR_PREFIX = Pattern.compile("(?iu)^(?:(?:(?:comment|kommentar|commentaire|"
      + "comentario|commento|reply|antwort|posted|written|submitted|geschrieben|verfasst|gepostet|eingetragen|"
      + "kommentiert|publié|écrit|escrito|publicado|scritto)\\s+)?(?:by|von|par|por|di|kirjoittaja):?"
      + "|(?:author|autor|auteur|автор):)\\s+");
  /**
   * The word Komento prints before the name of a commenter without an account, "Guest - Tom", in the languages its
   * sites are most written in. The spaced hyphen and the word before it are its own: a name with a hyphen in it
   * ("Jean-Paul", "Mary Smith-Jones") has no "Guest - " at its start.
   */
  private static final Pattern GUEST_PREFIX =
      Pattern.compile("(?iu)^\\s*(?:guest|gast|invité|invitado|ospite|convidado|gość|гость)\\s+-\\s+(?=\\S)");
  /**
   * A name that starts with what {@link #AUTHOR_PREFIX} reads as "by" but is the particle of a surname: "von der
   * Leyen", "von und zu Guttenberg", "Di Stefano". A capitalised "Di" before one word is the surname, since Italian
   * prints its "by" in lower case ("di Marco"); a bare "Von" before one word stays a label ("Von Petra"), as German
   * comment headers print it so.
   */
  private static final Pattern SURNAME_PARTICLE =
      Pattern.compile("(?u)^(?:(?i:von)\\s+(?:der|dem|den|und\\s+zu)\\s+\\p{L}.*|Di\\s+\\p{Lu}[\\p{L}'’-]*)$");
  /** A name of digits only is a short number, not a timestamp. */
  private static final int MAX_NUMBER_NAME = 8;
  /**
   * Words that introduce or label a date, not a name: "Posted" in "Posted <a href=#comment-7>3 May</a>", "Datum"
   * before the date's element.
   */
  static final Pattern DATE_LEAD = Pattern.compile("(?iu)(?:comment|kommentar|commentaire|comentario|"
      + "commento|reply|antwort|posted|published|written|submitted|updated|geschrieben|verfasst|gepostet|"
      + "eingetragen|kommentiert|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato|julkaistu|"
      + "kirjoitettu|permalink|date|datum|fecha|zeit)(?:\\s+(?:at|on|am|um|le|el|il))?");
  /** What a link to the site's accounts says, not a name: "Registrieren" beside a notice to log in. */
  private static final Pattern ACCOUNT_ACTION = Pattern.compile("(?iu)(?:jetzt\\s+)?(?:register|registrieren|"
      + "log\\s?in|log\\s?out|sign\\s?in|sign\\s?up|anmelden|abmelden|einloggen|ausloggen|s'inscrire|"
      + "se connecter|connexion|inscription|registrarse|iniciar sesión|kirjaudu)");
  /**
   * What follows a name after a dash or a bar and holds a number, or is a weekday: the date that the page printed
   * beside it.
   */
  private static final Pattern AFTER_NAME =
      Pattern.compile("\\s+[—–|·•]\\s+(?:\\D{0,20}\\d.*|\\p{L}{1,4}\\.?,?)$");

  private CommenterNames() {}

  /** An author of that name, if the model takes it. */
  static Optional<Author> author(String name) {
    return author(name, null);
  }

  /**
   * An author of that name, if the model takes it, with the link's page as theirs. Some links lead elsewhere: a link
   * to a place on a page ({@code #comment-3}) or to a forum's post ({@code /posts/27991550}) is the comment's own,
   * and a bare number ({@code href="0"}, the id of an anonymous user) is a template's placeholder, not a page.
   */
  static Optional<Author> author(String name, @Nullable Element link) {
    try {
      Author.Builder author = Author.builder().name(name);
      if (link != null && !PLACEHOLDER.matcher(link.attr("href")).matches()) {
        Urls.http(link, "href").filter(u -> !u.toString().contains("#") && !POST.matcher(u.getPath() == null ? ""
            : u.getPath()).find() && !placeholderResolved(u, link)).ifPresent(author::url);
      }
      return Optional.of(author.build());
    } catch (InvalidValueException ex) {
      return Optional.empty();
    }
  }

  /**
   * Whether an address is the anonymous user's id, 0, alone in the page's own folder: what the placeholder
   * {@code href="0"} resolves to, as a copy whose links the archive resolved (archive.today's) holds it. Another
   * number there may be a reader's page.
   */
  private static boolean placeholderResolved(URI url, Element link) {
    String path = url.getRawPath();
    if (path == null || !path.endsWith("/0") || url.getRawQuery() != null) {
      return false;
    }
    String folder = path.substring(0, path.length() - 1); // up to the slash before the 0
    Document page = link.ownerDocument();
    Optional<URI> location = page == null ? Optional.empty() : Urls.http(PageLocation.of(page));
    return location.filter(p -> p.getRawPath() != null && url.getRawAuthority() != null
        && url.getRawAuthority().equalsIgnoreCase(p.getRawAuthority())
        && p.getRawPath().substring(0, p.getRawPath().lastIndexOf('/') + 1).equals(folder))
        .isPresent();
  }

  /**
   * A name as a comment's header prints it, without the comment's number before it ("4. Dora"), "says:", "By",
   * "Comment by", the badges after it (Drupal's "(not verified)", "Dave ✓", "Eve Moderator") or Komento's "Guest - "
   * (but with the particle of a surname such as "Di Stefano"), nor a date after a dash ("Daniel — 17.07, 2011 @
   * 13:10"): a few words with a letter, and not a badge alone ("Abonnent"), the mark of an account that is gone
   * ("[deleted]"), a word that introduces a date ("Posted" before "3 May 2019") nor a link to the site's accounts
   * ("Registrieren").
   */
  static Optional<String> name(String printed) {
    String text = NumberMarks.withoutMark(printed); // "4. Dora", the comment's number before the name
    String cut = text.indexOf('—') < 0 && text.indexOf('–') < 0 && text.indexOf('|') < 0 && text.indexOf('·') < 0
        && text.indexOf('•') < 0 ? text : AFTER_NAME.matcher(text).replaceFirst("");
    String unsuffixed = CommenterBadges.withoutBadges(AUTHOR_SUFFIX.matcher(withoutLeadingSeparator(cut))
        .replaceAll(""));
    String unlabelled = SURNAME_PARTICLE.matcher(unsuffixed.strip()).matches() ? unsuffixed
        : AUTHOR_PREFIX.matcher(unsuffixed).replaceAll("");
    // a cheap test first: few names hold a spaced hyphen, and only those can be a guest's
    String unguested = unlabelled.contains(" - ") ? GUEST_PREFIX.matcher(unlabelled).replaceFirst("") : unlabelled;
    return Texts.nonBlank(unguested)
        .filter(n -> n.length() <= MAX_LENGTH && n.split(" ").length <= MAX_WORDS)
        .filter(n -> n.codePoints().anyMatch(Character::isLetter) && !CommenterBadges.only(n)
            && !RemovedComments.goneAccount(n))
        .filter(n -> !DATE_LEAD.matcher(n).matches() && !ACCOUNT_ACTION.matcher(n).matches());
  }

  /**
   * A name of digits only, such as a pupil's number "1009", which counts only where the page marks it as the
   * author's name ({@code itemprop=author}, the vCard {@code fn}): elsewhere a number is a count or a date.
   */
  static Optional<String> numberName(String text) {
    String t = AUTHOR_SUFFIX.matcher(text).replaceAll("").strip();
    return !t.isEmpty() && t.length() <= MAX_NUMBER_NAME && t.chars().allMatch(Character::isDigit)
        ? Optional.of(t) : Optional.empty();
  }

  /**
   * A name's line without the separator that joined it to a date printed before it: ", par Horus" after
   * "Le 17 juillet à 22:09".
   */
  private static String withoutLeadingSeparator(String text) {
    int i = 0;
    while (i < text.length() && ",;:|·•–—".indexOf(text.charAt(i)) >= 0 || i < text.length()
        && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == 0 ? text : text.substring(i);
  }
}

package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A comment that was removed, which the page still shows in its place with a notice for its text: "Dieser
 * Kommentar wurde entfernt", "This comment has been removed by a moderator", "[deleted]", "Kommentar gelöscht".
 *
 * <p>Such a comment keeps its place, so that the replies to it still answer it, but the notice is the site's and
 * not what the reader wrote: it becomes a {@link io.github.newsmodel.core.Comment#removed() removed} comment, without
 * a body, whatever words the site used. An author or a time that the page still prints beside the notice stays the
 * comment's.
 */
final class RemovedComments {
  /**
   * The notices, in the languages comment sections are most written in, as the whole of a comment's text: a
   * bracketed word ("[deleted]", "[gelöscht]"), or a line that says that this comment or post was removed, and
   * by whom or why.
   */
  private static final Pattern NOTICE = Pattern.compile("(?iu)^[\\s(\\[]*(?:"
      + "\\[(?:deleted|removed|gelöscht|entfernt|supprimé|eliminado|rimosso|verwijderd|poistettu|usunięty|удалено)\\]"
      + "|(?:this |the )?(?:comment|post|message|reply) (?:has been |was |is )?(?:deleted|removed|hidden)"
      + "(?: by (?:a |the |its )?(?:moderators?|author|poster|user|admin|administrator|editors?|staff|site))?"
      + "|(?:post|comment) (?:deleted|removed) by (?:a |the |its )?(?:moderators?|author|poster|admin|staff)"
      + "|(?:dieser |der )?(?:kommentar|beitrag|leserkommentar) (?:wurde |ist )?(?:von (?:der |einem |einer |dem )?"
      + "(?:redaktion|moderation|moderator|moderatorin|autor|autorin|verfasser|verfasserin|nutzer|nutzerin|"
      + "administrator|admin) |vom (?:autor|verfasser|nutzer|administrator|admin) )?(?:entfernt|gelöscht|gesperrt)"
      + "|(?:ce |le )?(?:commentaire|message) (?:a été |est )?(?:supprimé|retiré|masqué)(?: par (?:la |le |un )?"
      + "(?:modération|modérateur|auteur|rédaction))?"
      + "|(?:este |el )?(?:comentario|mensaje) (?:ha sido |fue )?(?:eliminado|borrado|retirado)"
      + "|(?:questo |il )?(?:commento|messaggio) (?:è stato )?(?:rimosso|eliminato|cancellato)"
      + "|(?:deze |de )?(?:reactie|bericht) (?:is |werd )?(?:verwijderd)"
      + "|(?:tämä )?(?:kommentti|viesti) (?:on )?poistettu"
      + "|(?:ten )?(?:komentarz|wpis) (?:został )?usunięty"
      + "|(?:этот )?(?:комментарий) (?:был )?удал[её]н"
      + ")(?:\\s*(?:by|von|durch|par|por|da|door)\\s+[^.!]{1,40})?[\\s.!)\\]]*$");
  /** What stands in an author's place once the account is gone: "[deleted]", "Gelöschter Benutzer". */
  private static final Pattern GONE_ACCOUNT = Pattern.compile("(?iu)^\\s*(?:\\[(?:deleted|removed|gelöscht|"
      + "entfernt)\\]|deleted (?:user|account)|gelöschte[rs]? (?:benutzer|nutzer|user|account|profil|konto)|"
      + "utilisateur supprimé|usuario eliminado|utente eliminato|verwijderde gebruiker)\\s*$");
  /** A notice is a line: a longer text is a reader's, whatever it says. */
  private static final int MAX_NOTICE = 120;

  private RemovedComments() {}

  /**
   * Whether a comment's text is the notice that stands in a removed comment's place, and nothing else.
   *
   * @param body the comment's text as read
   * @return true for a notice of one paragraph
   */
  static boolean isNotice(List<Block> body) {
    if (body.size() != 1 || !(body.get(0) instanceof Paragraph p)) {
      return false;
    }
    String text = p.text();
    return text.length() <= MAX_NOTICE && NOTICE.matcher(text).matches();
  }

  /**
   * Whether a name is what a page prints for an account that is gone, "[deleted]", which names no one.
   *
   * @param name a name as printed
   * @return true for the marker of a gone account
   */
  static boolean goneAccount(String name) {
    return name.length() <= MAX_NOTICE && GONE_ACCOUNT.matcher(name).matches();
  }
}

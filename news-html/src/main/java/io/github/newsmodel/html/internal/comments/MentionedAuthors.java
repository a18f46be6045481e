package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The comment that a reply in a flat list answers by naming its author with an "@" and no link: "@Bernd Müller:
 * ...", "@ Bernd, ...", "@Bernd ..." answers Bernd's latest comment above it. Readers of flat lists answer so, and
 * threaded sections show that they mean the comment they answer: on pages that nest replies, the comment that opens
 * with "@Bernd" is, nearly always, nested under Bernd's latest comment above it.
 *
 * <p>Only an author that an earlier comment names exactly (ignoring case) counts, and of several, the longest name:
 * "@Bernd Müller" answers Bernd Müller rather than a Bernd. The "@Bernd" stays in the text, as it does before a link
 * ({@link ReplyLinks}).
 *
 * <p>In a flat list, readers also address a reply by the name and a colon alone, "Bernd: ...". A text may open with
 * any word and a colon ("Note: ...", "Update: ..."), so only the whole of what stands before the colon counts, and
 * only where it is exactly (ignoring case) the name of an earlier comment's author. Where the page nests replies,
 * only the "@" is read ({@link #parent(List, boolean)}).
 */
final class MentionedAuthors {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The punctuation that may follow a name: "@Bernd:", "@Bernd,"; tried only once the name as written fails. */
  private static final String AFTER_NAME = ":,;.!?)";
  /** How much of a text's start is read for a name: the longest name and its "@". */
  private static final int MAX_MENTION = CommenterNames.MAX_LENGTH + 2;
  /** A name is no more words than a name may be ({@link CommenterNames}). */
  private static final int MAX_WORDS = 8;

  /** The id of each author's latest comment so far, by the name in lower case. */
  private final Map<String, String> latest = new HashMap<>();

  /**
   * Records a comment as its author's latest, for the replies below it.
   *
   * @param comment a comment, in page order
   */
  void add(Comment comment) {
    comment.author().ifPresent(a -> latest.put(key(a.name()), comment.id()));
  }

  /**
   * The earlier comment that a text opens by naming its author after an "@", or, where {@code colon} is true, by
   * the name and a colon alone ("Bernd: ...").
   *
   * @param body a comment's text
   * @param colon whether a name before a colon, without the "@", counts: in a flat list, where nothing else says
   *     what a comment answers
   * @param self the comment's own author, whom a comment does not answer
   * @return the id of that author's latest comment so far; empty if the text opens with no such name
   */
  Optional<String> parent(List<Block> body, boolean colon, Optional<Author> self) {
    if (latest.isEmpty() || body.isEmpty() || !(body.get(0) instanceof Paragraph first)) {
      return Optional.empty();
    }
    Optional<String> parent = parent(first.text(), colon);
    // "Bernd: ..." under Bernd's own name is how the page prints its author, not whom the comment answers
    return self.isPresent() && parent.isPresent() && parent.get().equals(latest.get(key(self.get().name())))
        ? Optional.empty() : parent;
  }

  private Optional<String> parent(String text, boolean colon) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.charAt(0) != '@') {
      return colon ? beforeColon(text) : Optional.empty();
    }
    String head = text.substring(1, Math.min(text.length(), MAX_MENTION)).strip();
    // the last word may be cut by the window; a name it ends is then too long to be read anyway
    String[] words = SPACES.split(head, MAX_WORDS + 1);
    String found = null;
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words.length && i < MAX_WORDS; i++) {
      if (i > 0) {
        name.append(' ');
      }
      name.append(words[i]);
      String id = lookUp(name.toString());
      if (id != null) {
        found = id; // a longer name that matches wins: "@Bernd Müller" over "@Bernd"
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The earlier comment whose author's name is all that stands before the colon that a text opens with, "Bernd:",
   * with white space or the end of the text after the colon ("Bernd:Ann" and "12:30" are no address).
   */
  private Optional<String> beforeColon(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > MAX_MENTION || colon + 1 < text.length()
        && !Character.isWhitespace(text.charAt(colon + 1))) {
      return Optional.empty();
    }
    return Optional.ofNullable(latest.get(key(text.substring(0, colon).strip())));
  }

  /** The id for a candidate name as written, or without the punctuation after it ("Bernd:"). */
  private String lookUp(String written) {
    String id = latest.get(key(written));
    if (id != null) {
      return id;
    }
    int end = written.length();
    while (end > 0 && AFTER_NAME.indexOf(written.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == written.length() || end == 0 ? null : latest.get(key(written.substring(0, end)));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}

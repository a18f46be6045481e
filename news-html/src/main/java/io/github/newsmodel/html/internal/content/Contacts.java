package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The block of contact details that closes a press release: "Pressekontakt:", "Media contact", "Kontakt" and then
 * a name, a phone number, an address. It is the distributor's or the press office's, the same under every release,
 * not the article's text, so it goes from the body, with a label ending in a colon right before it ("Weitere
 * Informationen:") whose links were left out.
 *
 * <p>Only a closing section is taken, each of its blocks a short line, and only where one of them holds a way to
 * reach someone (an e-mail address, a phone number): a report's closing section headed "Contact" that tells of the
 * first contact with a tribe is long prose and stays.
 */
final class Contacts {
  /**
   * A label of contact details alone on its line: "Kontakt:", "Pressekontakt", "Media contacts", "Ansprechpartnerin",
   * "Contact for the press", "Press inquiries".
   */
  static final Pattern LABEL = Pattern.compile("(?iu)^\\W{0,3}(?:(?:presse|press|media|medien)[- ]?)?(?:kontakte?"
      + "|contacts?|ansprechpartner(?:in|innen|\\*innen|:innen)?|inquiries|enquiries|anfragen)"
      + "(?:\\s(?:for|für)\\s(?:the\\s|die\\s)?(?:media|press|presse|medien|journalists|journalisten))?\\s*:?\\s*$");
  /** The most blocks of contact details after the label: two or three people, each on a few lines. */
  private static final int MAX_DETAILS = 12;
  /** The most characters of one block of details, and of a paragraph that opens with the label on a line. */
  private static final int MAX_DETAIL = 300;
  private static final int MAX_LABELLED = 500;
  /** The most characters of a label that introduces the section: "Weitere Informationen:", "For more details:". */
  private static final int MAX_INTRODUCTION = 40;
  /** The fewest digits of a phone number. */
  private static final int PHONE_DIGITS = 6;

  private Contacts() {}

  /**
   * Drops the closing section of contact details from the body's blocks, and a short label ending in a colon right
   * before it; returns the blocks as they are if they end in none.
   *
   * @param blocks the body's blocks
   * @return the blocks without it
   */
  static List<Block> withoutClosingContacts(List<Block> blocks) {
    int n = blocks.size();
    for (int i = n - 1; i >= Math.max(0, n - 1 - MAX_DETAILS); i--) {
      Block b = blocks.get(i);
      if (!(b instanceof Paragraph || b instanceof Heading) || b.text().length() > MAX_LABELLED) {
        return blocks;
      }
      String text = b.text();
      if (opensWithLabel(text)) {
        if (!reachable(blocks.subList(i, n))) {
          return blocks;
        }
        int start = i > 0 && introduction(blocks.get(i - 1)) ? i - 1 : i;
        return blocks.subList(0, start);
      }
      if (text.length() > MAX_DETAIL) {
        return blocks; // a paragraph of prose, not a line of details
      }
    }
    return blocks;
  }

  /** Whether the text is a {@link #LABEL}, or opens with one on a line of its own: "Kontakt\nJane Roe\nTel. …". */
  static boolean opensWithLabel(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.length() <= MAX_INTRODUCTION && LABEL.matcher(first).matches();
  }

  /** Whether a block is a short label that ends in a colon, whose content was left out: "Weitere Informationen:". */
  private static boolean introduction(Block b) {
    String text = b.text().strip();
    return (b instanceof Paragraph || b instanceof Heading) && text.length() <= MAX_INTRODUCTION
        && text.endsWith(":");
  }

  /** Whether the blocks hold a way to reach someone: an e-mail address, or a phone number's digits. */
  static boolean reachable(List<Block> blocks) {
    for (Block b : blocks) {
      String text = b.text();
      String lower = text.toLowerCase(Locale.ROOT);
      if (text.indexOf('@') >= 0 || lower.contains("(at)") || lower.contains("[at]") || lower.contains("e-mail")
          || lower.contains("email") || phoneDigits(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text holds {@link #PHONE_DIGITS} digits in a run where only spaces, dashes, slashes and brackets
   * stand between them, not the dots of a date: "0228 - 8491 - 4444", "+49 (0)40 / 49 07 11 06".
   */
  private static boolean phoneDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits >= PHONE_DIGITS) {
          return true;
        }
      } else if (" -/()+\u00a0".indexOf(c) < 0) {
        digits = 0;
      }
    }
    return false;
  }
}

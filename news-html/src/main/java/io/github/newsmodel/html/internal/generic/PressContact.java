package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * The contact a press release names, one of {@link PageAuthors}' last resorts: "Pressekontakt", then the press
 * officer's name on the next line.
 */
final class PressContact {
  /** The label of a press release's contact, alone: "Pressekontakt", "Kontakt:", "Media contact". */
  private static final Pattern CONTACT_LABEL = Pattern.compile("(?:presse|medien)?(?:kontakt|ansprechpartner(?:in)?)"
      + "(?:\\s+für\\s+(?:die\\s+)?(?:presse|medien|journalisten|journalistinnen))?\\s*:?"
      + "|(?:press|media)\\s+(?:contact|enquiries|inquiries)\\s*:?|contact\\s*:", Pattern.CASE_INSENSITIVE
      | Pattern.UNICODE_CASE);
  /** How much of a paragraph's start is read for a contact's label. */
  private static final int CONTACT_OPENING = 40;

  private PressContact() {}

  /**
   * The name of a press release's contact, asked where nothing else names anyone: the person whom a paragraph names on
   * the line after its label ("<p><b>Pressekontakt</b><br>Dr. Jane Roe<br>Pressesprecherin<br>Tel. ...</p>"), or on its
   * first line right after the label in an element of its own ("<div>Kontakt:</div><p>Jane Roe<br>...</p>"). The press
   * officer whom a release names for questions speaks for it and, for want of a byline, is who the readers of a release
   * take as its author. The name must be a full name alone on its line: the label's paragraph may go on with an
   * office's name or prose. A list of contacts, a paragraph for each, names whom to ask, not who speaks for it.
   */
  static Optional<String> name(List<Element> paragraphs, Set<String> siteNames, PageRegions regions) {
    // The paragraph before, and whether its opening may be a label: the element before a paragraph is mostly the
    // paragraph before it, whose opening was read already, and a text that is a label whole opens with one.
    Element last = null;
    boolean lastMayBeLabel = true;
    for (Element p : paragraphs) {
      String opening = Texts.opening(p, CONTACT_OPENING);
      boolean opensWithLabel = mayStartLabel(opening) && CONTACT_LABEL.matcher(opening).lookingAt();
      Optional<String> name = Optional.empty();
      if (opensWithLabel) {
        List<String> lines = lines(p, 2);
        if (lines.size() == 2 && CONTACT_LABEL.matcher(lines.get(0)).matches()) {
          name = Optional.of(lines.get(1));
        }
      } else {
        Element before = p.previousElementSibling();
        if (before != null && (before != last || lastMayBeLabel) && Texts.shortText(before, CONTACT_OPENING)
            .filter(t -> mayStartLabel(t) && CONTACT_LABEL.matcher(t).matches()).isPresent()
            && !namesOnFirstLine(p.nextElementSibling())) {
          name = lines(p, 1).stream().findFirst();
        }
      }
      last = p;
      lastMayBeLabel = opensWithLabel;
      if (name.isEmpty() || !PageAuthors.FULL_NAME.matcher(name.get()).matches() || regions.inOtherContent(p)) {
        continue;
      }
      List<String> names = AuthorNames.of(name.get(), siteNames);
      if (names.size() == 1) {
        return Optional.of(names.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an element is a paragraph whose first line is a full name: the next of a list of contacts, who are the
   * scientists or officers to ask about the release rather than one who speaks for it.
   */
  /**
   * Whether a text may start with {@link #CONTACT_LABEL}, told by its first character: the label's words start with
   * p, m, k, a or c, in either case, or the Kelvin sign that matches k ignoring case. Nearly every paragraph starts
   * otherwise, and no matcher is made for it.
   */
  static boolean mayStartLabel(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return "pmkacPMKAC\u212a".indexOf(c) >= 0;
  }

  private static boolean namesOnFirstLine(Element e) {
    return e != null && e.normalName().equals("p")
        && lines(e, 1).stream().anyMatch(l -> PageAuthors.FULL_NAME.matcher(l).matches());
  }

  /**
   * The first lines of a paragraph, as its line breaks set them apart, normalised; those that hold nothing but
   * white space are left out.
   */
  private static List<String> lines(Element p, int most) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t) {
        line.append(t.getWholeText());
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        String done = Texts.normalise(line.toString());
        line.setLength(0);
        if (!done.isEmpty()) {
          lines.add(done);
        }
        if (lines.size() >= most || done.length() > PageAuthors.MAX_LABELLED) {
          return FilterResult.STOP;
        }
      }
      return FilterResult.CONTINUE;
    }, p);
    String last = Texts.normalise(line.toString());
    if (lines.size() < most && !last.isEmpty()) {
      lines.add(last);
    }
    return lines;
  }
}

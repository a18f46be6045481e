package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The owner of a personal site, whom its host spells and its header names with an academic title, or as its tagline:
 * the last of {@link PageAuthors}' resorts.
 */
final class SiteOwner {
  /** The longest text before the headline that may name a personal site's owner: a site's title or tagline. */
  private static final int SITE_OWNER_TEXT = 60;
  /** An academic title at the end of a text, before a name: "Dr. ", "Prof. Dr. med. ", "Mag.a ". */
  private static final Pattern ACADEMIC_TITLE = Pattern.compile("(?:^|\\s)(?:dr|prof|mag|mag\\.a|pd|priv\\.-doz)\\."
      + "(?:\\s*(?:dr|med|phil|rer|nat|habil|jur|dent|vet|ing|oec|pol)\\.)*\\s*$", Pattern.CASE_INSENSITIVE);
  /** The classes of a site's tagline, which WordPress themes print under the site's title. */
  private static final Pattern TAGLINE = Pattern.compile("(?i)(?:site|blog)[-_]?description|tagline");
  /** The shortest host label that may spell a person's first name and surname run together. */
  private static final int MIN_OWNER_LABEL = 6;

  private SiteOwner() {}

  /**
   * The name of the owner of a personal site, asked as the very last resort: whose name its host spells ("Jane Roe" of
   * janeroe.example or jane-roe.example) and which the site shows with an academic title as its name or in its header
   * before the headline ("Dr. Jane Roe"), as a scholar's or a doctor's site is named after its owner, who writes its
   * pages that no byline signs. The title is what tells a person: without it, a name that the host spells is almost
   * always an organisation's or a publication's ("Twin Cities", "Deutsche Weine"), which only a list of first names
   * could tell apart. The name is the run of capitalised words that spells the host, without the title. Without a
   * title, the site's tagline may tell it ({@link #ownerTagline}): a site named otherwise whose tagline is the full
   * name that its host spells.
   */
  static Optional<String> name(List<Element> all, Optional<Element> headline, Set<String> siteNames, String host) {
    List<String> labels = ownLabels(host);
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>(siteNames);
    List<String> taglines = new ArrayList<>();
    int end = headline.map(all::indexOf).orElse(0);
    for (int i = 0; i < end; i++) {
      Element e = all.get(i);
      if (!Texts.holdsOwnText(e)) {
        continue;
      }
      if (mayHoldFullStop(e)) {
        Texts.shortText(e, SITE_OWNER_TEXT).ifPresent(texts::add);
      }
      if (isTagline(e)) {
        Texts.shortText(e, SITE_OWNER_TEXT).ifPresent(taglines::add);
      }
    }
    for (String text : texts) {
      if (text.indexOf('.') < 0) {
        continue; // no title's full stop, as in most of the menus and headers before a headline: no key to build
      }
      String key = AuthorNames.key(text);
      for (String label : labels) {
        if (!key.contains(AuthorNames.key(label))) {
          continue; // most texts: no regex, nor a list of words
        }
        Optional<String> owner = DisplayNames.spelt(label, DisplayNames.words(text))
            .filter(n -> titledAt(text, text.indexOf(n)) && AuthorNames.name(n, Set.of()).equals(Optional.of(n)));
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    return ownerTagline(taglines, siteNames, labels.get(0));
  }

  /**
   * The owner's name as the site's tagline before the headline, "<span class="site-description">Jane Roe</span>"
   * under the site's title "Sprachpunkt" on janeroe.example: a full name alone that spells the host's first own label
   * whole, in an element whose class calls it the site's description or tagline, while the site is named otherwise.
   * A blog on its owner's domain, or a blogging service's blog named after its owner's name, states whose it is so.
   * A name that the site bears ("Twin Cities" of twincities.example) names the publication, and a menu's entry that
   * spells the host is no tagline.
   */
  private static Optional<String> ownerTagline(List<String> taglines, Set<String> siteNames, String firstLabel) {
    String label = AuthorNames.key(firstLabel);
    if (taglines.isEmpty() || siteNames.stream().anyMatch(n -> AuthorNames.key(n).equals(label))) {
      return Optional.empty();
    }
    return taglines.stream().filter(t -> AuthorNames.key(t).equals(label) && PageAuthors.FULL_NAME.matcher(t).matches()
        && AuthorNames.name(t, Set.of()).equals(Optional.of(t))).findFirst();
  }

  /**
   * Whether the element's class calls it the site's tagline: "site-description", "blog-description", "tagline", as
   * themes print it under the site's title. Most elements have no such word, which is looked for without a regex.
   */
  private static boolean isTagline(Element e) {
    String c = e.className();
    return (c.contains("escription") || c.contains("agline")) && TAGLINE.matcher(c).find();
  }

  /**
   * Whether the element's text may hold a full stop, as a title does ("Dr."): an element without child elements
   * shows its text nodes' characters alone, and the menu entries and links that stand before most headlines hold
   * none, so their texts need not be built only to be passed over.
   */
  private static boolean mayHoldFullStop(Element e) {
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      Node child = e.childNode(i);
      if (child instanceof Element || child instanceof TextNode t && t.getWholeText().indexOf('.') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether an academic title ends the text before the position: "Dr. ", "Prof. Dr. ", "Mag. ". */
  private static boolean titledAt(String text, int at) {
    return at > 0 && ACADEMIC_TITLE.matcher(text.substring(0, at)).find();
  }

  /**
   * The host's own labels, those a person's name may be spelt in: not "www", the top-level domain or the generic
   * labels, and of {@link #MIN_OWNER_LABEL} letters or more.
   */
  private static List<String> ownLabels(String host) {
    List<String> out = new ArrayList<>();
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      String key = AuthorNames.key(labels[i]);
      if (key.length() >= MIN_OWNER_LABEL && !TitleParts.isGenericLabel(key)) {
        out.add(labels[i]);
      }
    }
    return out;
  }
}

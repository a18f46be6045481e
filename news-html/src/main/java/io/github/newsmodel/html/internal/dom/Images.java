package io.github.newsmodel.html.internal.dom;

import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * The elements that show a picture of the content: {@code <img>}, and in its place on AMP pages (the versions of
 * news pages for phones, often the copy an archive holds) {@code <amp-img>} and {@code <amp-anim>}, an animated GIF.
 *
 * <p>An AMP image holds elements that show the same picture or stand in for it: a {@code <noscript><img>} for
 * browsers without scripts, an {@code amp-img} marked {@code fallback} (a JPEG for browsers without WebP) or {@code
 * placeholder}, and on a page saved once rendered the {@code img} that the AMP runtime puts inside it. None of them is
 * a picture of its own. A placeholder of another AMP element, such as the poster of an {@code amp-video} or an
 * {@code amp-youtube}, is no picture of the content either. AMP images side by side, each with a {@code media}
 * query, are one picture drawn for screens of different sizes, of which a reader sees one: the first stands for them.
 */
public final class Images {
  /** The pictures of the content, as {@link #first} and {@link #count} find them. */
  private static final Evaluator CONTENT_IMAGE = new Evaluator() {
    @Override
    public boolean matches(Element root, Element element) {
      return isImageTag(element.normalName()) && !standsIn(element) && !insideAmpImage(element, root);
    }

    @Override
    protected int cost() {
      return 2; // a tag test first for nearly every element, as jsoup's tag evaluator costs 1
    }
  };

  private Images() {}

  /**
   * Whether elements of a tag show a picture: {@code img}, {@code amp-img} and {@code amp-anim}.
   *
   * @param name the element's normal name
   * @return true for the three
   */
  public static boolean isImageTag(String name) {
    return name.equals("img") || name.equals("amp-img") || name.equals("amp-anim");
  }

  /**
   * Whether an image element stands in for another, and is no picture of its own: the {@code placeholder} or
   * {@code fallback} of the AMP element it is in, shown while that loads or where it cannot be, as the poster of a
   * video is; or an AMP image drawn for other screens ({@code media}) than the one before it, beside it.
   *
   * @param e an image element
   * @return true for a placeholder, a fallback or an alternative for other screens
   */
  static boolean standsIn(Element e) {
    if (e.hasAttr("placeholder") || e.hasAttr("fallback")) {
      Element parent = e.parent();
      return parent != null && parent.normalName().startsWith("amp-");
    }
    if (e.hasAttr("media") && !e.normalName().equals("img")) {
      Element before = e.previousElementSibling();
      return before != null && isImageTag(before.normalName()) && before.hasAttr("media");
    }
    return false;
  }

  /**
   * The first picture in an element, in document order: an AMP image rather than the {@code img} inside it.
   *
   * @param root the element searched, itself included
   * @return the picture, or null if there is none
   */
  static @Nullable Element first(Element root) {
    return root.selectFirst(CONTENT_IMAGE);
  }

  /**
   * How many pictures an element holds, each AMP image once with what it holds.
   *
   * @param root the element searched, itself included
   * @return the number of pictures
   */
  static int count(Element root) {
    return root.select(CONTENT_IMAGE).size();
  }

  /**
   * The URL of the picture an element shows: its {@code src}, else the {@code data-src} that lazy loading scripts
   * copy into it, else the largest candidate of its {@code srcset}. An {@code amp-img} may give a srcset alone, and
   * an {@code img} that a script loads lazily often gives one beside a {@code src} that is only a blank placeholder
   * ({@code data:image/gif;base64,…}), or none.
   *
   * @param img the image element
   * @return the absolute http or https URL; empty if it has none
   */
  static Optional<URI> url(Element img) {
    Optional<URI> url = Urls.http(img, "src").or(() -> Urls.http(img, "data-src"));
    if (url.isPresent() || !img.hasAttr("srcset")) {
      return url;
    }
    return SourceSet.largest(img.attr("srcset")).flatMap(u -> Urls.http(u, img.baseUri()));
  }

  /** Whether an element is inside an AMP image below the root: its fallback, its noscript copy, its rendered copy. */
  private static boolean insideAmpImage(Element e, Element root) {
    if (e == root) {
      return false;
    }
    for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
      String name = p.normalName();
      if (name.equals("amp-img") || name.equals("amp-anim")) {
        return true;
      }
    }
    return root.normalName().equals("amp-img") || root.normalName().equals("amp-anim");
  }
}

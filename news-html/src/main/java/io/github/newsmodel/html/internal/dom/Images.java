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

  /**
   * The attributes that name an image's picture, in the order they are trusted: its own, then those that lazy
   * loading scripts copy into it (jQuery Lazy Load's {@code data-original}, WP Rocket's {@code data-lazy-src}).
   */
  private static final String[] URL_ATTRIBUTES = {"src", "data-src", "data-original", "data-lazy-src"};
  /** The source sets of an image, the lazily loaded one first, which a script copies into an empty {@code srcset}. */
  private static final String[] SOURCE_SET_ATTRIBUTES = {"data-srcset", "data-lazy-srcset", "srcset"};

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
   * The picture a figure shows: its first that is no control's icon ({@link ControlImages}), such as the magnifier
   * that a lightbox's link sets before the photo it enlarges; else its first.
   *
   * @param figure the figure, itself included
   * @return the picture, or null if there is none
   */
  static @Nullable Element figurePicture(Element figure) {
    Element first = null;
    for (Element img : figure.select(CONTENT_IMAGE)) {
      Optional<URI> url = url(img);
      if (url.isEmpty() || !ControlImages.control(img, url.get())) {
        return img;
      }
      first = first == null ? img : first;
    }
    return first;
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
   * The URL of the picture an element shows: its {@code src}, unless that is empty, a {@code data:} URI or a
   * placeholder's file ({@link Placeholders}) that a lazy loading script shows until it loads the picture; else the
   * URL such a script reads, from {@code data-src}, {@code data-original} or {@code data-lazy-src}; else the largest
   * candidate of its {@code data-srcset} or {@code srcset} (an {@code amp-img} may give a srcset alone); else the
   * {@code img} of the {@code <noscript>} right after it, which the page shows browsers without scripts. An image with
   * none of these has no URL: a placeholder is no picture of the article, and an empty {@code src} is none at all,
   * where resolving it against the page gave the page's own URL.
   *
   * @param img the image element
   * @return the absolute http or https URL; empty if it has none
   */
  static Optional<URI> url(Element img) {
    Optional<URI> url = picture(img);
    if (url.isPresent()) {
      return url;
    }
    Element next = img.nextElementSibling();
    Element copy = next != null && next.normalName().equals("noscript") ? next.selectFirst("img") : null;
    return copy == null ? Optional.empty() : picture(copy);
  }

  /** The URL an image element gives of its own, as {@link #url} reads it, without the {@code noscript} copy. */
  private static Optional<URI> picture(Element img) {
    for (String attribute : URL_ATTRIBUTES) {
      String value = img.attr(attribute).strip();
      if (!value.isEmpty() && !Urls.otherScheme(value) && !Placeholders.named(value)) {
        Optional<URI> url = Urls.http(img, attribute);
        if (url.isPresent()) {
          return url;
        }
      }
    }
    for (String attribute : SOURCE_SET_ATTRIBUTES) {
      Optional<URI> url = SourceSet.largest(img.attr(attribute)).filter(u -> !Placeholders.named(u))
          .flatMap(u -> Urls.http(u, img.baseUri()));
      if (url.isPresent()) {
        return url;
      }
    }
    return Optional.empty();
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

package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.internal.UrlHosts;
import io.github.newsmodel.html.internal.dom.FigureCaption;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The images that stand for the article, with what the page says of each. The images are the declared ones
 * ({@link Metadata#images()}: {@code og:image} with its {@code og:image:alt}, else {@code twitter:image}), or else
 * those of the JSON-LD article. A JSON-LD {@code ImageObject} of the same image gives its caption and credit: its
 * {@code creditText}, else the name of its {@code copyrightHolder} or {@code creator}, else a credit that ends its
 * caption ("… Foto: dpa"), which is then no part of the caption.
 *
 * <p>The same image is often declared at two sizes, {@code hero.jpg?w=1200} in {@code og:image} and
 * {@code hero.jpg} in JSON-LD, or once over http and once over https: images are matched by host and path, and by
 * the query too where the path names no file.
 */
final class ArticleImages {
  private ArticleImages() {}

  static List<Image> of(Metadata meta, ArticleLd ld) {
    List<LdNode> described = ld.nodes().isEmpty() ? List.of() : ld.nodes().get(0).nodes("image");
    List<Image> declared = meta.images();
    if (declared.isEmpty()) {
      declared = fromJsonLd(ld, meta);
    }
    if (described.isEmpty()) {
      return declared;
    }
    List<Image> out = new ArrayList<>(declared.size());
    for (Image image : declared) {
      out.add(describedBy(image, described, meta));
    }
    return out;
  }

  /** The article's JSON-LD images: URLs, and the {@code url} or else {@code contentUrl} of image objects. */
  private static List<Image> fromJsonLd(ArticleLd ld, Metadata meta) {
    List<Image> out = new ArrayList<>();
    if (ld.nodes().isEmpty()) {
      return out;
    }
    LdNode node = ld.nodes().get(0);
    List<String> urls = new ArrayList<>(node.texts("image"));
    for (LdNode image : node.nodes("image")) {
      List<String> own = image.texts("url");
      urls.addAll(own.isEmpty() ? image.texts("contentUrl") : own);
    }
    for (String u : urls) {
      meta.http(u).map(Image::of).filter(i -> !out.contains(i)).ifPresent(out::add);
    }
    return out;
  }

  private static Image describedBy(Image image, List<LdNode> described, Metadata meta) {
    for (LdNode node : described) {
      if (sameImage(image.url(), node, meta)) {
        Optional<String> written = node.text("caption").filter(c -> !FileNameText.is(c));
        FigureCaption caption = FigureCaption.ofText(written.orElse(""));
        Optional<String> credit = credit(node).or(caption::credit);
        if (caption.caption().isEmpty() && credit.isEmpty()) {
          return image;
        }
        Image.Builder b = Image.builder().from(image);
        caption.caption().ifPresent(b::caption);
        credit.ifPresent(b::credit);
        return b.build();
      }
    }
    return image;
  }

  private static boolean sameImage(URI url, LdNode node, Metadata meta) {
    for (String property : List.of("url", "contentUrl")) {
      for (String u : node.texts(property)) {
        Optional<URI> other = meta.http(u);
        if (other.isPresent() && samePlace(url, other.get())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two addresses are of one image: the same host and path, and the same query unless the path names a file
   * of its own ({@code hero.jpg?w=1200}). A path that names none is a script's, whose query says which image it
   * serves: {@code /image?id=1} and {@code /image?id=2} are two.
   */
  private static boolean samePlace(URI a, URI b) {
    if (a.equals(b)) {
      return true;
    }
    String path = a.getRawPath();
    Optional<String> host = UrlHosts.of(a);
    if (host.isEmpty() || !host.get().equalsIgnoreCase(UrlHosts.of(b).orElse("")) || path == null
        || !path.equals(b.getRawPath())) {
      return false;
    }
    return namesFile(path) || Objects.equals(a.getRawQuery(), b.getRawQuery());
  }

  /** Whether a path's last segment has an extension, {@code .jpg}, as the path of a file has. */
  private static boolean namesFile(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') && dot < path.length() - 1;
  }

  /** Whom the image object credits: its {@code creditText}, else its copyright holder's or creator's name. */
  private static Optional<String> credit(LdNode node) {
    Optional<String> text = node.text("creditText");
    if (text.isPresent()) {
      return text;
    }
    for (String property : List.of("copyrightHolder", "creator")) {
      Optional<String> named = node.text(property);
      if (named.isEmpty()) {
        named = node.nodes(property).stream().flatMap(n -> n.text("name").stream()).findFirst();
      }
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }
}

package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * The elements that belong to one comment and not to its replies, and where an element stands among them. The
 * searches for a comment's text, author and time all look no higher than the comment's own element, since a
 * reply nests its element inside the comment it answers.
 */
final class CommentScope {
  private CommentScope() {}

  /**
   * The elements of the comment, in document order, without those of its replies: those of its header element
   * before it, if it has one, then its own, then those of its footer after it.
   */
  static List<Element> of(Unit unit, Set<Element> others) {
    List<Element> out = new ArrayList<>();
    if (unit.header != null) {
      out.addAll(unit.header.getAllElements());
    }
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_CHILDREN;
      }
      if (e != unit.root && others.contains(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      out.add(e);
      return FilterResult.CONTINUE;
    }, unit.root);
    for (Element footer : unit.footer) {
      out.addAll(footer.getAllElements());
    }
    return out;
  }

  /**
   * The {@link Names} of each element of a scope, in its order: the searches for the comment's notices, text,
   * author, time and number each judge every element by its names, which are built once here rather than once for
   * each search (and the same string, whose hash is kept, is looked up in each search's answers).
   */
  static List<String> names(List<Element> scope) {
    List<String> out = new ArrayList<>(scope.size());
    for (Element e : scope) {
      out.add(Names.of(e));
    }
    return out;
  }

  /** Whether {@code e} is inside {@code ancestor}, looking no higher than {@code root}. */
  static boolean isInside(Element e, Element ancestor, Element root) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
      if (p == root) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code e} is inside one of {@code ancestors}, below {@code root}. */
  static boolean insideAny(Element e, Set<Element> ancestors, Element root) {
    if (ancestors.isEmpty()) {
      return false;
    }
    for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
      if (ancestors.contains(p)) {
        return true;
      }
    }
    return false;
  }
}

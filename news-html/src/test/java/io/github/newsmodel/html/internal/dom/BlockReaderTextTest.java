package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Holds the reading of text nodes, which collapses each in place in the paragraph's array, to the way it was read
 * before: {@code Texts.visibleCollapsed} with the reader's spaces, {@code isBlank}, {@code strip} and a
 * {@code StringBuilder}, on random texts of the characters that each step treats apart.
 */
class BlockReaderTextTest {
  /** {@code [\s\u00a0\u2007\u202f]}, as the reader defines its spaces. */
  private static final Texts.Spaces SPACES = Texts.Spaces.of(c -> c <= ' ' ? Texts.isRegexSpace((char) c)
      : c == '\u00a0' || c == '\u2007' || c == '\u202f');
  /**
   * Letters of several scripts, the spaces that collapse, white space that does not (em space, ideographic space,
   * line separator, U+001C), the invisible (soft hyphen, word joiner, byte order mark, vertical tab, a C1 control),
   * and a surrogate pair's halves.
   */
  private static final String ALPHABET = "ab.Z\u00e9\u0436\u4e2d\uac00 \t\n\r\f\u00a0\u2007\u202f\u2003\u3000"
      + "\u2028\u001c\u1680\u00ad\u2060\ufeff\u000b\u0085\u0095\ud83d\ude00\u180e\u200b";

  @Test
  void eachCharacterHasTheKindItsDefinitionGives() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(BlockReader.kind((char) c)).as("U+%04X", c).isEqualTo(BlockReader.kindOf((char) c));
    }
  }

  @Test
  void textNodesAreReadAsBefore() {
    Random random = new Random(29);
    for (int round = 0; round < 20_000; round++) {
      Element p = new Element("p");
      int nodes = 1 + random.nextInt(5);
      for (int k = 0; k < nodes; k++) {
        int what = random.nextInt(10);
        if (what == 0) {
          p.appendChild(new Element("br"));
        } else if (what == 1) {
          p.appendChild(new Element("span").appendChild(new TextNode(randomText(random))));
        } else {
          p.appendChild(new TextNode(randomText(random)));
        }
      }
      Element div = new Element("div").appendChild(p).appendChild(new Comment(Cutoff.WHOLE_PAGE));
      String html = p.outerHtml();
      assertThat(BlockReader.standard().read(div)).as(html).isEqualTo(readBefore(p));
    }
  }

  @Test
  void edgeCases() {
    for (String text : List.of("", " ", "\u00ad", "\u00ad \u00ad", "a\u00ad", "\u2003a\u2003", " \u2003 a \u2003 ",
        "a \u00ad b", "a\u00a0\u00a0b", "\u000b", "a\u000bb", "\ufeffa\ufeff", "\u3000", "\u2028x\u2029",
        "\n\n  \n", "x", "x ", " x", "a  b\n\nc")) {
      Element p = new Element("p").appendChild(new TextNode("one")).appendChild(new TextNode(text))
          .appendChild(new TextNode("two"));
      Element div = new Element("div").appendChild(p).appendChild(new Comment(Cutoff.WHOLE_PAGE));
      assertThat(BlockReader.standard().read(div)).as(text).isEqualTo(readBefore(p));
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  /** The paragraphs of a {@code <p>} of text nodes, {@code <br>}s and spans, as the reader read them before. */
  private static List<Block> readBefore(Element p) {
    Before before = new Before();
    for (Node node : p.childNodes()) {
      if (node instanceof TextNode text) {
        before.text(text);
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        if (before.paragraph.length() > 0) {
          before.breaks++;
          before.space = false;
        }
      } else if (node instanceof Element e) {
        for (Node inner : e.childNodes()) {
          before.text((TextNode) inner);
        }
      }
    }
    before.flush();
    return before.blocks;
  }

  /** The old reading of text, as it was. */
  private static final class Before {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder paragraph = new StringBuilder();
    int breaks;
    boolean space;
    Node lastText;

    void text(TextNode node) {
      String t = Texts.visibleCollapsed(node.getWholeText(), SPACES);
      if (t.isBlank()) {
        space |= paragraph.length() > 0 && breaks == 0 && !t.isEmpty();
        return;
      }
      if (breaks >= 2) {
        flush();
      } else if (breaks == 1) {
        paragraph.append('\n');
      } else if ((space || t.charAt(0) == ' ') && paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(t.strip());
      space = t.charAt(t.length() - 1) == ' ';
      breaks = 0;
      lastText = node;
    }

    void flush() {
      String text = paragraph.toString().strip();
      if (!text.isEmpty() && lastText != null) {
        blocks.add(Paragraph.of(text));
      }
      paragraph.setLength(0);
      breaks = 0;
      space = false;
      lastText = null;
    }
  }
}

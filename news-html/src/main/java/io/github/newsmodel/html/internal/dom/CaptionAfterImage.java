package io.github.newsmodel.html.internal.dom;

import io.github.newsmodel.core.Image;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The caption a page sets as a paragraph of its own right after an image, not inside a figure: {@code <img
 * alt="The harbour"><p>The harbour in winter. (Jane Roe/Reuters)</p>}, or the credit alone, {@code <p>| © Jane
 * Roe</p>}. Read as a paragraph, it would stay in the article's text, which leaves captions out. Only a short
 * paragraph after an image that has no caption or credit of its own is taken, and only if it reads as a caption:
 * it opens with the image's alt text, or with a figure's label and a colon ("Abbildung: ...", "Fig. 2: ..."), or it
 * ends with a credit in a form {@link FigureCaption#ofText} knows. A long paragraph that merely opens like the alt
 * text, or ends with an agency's mark, is the article's.
 */
final class CaptionAfterImage {

  /** Longer than this, a paragraph is article text, however it opens or ends. */
  static final int MAX_CAPTION = 250;
  /**
   * A figure's label that opens a caption, with the figure's number if it has one, then a colon or a dash: what
   * scientific and institutional pages print under a chart ("Abbildung: Farblich codierte ...", "Fig. 2: ...",
   * "Rysunek 1 – ..."). Capitalised, as a caption opens; a sentence of the text that names a figure goes on with
   * other words ("Figure 2 shows ...").
   */
  private static final Pattern FIGURE_LABEL = Pattern.compile("^(?:Abbildung|Abb\\.|Bild|Grafik|Figure|Fig\\.|Chart|"
      + "Graphic|Illustration|Figura|Gráfico|Imagen|Ilustración|Rysunek|Rys\\.|Kuva|Рисунок|Рис\\.)"
      + "(?:\\s?\\d{1,3}(?:\\.\\d{1,3})?)?\\s?[:–—]\\s*\\S");
  /** Shorter than this, an alt text ("Foto", "Bild 1") says too little to tell a caption by. */
  private static final int MIN_ALT = 12;

  private CaptionAfterImage() {}

  /**
   * The image with the paragraph as its caption.
   *
   * @param image the block right before the paragraph
   * @param paragraph the paragraph's text
   * @return the image with its caption and credit; empty if the paragraph is no caption for it
   */
  static Optional<Image> of(Image image, String paragraph) {
    if (paragraph.length() > MAX_CAPTION || image.caption().isPresent() || image.credit().isPresent()) {
      return Optional.empty();
    }
    boolean opensWithAlt = image.alt().filter(alt -> alt.length() >= MIN_ALT && paragraph.startsWith(alt)
        && !runsOn(paragraph, alt.length())).isPresent();
    boolean labelled = opensWithAlt || opensWithFigureLabel(paragraph);
    FigureCaption read = FigureCaption.ofText(paragraph);
    if (!labelled && read.credit().isEmpty() || read.caption().isEmpty() && read.credit().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(read.on(image));
  }

  /** Whether a text opens with a figure's label and a colon or dash, as a caption does ("Abbildung: ..."). */
  static boolean opensWithFigureLabel(String text) {
    return FIGURE_LABEL.matcher(text).lookingAt();
  }

  /**
   * Whether a new sentence follows the alt text after a space alone, a capitalised word with no punctuation
   * between: an inline caption that repeats the alt text, run on into the article's first paragraph ("The quay
   * The harbour board met …"), where a caption goes on with a comma, a full stop or a bracket.
   */
  private static boolean runsOn(String paragraph, int altEnd) {
    return paragraph.length() > altEnd + 1 && paragraph.charAt(altEnd) == ' '
        && Character.isUpperCase(paragraph.charAt(altEnd + 1));
  }
}

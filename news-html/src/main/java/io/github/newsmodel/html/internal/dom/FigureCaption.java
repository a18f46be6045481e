package io.github.newsmodel.html.internal.dom;

import io.github.newsmodel.core.Image;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * A figure's caption read apart from the credit for its image. Captions carry their credit in two ways:
 * <ul>
 *   <li>in an element of its own, named for it ({@code <span class=copyright-note>}, {@code img-author},
 *       {@code figure__caption-source}, {@code itemprop=creator}) or opening with a credit's label
 *       ({@code <span>© Jane Roe</span>});
 *   <li>at the end of the caption's text: "(Foto: Privat)", "| © Augusta National/Getty Images",
 *       ". Imagen: Télam", "(REUTERS/Denis Balibouse)", "(AP)", ", fot. PAP/Jan Kowalski", "。写真：共同".
 * </ul>
 * Some figures set the credit beside the caption, over the image ({@link #of(Element, Element)}).
 * A credit is not what the article says, so it stays out of the caption, and out of the article's text with it.
 *
 * @param caption the caption without the credit; empty if nothing else is left
 * @param credit the credit without its label ("Foto:", "©") and brackets
 */
public record FigureCaption(Optional<String> caption, Optional<String> credit) {

  /** No caption and no credit. */
  public static final FigureCaption NONE = new FigureCaption(Optional.empty(), Optional.empty());
  /** How many levels up from an element a {@code <figcaption>} is looked for: a caption's own spans and links. */
  private static final int MAX_CAPTION_DEPTH = 4;

  /** The words a credit's label is made of, in the languages of the corpora. */
  private static final String LABEL_WORD = "(?:(?:image|photo|picture|bild)\\s*credits?|fotos?|bild(?:er)?|bildquelle|"
      + "bildnachweis|photos?|photograph(?:er)?|fotograf(?:in)?|images?|imagen|picture|credits?|crédito|crédits|"
      + "copyright|fuente|fonte|quelle|source|kuva|zdjęcie|fot\\.|фото|источник|illustration|composite|grafik|"
      + "infografik|graphic|"
      + "写真|撮影|图片来源|圖片來源|图片|圖片|摄影|攝影|来源|來源)";
  /**
   * The labels of words a credit opens with: "Foto:", "Image credit:", "写真：", "Photo by", the BBC's hidden
   * "Image source, " and the Polish "fot." without a colon ("fot. PAP/Jan Kowalski").
   */
  private static final String WORD_LABEL = LABEL_WORD + "\\s*[:：©]|(?:photo|foto)\\s+(?:by|von|de|di)\\b"
      + "|image source,|fot\\.(?=\\s)|credits?\\s*+(?:\\.{3}|…)";
  /** The labels a credit opens with: "©", "(c)", "Foto:", "Image credit:", "Photo by". */
  private static final String LABEL = "(?:©|\\(c\\)|" + WORD_LABEL + ")";
  /** The labels without "(c)", which a caption whose parts are "(a)" and "(b)" uses for its third part. */
  private static final String LABEL_BUT_PANEL = "(?:©|" + WORD_LABEL + ")";
  /** A credit alone, opening with its label: "© Jane Roe", "Foto: dpa". */
  private static final Pattern LABELLED = Pattern.compile("(?iu)^" + LABEL + "\\s*(?<credit>.{1,80})$");
  /** A bracketed part that ends the caption, with nothing but a full stop after it. */
  private static final Pattern LAST_BRACKETS =
      Pattern.compile("[(\\[（](?<inner>[^()\\[\\]（）]{1,100})[)\\]）]\\s*[.。]?$");
  /**
   * Agencies and picture libraries, which a bracketed "(Jane Roe/Reuters)" names beside the photographer without
   * a label. A slash alone does not make a credit: "(1998/99)", "(left/right)".
   */
  private static final Pattern AGENCY = Pattern.compile("(?iu)\\b(?:" + agencies() + "|pool)\\b");
  /**
   * An agency alone in brackets, the whole credit: "(AP)", "(Getty Images)", "(dpa)", "(Reuters Photo)". A pool
   * ("(pool)") is no agency of its own.
   */
  private static final Pattern AGENCY_ALONE =
      Pattern.compile("(?iu)(?:" + agencies() + ")(?:\\s++(?:photos?|images|foto))?+");
  /**
   * An acronym, such as an agency's name, which may also abbreviate the words before it: "Agency (EPA)",
   * "Deutsche Presse-Agentur (dpa)".
   */
  private static final Pattern ACRONYM = Pattern.compile("\\p{L}{2,6}");
  /** A © and what follows it at the end of the caption, after a separator if any: "… gesegnet. | © Jane Roe". */
  private static final Pattern LAST_COPYRIGHT = lastCopyright("©|\\([cC]\\)");
  private static final Pattern LAST_COPYRIGHT_BUT_PANEL = lastCopyright("©");
  /**
   * The full stop and space after a name's initial, which go on with the name: "fot. J. Kowalski", "Photo: J. R.
   * Roe". Any other full stop before a space ends the credit's sentence.
   */
  private static final String INITIAL_DOT = "(?<=(?<![\\p{L}\\p{M}])\\p{Lu})\\.\\s(?=\\p{Lu})";
  /** A labelled credit after the caption's last sentence or a separator: ". Imagen: Télam", " | Foto: dpa". */
  private static final Pattern LAST_LABELLED = lastLabelled(LABEL);
  private static final Pattern LAST_LABELLED_BUT_PANEL = lastLabelled(LABEL_BUT_PANEL);
  /** A separator that opens a credit taken off the end of a caption: "| Jane Roe", "- Foto: dpa". */
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[|/–—,-]\\s*");
  /** Commas and semicolons that end a credit copied from a picture's metadata: "Jane Roe, www.example.com,". */
  private static final Pattern TRAILING_COMMAS = Pattern.compile("(?<![\\s,;])[\\s,;]++$");
  /** The BBC's visually hidden label before a caption's text: "Image caption, ". */
  private static final Pattern CAPTION_LABEL = Pattern.compile("^(?i:image caption|caption),\\s++(?=\\S)");
  /** Punctuation that opens a caption whose first part, a credit or a name, the page left out: ": v.l.: Ann". */
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:|–—-]+");
  /**
   * "Credit", "Image credit" or "Photo" and a space before a capitalised name; the New York Times writes
   * "Credit...Jane Roe".
   */
  private static final Pattern UNMARKED_CREDIT_LABEL = Pattern.compile("^(?i:(?:image |photo )?credits?|photo|foto)"
      + "(?:\\s*+(?:\\.{3}|…)\\s*+|\\s++)(?=\\p{Lu})");
  /** A whole run of separators, from its first character. */
  private static final String SEPARATORS = "(?<![\\s|/–—-])[\\s|/–—-]++";
  /** Words in an element's names that make it the credit inside a caption. */
  private static final String[] CREDIT_NAMES = {"credit", "copyright", "source", "quelle", "photographer",
      "fotograf", "img-author", "image-author", "bildnachweis", "urheber", "creator"};
  /** The Microdata properties of an {@code ImageObject} that name whom it is credited to. */
  private static final List<String> CREDIT_PROPERTIES = List.of("creator", "copyrightholder", "copyrightnotice",
      "credittext", "author");
  /** How many of a figure's elements are looked at for a credit outside its caption. */
  private static final int MAX_BESIDE_SEARCH = 24;
  /** Longer than this, an element's text is no credit that opens with its label ({@link #isCredit}). */
  private static final int MAX_LABELLED_CREDIT = 100;
  /** Longer than this, all of a caption is not its credit, whatever element holds it. */
  private static final int MAX_WHOLE_CREDIT = 100;
  /**
   * Separators left at the end of a caption once its credit is taken off, and a label left without its credit. A
   * run of separators is tried only from its start, and taken whole: tried from each of its characters, and each
   * length, as a run of "- - - …" before a word made it, the search took seconds on a caption of 5,000 characters.
   */
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("(?u)(?:" + SEPARATORS + "|(?:^|" + SEPARATORS
      + ")(?:©|(?iu:" + LABEL_WORD + ")\\s*:|Fotos?|Фото|Photo|Credit|Bild|Quelle|Source)\\s*+)$");
  /**
   * The characters a match of {@link #TRAILING_SEPARATOR} may end with, besides white space: a separator, a
   * label's last character ("©", ":", "Foto", "Fotos", "Фото", "Credit", "Bild", "Quelle", "Source"), and the line
   * terminators before which its {@code $} also matches. Keep them in step with the regex.
   */
  private static final String TRAILING_ENDS = "|/–—-©:sotdeо\u0085\u2028\u2029";

  /**
   * Reads a figure's caption.
   *
   * @param figcaption the {@code <figcaption>}, or null if the figure has none
   * @return the caption and the credit; both empty if the caption is missing, blank or cut off
   */
  public static FigureCaption of(@Nullable Element figcaption) {
    if (figcaption == null || !Cutoff.complete(figcaption)) {
      return NONE;
    }
    List<Element> credits = creditElements(figcaption);
    if (credits.isEmpty()) {
      return fromText(Texts.normalise(figcaption.text()));
    }
    StringBuilder credit = new StringBuilder();
    boolean[] named = new boolean[credits.size()];
    for (int i = 0; i < credits.size(); i++) {
      Optional<String> one = cleanCredit(Texts.normalise(credits.get(i).text()));
      // an element that holds only the sign, "<span class=copyright>©</span> Jane Roe", stays for the text to read
      named[i] = one.isPresent();
      if (one.isPresent() && credit.indexOf(one.get()) < 0) {
        credit.append(credit.length() == 0 ? "" : "; ").append(one.get());
      }
    }
    String whole = Texts.normalise(figcaption.text());
    if (credit.length() == 0) {
      return fromText(whole);
    }
    Element rest = figcaption.clone();
    List<Element> inRest = creditElements(rest);
    for (int i = 0; i < inRest.size(); i++) {
      if (named[i]) {
        inRest.get(i).remove();
      }
    }
    FigureCaption caption = fromText(withoutTrailingSeparator(Texts.normalise(rest.text())));
    if (caption.caption().isEmpty()) {
      // the element named for a credit may hold the caption itself, <span class="caption-source-text">The harbour in
      // winter.</span>, or with its credit after it: then its text is read as a caption's
      FigureCaption read = fromText(whole);
      if (read.caption().isPresent()
          && (read.credit().isPresent() || whole.length() > MAX_WHOLE_CREDIT || readsAsSentence(whole))) {
        return read;
      }
    }
    return new FigureCaption(caption.caption(), Optional.of(credit.toString()));
  }

  /**
   * Reads a figure's caption, and the credit beside it in the figure if the caption holds none: the BBC sets its
   * credit over the image, {@code <span role=text><span class=…VisuallyHidden>Image source, </span>Getty
   * Images</span>}, and its caption apart.
   *
   * @param figure the figure
   * @param figcaption its caption, or null if it has none
   * @return the caption and the credit; both empty if there are none
   */
  public static FigureCaption of(Element figure, @Nullable Element figcaption) {
    FigureCaption read = of(figcaption);
    if (read.credit().isPresent()) {
      return read;
    }
    Optional<String> beside = creditBeside(figure, figcaption);
    return beside.isEmpty() ? read : new FigureCaption(read.caption(), beside);
  }

  /**
   * The credit in a figure outside its caption: the first short element named for a credit or opening with its
   * label that holds no image, and no part named as the caption. Only the figure's first few elements are looked
   * at, in document order, where a credit stands: a figure that wraps a gallery costs no more than one image's.
   */
  private static Optional<String> creditBeside(Element figure, @Nullable Element figcaption) {
    Deque<Element> todo = new ArrayDeque<>();
    addChildren(todo, figure);
    for (int seen = 0; !todo.isEmpty() && seen < MAX_BESIDE_SEARCH; seen++) {
      Element e = todo.pollFirst();
      if (e == figcaption || Images.isImageTag(e.normalName()) || e.normalName().equals("picture")) {
        continue;
      }
      if (isCredit(e) && !holdsCaptionPart(e) && Images.first(e) == null) {
        Optional<String> credit = cleanCredit(Texts.normalise(e.text()));
        if (credit.isPresent() && credit.get().length() <= MAX_WHOLE_CREDIT) {
          return credit;
        }
      }
      addChildren(todo, e);
    }
    return Optional.empty();
  }

  /**
   * The caption of a figure that has no {@code <figcaption>}: its first element named as a caption ({@code <div
   * class="Figure-caption">}, {@code <span class=figcaption>}, {@code itemprop=caption}) that holds no image and is
   * not named for a credit. Only the figure's first few elements are looked at, in document order, as for a credit
   * beside the caption.
   *
   * @param figure the figure
   * @return the element, or null if the figure names none
   */
  public static @Nullable Element namedCaption(Element figure) {
    Deque<Element> todo = new ArrayDeque<>();
    addChildren(todo, figure);
    for (int seen = 0; !todo.isEmpty() && seen < MAX_BESIDE_SEARCH; seen++) {
      Element e = todo.pollFirst();
      String name = e.normalName();
      if (Images.isImageTag(name) || name.equals("picture")) {
        continue;
      }
      if (namedAsCaption(e) && !isNamedCredit(e) && Images.first(e) == null && hasLetterOrDigit(e.text())) {
        return e;
      }
      addChildren(todo, e);
    }
    return null;
  }

  private static boolean namedAsCaption(Element e) {
    return e.attributesSize() > 0 && (e.attr("itemprop").equalsIgnoreCase("caption") || Names.of(e).contains("caption"));
  }

  /**
   * Whether a text reads as a sentence, as a caption does and a credit does not: it ends with a full stop, "!" or
   * "?" after a word that is not an abbreviation, and three of its words or more are not capitalised ("The
   * harbour in winter, where the ferry waits."), where a credit's are names ("Jane Roe for The Example Times").
   */
  static boolean readsAsSentence(String text) {
    if (text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
      return false;
    }
    String last = text.substring(text.lastIndexOf(' ') + 1, text.length() - 1);
    if (last.indexOf('.') >= 0) {
      return false; // "e.V.", "nava.hu."
    }
    int lowerCase = 0;
    for (String word : text.split(" ")) {
      if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && ++lowerCase >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * The image with this caption and credit, where it has them: a caption read apart from the image it belongs to.
   *
   * @param image the image
   * @return the image, its caption and credit set from this one's
   */
  public Image on(Image image) {
    Image.Builder with = Image.builder().from(image);
    caption.ifPresent(with::caption);
    credit.ifPresent(with::credit);
    return with.build();
  }

  /**
   * Whether an element of the page is an image's caption, whose dates and names are the picture's: a figure's
   * {@code <figcaption>} ({@link #isFiguresCaption}) or an element inside one, or a text that opens with a figure's label ("Abbildung: ...",
   * "Fig. 2: ..."), as a caption set beside its image without a figure does.
   *
   * @param e the element
   * @param text its text
   * @return whether it is a caption
   */
  public static boolean isCaption(Element e, String text) {
    if (CaptionAfterImage.opensWithFigureLabel(text)) {
      return true;
    }
    Element p = e;
    for (int up = 0; up < MAX_CAPTION_DEPTH && p != null; up++, p = p.parent()) {
      if (p.normalName().equals("figcaption")) {
        return isFiguresCaption(p);
      }
    }
    return false;
  }

  /**
   * Whether a {@code <figcaption>} is a figure's: inside the figure, or set right after it, outside it, as Reuters
   * sets {@code <figure><img></figure><figcaption>}. One that holds a headline is a header set in a figcaption, whose
   * date is the article's: {@code <figure><img></figure><figcaption><small>31.01.2022</small><h1>...</h1>}.
   *
   * @param figcaption the {@code <figcaption>}
   * @return whether it is a figure's caption
   */
  public static boolean isFiguresCaption(Element figcaption) {
    if (figcaption.selectFirst("h1, h2, h3") != null) {
      return false;
    }
    Element parent = figcaption.parent();
    if (parent != null && parent.normalName().equals("figure")) {
      return true;
    }
    Element before = figcaption.previousElementSibling();
    return before != null && (before.normalName().equals("figure") || Images.isImageTag(before.normalName()));
  }

  /**
   * Reads a caption given as text, such as a JSON-LD {@code ImageObject}'s {@code caption}, taking apart a credit
   * that ends it.
   *
   * @param text the caption
   * @return the caption and the credit; both empty if the text is blank
   */
  public static FigureCaption ofText(String text) {
    return fromText(LEADING_PUNCTUATION.matcher(Texts.normalise(text)).replaceFirst(""));
  }

  /**
   * The elements inside a caption that hold its credit, each with all it holds ("<span class=credit><span
   * class=credit-label>Credit</span>: Jane Roe</span>"), but not a wrapper that holds the caption too
   * ({@code <div class=caption-credit><span class=caption>…}): then what it holds is looked at.
   */
  private static List<Element> creditElements(Element figcaption) {
    List<Element> found = new ArrayList<>();
    Deque<Element> todo = new ArrayDeque<>();
    addChildren(todo, figcaption);
    while (!todo.isEmpty()) {
      Element e = todo.pollFirst();
      if (isCredit(e) && !holdsCaptionPart(e)) {
        found.add(e);
      } else {
        addChildren(todo, e);
      }
    }
    return found;
  }

  /**
   * Puts an element's children at the front of the elements still to look at, in their order: by index, as
   * {@code children()} would copy the list of them for each element.
   */
  private static void addChildren(Deque<Element> todo, Element e) {
    for (int i = e.childrenSize() - 1; i >= 0; i--) {
      todo.addFirst(e.child(i));
    }
  }

  /** Whether an element holds one that is named or marked as the caption, and not as its credit. */
  private static boolean holdsCaptionPart(Element e) {
    for (Element inner : e.getAllElements()) {
      if (inner != e && inner.attributesSize() > 0 && !isNamedCredit(inner)) {
        String property = inner.attr("itemprop");
        String names = Names.of(inner);
        if (property.equalsIgnoreCase("caption") || property.equalsIgnoreCase("description")
            || names.contains("caption") || names.contains("description")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCredit(Element e) {
    if (isNamedCredit(e)) {
      return true;
    }
    // An element without text, such as a wrapper of the image, or with much of it, such as a wrapper of the image
    // and its caption, or of a gallery, is told without building its text.
    int kept = keptChars(e, MAX_LABELLED_CREDIT);
    if (kept == 0 || kept > MAX_LABELLED_CREDIT) {
      return false;
    }
    String text = Texts.normalise(e.text());
    return !text.isEmpty() && text.length() <= MAX_LABELLED_CREDIT && LABELLED.matcher(unwrap(text)).matches();
  }

  /**
   * How many characters of an element's text nodes its {@link Texts#normalise normalised} text keeps, one for
   * one, whatever stands around them: all but white space, which {@code text()} and {@code normalise} collapse and
   * trim, and the characters a browser does not show, which they drop. The text is as long as that or longer, by
   * the spaces between words; empty if it is 0. The count stops past the limit, so a large element costs no more
   * than a small one, where its text would be built whole.
   *
   * @return the count, or {@code limit + 1} if it is more than the limit
   */
  private static int keptChars(Element e, int limit) {
    int kept = 0;
    Element[] path = new Element[16];
    int[] next = new int[16];
    path[0] = e;
    int depth = 0;
    while (depth >= 0) {
      Element at = path[depth];
      int i = next[depth];
      if (i == at.childNodeSize()) {
        depth--;
        continue;
      }
      next[depth] = i + 1;
      Node child = at.childNode(i);
      if (child instanceof TextNode t) {
        String text = t.getWholeText();
        for (int k = 0, n = text.length(); k < n; k++) {
          if (kept(text.charAt(k)) && ++kept > limit) {
            return kept;
          }
        }
      } else if (child instanceof Element inner) {
        if (++depth == path.length) {
          path = Arrays.copyOf(path, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
        }
        path[depth] = inner;
        next[depth] = 0;
      }
    }
    return kept;
  }

  /**
   * Whether {@code Texts.normalise(e.text())} keeps a character of a text node as it is: not the white space that
   * jsoup's {@code text()} and {@link Texts#ALL_SPACES} collapse, nor the controls, soft hyphens, zero-width spaces,
   * word joiners and byte order marks that {@code text()} and {@link Texts#visible} drop.
   */
  private static boolean kept(char c) {
    if (c < '\u007f') {
      return c > ' '; // nearly every character: printable ASCII
    }
    return c > '\u00a0' && c != '\u00ad' && !Texts.ALL_SPACES.test(c) && c != '\u2060' && c != '\ufeff';
  }

  /** Whether an element's Microdata property or its names make it a credit. */
  private static boolean isNamedCredit(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String property = e.attr("itemprop").toLowerCase(Locale.ROOT);
    if (!property.isEmpty() && CREDIT_PROPERTIES.contains(property)) {
      return true;
    }
    String names = Names.of(e);
    for (String word : CREDIT_NAMES) {
      if (names.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Pattern lastCopyright(String sign) {
    return Pattern.compile("(?u)\\s*[|/–—-]?\\s*(?:" + sign + ")\\s*(?<credit>[^©|]{1,80})$");
  }

  /**
   * A labelled credit at the end of a caption: after a sentence or a bracket that ends a part of it, after a
   * separator, after a Chinese or Japanese full stop with no space ("…。写真：共同"), after the comma before a
   * Polish "fot.", and after a word, a label that is capitalised and followed by a colon
   * ("… on Saturday Photograph: Jane Roe/Reuters") or the New York Times' "Credit...". Each start is tried with a
   * look behind or a fixed word, so a caption costs one pass.
   */
  private static Pattern lastLabelled(String label) {
    return Pattern.compile("(?iu)(?:(?<=[.!?\"”»)])\\s++|(?<=[。！？])\\s*+|\\s*+[|–—]\\s*+|,\\s++(?=fot\\.\\s)"
        + "|(?<=\\S)\\s*+(?=(?-i:Credit)\\s*+(?:\\.{3}|…))"
        + "|\\s++(?=(?-i:Photograph|Photo|Photos|Foto|Fotos|Bild|Image|Picture|Illustration|Composite)\\s*+:))"
        + label + "\\s*(?<credit>(?:[^.:|。]|\\.(?=\\S)|" + INITIAL_DOT + "){1,80})[.。]?$");
  }

  /** The agencies and picture libraries that credit a picture, as alternatives of a regex. */
  private static String agencies() {
    return "reuters|ap|afp|dpa|epa|getty|getty images|istock|istockphoto|shutterstock|unsplash|imago|"
        + "picture[- ]alliance|keystone|anp|xinhua|bloomberg|efe|ansa|tass|apa|alamy|ddp|sipa|kyodo|yonhap|"
        + "adobe ?stock|pixabay|pexels|flickr|wikimedia|pa images|共同|ロイター|新华社|視覺中國|视觉中国";
  }

  /** A caption's text, with a credit that ends it taken apart. */
  private static FigureCaption fromText(String whole) {
    Matcher label = CAPTION_LABEL.matcher(whole);
    String text = label.lookingAt() ? whole.substring(label.end()) : whole;
    if (text.isEmpty()) {
      return NONE;
    }
    // Most captions hold no label at all: the regexes that look for one, at each of its characters, are not tried
    boolean labels = mayHoldLabel(text);
    // "Foto: Die neue Fähre legt am Montag ab." is a caption that a label opens, not a credit
    if (labels && LABELLED.matcher(unwrap(text)).matches() && !readsAsSentence(text)) {
      return new FigureCaption(Optional.empty(), cleanCredit(text));
    }
    int start = -1;
    Matcher brackets = LAST_BRACKETS.matcher(text);
    if (brackets.find() && creditInBrackets(brackets.group("inner"), text.substring(0, brackets.start()))) {
      start = brackets.start();
    } else {
      // "Panels (a), (b) and (c) show the quay": there "(c)" is the third panel, not a copyright
      boolean panels = text.contains("(a)") || text.contains("(b)") || text.contains("(A)") || text.contains("(B)");
      Matcher copyright = (panels ? LAST_COPYRIGHT_BUT_PANEL : LAST_COPYRIGHT).matcher(text);
      Matcher labelled = (panels ? LAST_LABELLED_BUT_PANEL : LAST_LABELLED).matcher(text);
      if (mayHoldCopyright(text, panels) && copyright.find()) {
        start = copyright.start();
      } else if (labels && labelled.find()) {
        start = labelled.start();
      }
    }
    if (start < 0) {
      return new FigureCaption(Optional.of(text), Optional.empty());
    }
    Optional<String> credit = cleanCredit(text.substring(start));
    if (credit.isEmpty()) {
      return new FigureCaption(Optional.of(text), Optional.empty());
    }
    String caption = withoutTrailingSeparator(text.substring(0, start));
    return new FigureCaption(hasLetterOrDigit(caption) ? Optional.of(caption) : Optional.empty(), credit);
  }

  /**
   * Whether a text may hold a credit's label ({@link #LABEL}): every one of its alternatives holds a ©, a colon
   * ({@link #LABEL_WORD}'s), an ellipsis ("Credit..."), or "(c)", "photo", "fot" or "image source," in any case as
   * {@code (?iu)} folds it. Most captions hold none of these, and the regexes that hold a label would try each of
   * their words at each of the caption's characters.
   */
  static boolean mayHoldLabel(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '©' || c == ':' || c == '：' || c == '…' || c == '.' && text.startsWith("...", i)) {
        return true;
      }
      char f = CaseFold.fold(c);
      if (f == '(' && CaseFold.foldedAt(text, i, "(c)") || f == 'p' && CaseFold.foldedAt(text, i, "photo")
          || f == 'f' && CaseFold.foldedAt(text, i, "fot")
          || f == 'i' && CaseFold.foldedAt(text, i, "image source,")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text may hold the sign of {@link #LAST_COPYRIGHT}, or of {@link #LAST_COPYRIGHT_BUT_PANEL}: a © or, but
   * among panels, a "(c)" or "(C)", which that regex, without {@code (?i)}, takes in these two cases only.
   */
  private static boolean mayHoldCopyright(String text, boolean panels) {
    return text.indexOf('©') >= 0 || !panels && (text.contains("(c)") || text.contains("(C)"));
  }

  /**
   * The text without the separators, or the label left without its credit, that end it ({@link
   * #TRAILING_SEPARATOR}). The regex's match ends with white space, a separator or a label's last character, or
   * before a line terminator that ends the text; a text that ends with any other character, as nearly every
   * caption does with a letter or a full stop, is not searched.
   */
  private static String withoutTrailingSeparator(String text) {
    if (!text.isEmpty() && TRAILING_ENDS.indexOf(text.charAt(text.length() - 1)) < 0
        && !Texts.isRegexSpace(text.charAt(text.length() - 1))) {
      return text;
    }
    return TRAILING_SEPARATOR.matcher(text).replaceFirst("");
  }

  /**
   * Whether a caption's last brackets hold its credit: a label, an agency beside a name ("Jane Roe/Reuters"), or an
   * agency alone ("(AP)") unless its letters are those of the words before it ("Environmental Protection Agency
   * (EPA)", "Deutsche Presse-Agentur (dpa)", the parts of a hyphenated word counted apart or not), which it
   * abbreviates.
   */
  private static boolean creditInBrackets(String inner, String before) {
    String trimmed = inner.strip();
    if (LABELLED.matcher(trimmed).matches() || trimmed.indexOf('/') > 0 && AGENCY.matcher(trimmed).find()) {
      return true;
    }
    if (!AGENCY_ALONE.matcher(trimmed).matches()) {
      return false;
    }
    if (!ACRONYM.matcher(trimmed).matches()) {
      return true;
    }
    String letters = trimmed.toUpperCase(Locale.ROOT);
    return !initialsOf(before, letters.length(), false).equals(letters)
        && !initialsOf(before, letters.length(), true).equals(letters);
  }

  /**
   * The capitalised initials of the last words of a text, as many as asked or fewer.
   *
   * @param hyphenParts whether each part of a hyphenated word is a word of its own ("Presse-Agentur")
   */
  private static String initialsOf(String text, int words, boolean hyphenParts) {
    StringBuilder initials = new StringBuilder();
    int end = text.length();
    while (initials.length() < words) {
      int start = hyphenParts ? Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('-', end - 1))
          : text.lastIndexOf(' ', end - 1);
      String word = text.substring(start + 1, end);
      if (!word.isEmpty()) {
        initials.insert(0, Character.toUpperCase(word.charAt(0)));
      }
      if (start < 0) {
        break;
      }
      end = start;
    }
    return initials.toString();
  }

  /** The credit without its separator, label, brackets and closing full stop; empty if nothing is left. */
  static Optional<String> cleanCredit(String text) {
    String t = unwrap(LEADING_SEPARATOR.matcher(text.strip()).replaceFirst(""));
    // The New York Times' "Credit Jane Roe", with no colon after the label
    t = UNMARKED_CREDIT_LABEL.matcher(t).replaceFirst("");
    // "© Copyright: Jane Roe": a label may follow another
    for (int labels = 0; labels < 2; labels++) {
      Matcher labelled = LABELLED.matcher(t);
      if (labelled.matches()) {
        t = labelled.group("credit").strip();
      }
    }
    t = TRAILING_COMMAS.matcher(t).replaceFirst("");
    if (t.endsWith(".") && closesASentence(t)) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return hasLetter(t) ? Optional.of(t) : Optional.empty();
  }

  /**
   * The text inside brackets that enclose all of it, with or without a full stop after them: "(Foto: dpa)." A text
   * that opens and closes with brackets of different pairs, "(left) and (right)", is left as it is.
   */
  private static String unwrap(String text) {
    String t = text.endsWith(").") || text.endsWith("].") || text.endsWith("）。")
        ? text.substring(0, text.length() - 1) : text;
    if (t.length() >= 2 && (t.charAt(0) == '(' && t.endsWith(")") || t.charAt(0) == '[' && t.endsWith("]")
        || t.charAt(0) == '（' && t.endsWith("）"))) {
      String inner = t.substring(1, t.length() - 1);
      if (balanced(inner)) {
        return inner.strip();
      }
    }
    return text;
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (int i = 0; i < text.length() && depth >= 0; i++) {
      char c = text.charAt(i);
      depth += c == '(' || c == '[' || c == '（' ? 1 : c == ')' || c == ']' || c == '）' ? -1 : 0;
    }
    return depth == 0;
  }

  /** Whether a credit's final full stop ends a sentence rather than an abbreviation: "Inc.", "e.V.", "Jr.". */
  private static boolean closesASentence(String credit) {
    String last = credit.substring(credit.lastIndexOf(' ') + 1, credit.length() - 1);
    return last.length() > 3 && last.indexOf('.') < 0;
  }

  /** Whether a credit names someone: "© 2019" names no one. */
  private static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** Whether what is left of a caption holds a word or a number, not only punctuation: ". " before "Imagen: Télam". */
  private static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

package io.github.newsmodel.html.internal.charset;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The charset that a page which declares none and is not UTF-8 was most likely written in, by the country-code
 * domain of its host, as Firefox chooses its fallback: an old undeclared page of a {@code .ru} site is in
 * windows-1251, of a {@code .jp} site in Shift_JIS or EUC-JP, of a {@code .cn} site in GBK. Read in windows-1252,
 * such a page is nothing but accented Latin letters ("Ïàðîì"). Domains that several scripts share, and those used
 * worldwide ({@code .io}, {@code .tv}), give none, and windows-1252 stays the fallback.
 */
public final class DomainFallback {
  private static final Map<String, Charset> BY_DOMAIN = byDomain();
  private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
  private static final Charset EUC_JP = Charset.forName("EUC-JP");

  private DomainFallback() {}

  /**
   * The fallback charset for a page of a host.
   *
   * @param url the page's URL; for a web archive's copy, the original URL
   * @param bytes the page's bytes, which tell Shift_JIS from EUC-JP on a Japanese domain
   * @return the charset; empty for a URL without a host or of a domain that names no one charset
   */
  public static Optional<Charset> of(URI url, byte[] bytes) {
    String host = url.getHost();
    if (host == null) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    Charset charset = BY_DOMAIN.get(h.substring(h.lastIndexOf('.') + 1));
    if (charset == null) {
      return Optional.empty();
    }
    // Japanese pages were written in both; EUC-JP's two-byte characters are mostly malformed in Shift_JIS.
    return Optional.of(charset.equals(SHIFT_JIS) && !decodes(bytes, SHIFT_JIS) && decodes(bytes, EUC_JP) ? EUC_JP
        : charset);
  }

  private static boolean decodes(byte[] bytes, Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Map<String, Charset> byDomain() {
    Map<String, Charset> domains = new HashMap<>();
    // The Cyrillic-writing countries whose legacy pages are in windows-1251.
    add(domains, "windows-1251", "ru", "by", "ua", "bg", "mk", "kz", "kg", "tj", "mn", "su", "xn--p1ai");
    // Central European countries of the Latin script.
    add(domains, "windows-1250", "pl", "cz", "sk", "hu", "si", "hr", "ro");
    add(domains, "windows-1257", "lt", "lv", "ee");
    add(domains, "ISO-8859-7", "gr");
    add(domains, "windows-1254", "tr");
    add(domains, "windows-1255", "il");
    add(domains, "windows-1256", "sa", "ae", "eg", "iq", "ir", "jo", "kw", "lb", "ly", "om", "qa", "sy", "ye", "bh",
        "sd");
    add(domains, "x-windows-874", "th");
    add(domains, "windows-1258", "vn");
    add(domains, "windows-31j", "jp");
    add(domains, "x-windows-949", "kr");
    add(domains, "GB18030", "cn");
    add(domains, "Big5-HKSCS", "tw", "hk", "mo");
    return Map.copyOf(domains);
  }

  private static void add(Map<String, Charset> domains, String charset, String... tlds) {
    Charset c = Charset.forName(charset);
    for (String tld : tlds) {
      domains.put(tld, c);
    }
  }
}

package io.github.newsmodel.html;

import static io.github.newsmodel.html.HostilePages.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Parsing never fetches anything. Pages point every kind of reference at a server on this machine that counts
 * the connections it accepts, and at hosts that do not exist: style sheets, scripts, images, frames, a base URL,
 * a refresh, JSON-LD contexts, a DTD and external XML entities. Meanwhile a proxy selector records every URL that
 * Java's URL loading (URLConnection, HttpClient) is asked to open, before any host name is looked up.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES) // the default ProxySelector is JVM-wide
class NoNetworkTest {
  private final List<URI> urlsOpened = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private ServerSocket server;
  private Thread acceptor;
  private ProxySelector previous;

  @BeforeEach
  void listenAndRecord() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          server.accept().close();
          connections.incrementAndGet();
        } catch (IOException e) {
          return; // closed
        }
      }
    }, "no-network-listener");
    acceptor.setDaemon(true);
    acceptor.start();
    previous = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        urlsOpened.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // recorded in select
      }
    });
  }

  @AfterEach
  void stop() throws Exception {
    ProxySelector.setDefault(previous);
    server.close();
    acceptor.join(5_000);
  }

  /** A page that refers to {@code base} in every way a page can. */
  private static String page(String base) {
    return "<?xml version='1.0'?><?xml-stylesheet href='" + base + "/style.xsl'?>"
        + "<!DOCTYPE html SYSTEM '" + base + "/html.dtd' [<!ENTITY ext SYSTEM '" + base + "/entity'>]>"
        + "<html><head><base href='" + base + "/base/'><title>Everything points away &ext;</title>"
        + "<meta http-equiv=refresh content='0; url=" + base + "/refresh'>"
        + "<link rel=stylesheet href='" + base + "/style.css'><style>@import url(" + base + "/import.css);</style>"
        + "<script src='" + base + "/script.js'></script><link rel=canonical href='" + base + "/canonical'>"
        + "<link rel=preload href='" + base + "/preload'><link rel=manifest href='" + base + "/manifest.json'>"
        + "<meta property=og:image content='" + base + "/og.jpg'><meta property=og:url content='" + base + "/og'>"
        + "<script type=application/ld+json>{\"@context\": \"" + base + "/context.jsonld\", \"@type\": "
        + "\"NewsArticle\", \"headline\": \"Everything points away\", \"image\": \"" + base + "/ld.jpg\", "
        + "\"author\": {\"@id\": \"" + base + "/author\", \"@context\": [\"" + base + "/ctx2\"], \"name\": "
        + "\"Jane Roe\", \"url\": \"" + base + "/jane\"}, \"mainEntityOfPage\": {\"@id\": \"" + base + "/page\"}, "
        + "\"publisher\": {\"@type\": \"Organization\", \"name\": \"Example\", \"logo\": {\"url\": \"" + base
        + "/logo.png\"}}}</script></head>"
        + "<body style='background: url(" + base + "/bg.png)'><article><h1>Everything points away</h1>"
        + "<p class=byline>By <a rel=author href='" + base + "/jane'>Jane Roe</a></p>"
        + "<p>" + PARAGRAPH + " <a href='" + base + "/more'>More</a></p>"
        + "<img src='" + base + "/image.jpg' srcset='" + base + "/image-2x.jpg 2x' width=600 height=400>"
        + "<picture><source srcset='" + base + "/pic.webp'><img src='" + base + "/pic.jpg' width=600></picture>"
        + "<iframe src='" + base + "/frame'></iframe><object data='" + base + "/object'></object>"
        + "<svg><image href='" + base + "/svg.png'/><use href='" + base + "/sprite.svg#x'/></svg>"
        + "<video src='" + base + "/video.mp4' poster='" + base + "/poster.jpg'></video>"
        + "<blockquote cite='" + base + "/quote'><p>A quote that is long enough to be kept as one.</p></blockquote>"
        + "</article><section id=comments><ol class=comment-list><li class=comment id=comment-1>"
        + "<div class=comment-author><img class=avatar src='" + base + "/avatar.png' width=40>"
        + "<a href='" + base + "/mallory' class=url>Mallory</a></div><div class=comment-content><p>First.</p>"
        + "</div></li></ol></section><form action='" + base + "/comment' method=post><textarea name=comment>"
        + "</textarea></form><footer><p>Contact.</p></footer></body></html>";
  }

  @Test
  void parsingAPageThatPointsEverywhereOpensNothing() throws IOException {
    String local = "http://127.0.0.1:" + server.getLocalPort();
    for (String base : List.of(local, "https://no-such-host.invalid", "http://localhost:" + server.getLocalPort())) {
      String html = page(base);
      URI url = URI.create(base + "/2024/05/01/story");

      Article fromText = HtmlArticles.parse(html, url);
      HtmlArticles.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), url);
      HtmlArticles.parse(Jsoup.parse(html, url.toString()), url, ParseOptions.defaults());
      HtmlArticles.parse(html, URI.create("https://web.archive.org/web/20240501000000/" + url));
      HtmlArticles.parse(html, URI.create("file:///home/reader/saved.html"));

      assertThat(fromText.text()).contains(PARAGRAPH);
    }

    assertThat(connections).as("connections to the local server").hasValue(0);
    assertThat(urlsOpened).as("URLs Java was asked to open").isEmpty();
  }

  @Test
  void everySiteParserOpensNothingEither() {
    String local = "http://127.0.0.1:" + server.getLocalPort();
    String html = Pages.text("afterdawn-allofmp3-ifpi-raid.html").replaceAll("(href|src)=\"(https?:)?//[^/\"]*",
        "$1=\"" + local);

    for (SiteParser parser : SiteParsers.discovered().parsers()) {
      for (String host : parser.hosts()) {
        HtmlArticles.parse(html, URI.create("http://www." + host + "/news/article.cfm/2007/05/24/a"));
      }
    }
    HtmlArticles.parse(html, Pages.ALLOFMP3);

    assertThat(connections).hasValue(0);
    assertThat(urlsOpened).isEmpty();
  }

  @Test
  void theProbesWork() throws Exception {
    // So that the tests above can fail: a connection and a URL opened the usual ways are seen.
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      s.getOutputStream().write(1);
    }
    try {
      URI.create("http://127.0.0.1:" + server.getLocalPort() + "/probe").toURL().openStream().close();
    } catch (IOException e) {
      // the listener closes at once; the attempt is what counts
    }
    for (int i = 0; i < 100 && connections.get() < 2; i++) {
      Thread.sleep(20);
    }

    assertThat(connections.get()).isGreaterThanOrEqualTo(2);
    assertThat(urlsOpened).extracting(URI::getPath).contains("/probe");
  }
}

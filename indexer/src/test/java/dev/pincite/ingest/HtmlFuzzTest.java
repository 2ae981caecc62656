package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: no page stops a batch. Thousands of mutated pages (cut off, tags shuffled, attributes
 * dropped, random bytes written in), generated here from a fixed seed, each give an article or a
 * {@link BadDocumentException}, never another exception.
 */
class HtmlFuzzTest {

  private static final long SEED = 14_18L;
  private static final int PAGES = 2_000;
  private static final Pattern TAG = Pattern.compile("<[^<>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile(" [a-z-]+=\"[^\"]*\"");

  private final ArticleLoader loader = new ArticleLoader();

  @Test
  void everyMutatedPageGivesAnArticleOrABadDocument() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int articles = 0;
    int bad = 0;
    for (int i = 0; i < PAGES; i++) {
      String base = BASES.get(i % BASES.size());
      byte[] page = mutate(base, i % 5, random);
      try {
        loader.parse(page, "fuzz-" + i + ".html");
        articles++;
      } catch (BadDocumentException e) {
        bad++;
      } catch (RuntimeException | StackOverflowError e) {
        failures.add("page " + i + " (mutation " + i % 5 + "): " + e);
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(PAGES, articles + bad);
    // the mutations must leave most pages readable, or the test would only exercise refusals
    assertTrue(articles > PAGES / 2, articles + " articles of " + PAGES);
  }

  private static byte[] mutate(String base, int kind, Random random) {
    return switch (kind) {
      case 0 -> truncated(base, random);
      case 1 -> shuffledTags(base, random).getBytes(StandardCharsets.UTF_8);
      case 2 -> droppedAttributes(base, random).getBytes(StandardCharsets.UTF_8);
      case 3 -> randomBytes(base.getBytes(StandardCharsets.UTF_8), random);
      default ->
          randomBytes(
              truncated(droppedAttributes(shuffledTags(base, random), random), random), random);
    };
  }

  /** Cut anywhere, also inside a tag, an entity or a multi-byte character. */
  private static byte[] truncated(String page, Random random) {
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    int length = 1 + random.nextInt(bytes.length);
    byte[] cut = new byte[length];
    System.arraycopy(bytes, 0, cut, 0, length);
    return cut;
  }

  /** Tags swapped with each other, some duplicated or dropped: closing before opening, etc. */
  private static String shuffledTags(String page, Random random) {
    Matcher m = TAG.matcher(page);
    List<int[]> spans = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      tags.add(m.group());
    }
    int swaps = 1 + random.nextInt(Math.max(1, tags.size() / 4));
    for (int s = 0; s < swaps; s++) {
      Collections.swap(tags, random.nextInt(tags.size()), random.nextInt(tags.size()));
    }
    for (int s = 0; s < 3; s++) {
      int at = random.nextInt(tags.size());
      tags.set(at, random.nextBoolean() ? "" : tags.get(at) + tags.get(at));
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int t = 0; t < spans.size(); t++) {
      out.append(page, last, spans.get(t)[0]).append(tags.get(t));
      last = spans.get(t)[1];
    }
    return out.append(page.substring(last)).toString();
  }

  private static String droppedAttributes(String page, Random random) {
    Matcher m = ATTRIBUTE.matcher(page);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, random.nextInt(3) == 0 ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Bytes overwritten or inserted: markup characters, NUL, lone UTF-8 lead bytes, anything. */
  private static byte[] randomBytes(byte[] page, Random random) {
    byte[] special = {'<', '>', '&', '"', '\'', '/', '=', 0, (byte) 0xc3, (byte) 0xe2, (byte) 0xff};
    List<Byte> out = new ArrayList<>(page.length + 64);
    for (byte b : page) {
      out.add(b);
    }
    int edits = 1 + random.nextInt(40);
    for (int e = 0; e < edits && !out.isEmpty(); e++) {
      byte value =
          random.nextBoolean()
              ? special[random.nextInt(special.length)]
              : (byte) random.nextInt(256);
      int at = random.nextInt(out.size());
      if (random.nextBoolean()) {
        out.set(at, value);
      } else {
        out.add(at, value);
      }
    }
    byte[] bytes = new byte[out.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = out.get(i);
    }
    return bytes;
  }

  private static final String ARTICLE =
      """
      <article class="post"><header><h1 class="entry-title">Harbour vote delayed</h1>
      <p class="byline">By <a rel="author" href="/jane">Jane Doe</a>, <time datetime="2026-03-02">2 March 2026</time></p></header>
      <p class="lead">The council postponed its vote on the harbour plan, citing costs, the schedule and new rules.</p>
      <p>Members said the figures had changed since spring, and that the ferry operators had asked for more time.<br><br>
      A second paragraph made of br runs, with <b>bold</b>, <i>italic</i> and <a href="#note">a note</a>.<br><br>And a third.</p>
      <figure><img src="a.jpg" alt="The harbour"><figcaption>The harbour at dawn. Photo: Agency</figcaption></figure>
      <h2>What comes next</h2><ul><li>A new survey</li><li>A public meeting, <em>in May</em></li></ul>
      <table><thead><tr><th>Year</th><th>Cost</th></tr></thead><tr><td>2025</td><td>4.1 m</td></tr><tr><td>2026</td><td>5.3 m</td></tr></table>
      <blockquote>"We cannot decide on numbers we have not seen," said the mayor.</blockquote>
      <div class="share"><a href="https://x.example/share">Share</a> <a href="mailto:?">Mail</a></div>
      </article>
      """;

  private static final List<String> BASES =
      List.of(
          """
          <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour vote delayed | Harbour News</title>
          <meta property="og:site_name" content="Harbour News"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Jane Doe"},"datePublished":"2026-03-02"}</script>
          <style>.x{display:none}</style></head><body>
          <nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
          <div id="cookie" role="dialog">We use cookies. <button>Accept</button></div>
          <main><div class="content">"""
              + ARTICLE
              + """
          </div><aside class="sidebar"><h3>Related</h3><ul><li><a href="/a">Other story</a></li><li><a href="/b">Another</a></li></ul></aside></main>
          <!-- a comment --><div style="display:none">hidden text</div>
          <footer><p>© Harbour News</p><form><input name="email"><button>Subscribe</button></form></footer>
          </body></html>
          """,
          """
          <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Old page</title></head>
          <body bgcolor="white"><table width="100%"><tr><td class="nav"><a href="a.html">A</a><br><a href="b.html">B</a></td>
          <td><font size="2">Caf&eacute; notes &amp; more, written long ago, with commas, clauses, and asides.<br><br>
          Second paragraph of the old page, which has no closing tags at all<p>and a third one
          <div><span><b>nested <i>inline</b> markup</span> misnested</i></div></td></tr></table>
          """,
          "<div>"
              + ARTICLE.repeat(3)
              + "<div><div><div><p>deep text in the page</p></div></div></div>");
}

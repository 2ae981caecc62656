package dev.pincite.bench;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.StableIds;
import dev.pincite.claims.Stance;
import dev.pincite.index.IndexFolder;
import dev.pincite.index.ReindexTarget;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.Block;
import dev.pincite.ingest.Corpus;
import dev.pincite.ingest.DocumentMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.jsoup.nodes.Entities;

/**
 * A synthetic research archive of exactly N claims for benchmarks: real English sentences (1 to 3
 * per claim) with speakers, companies, outlets, types, stances and dates drawn from skewed
 * (Zipf-like) distributions, as a real archive has a few prolific speakers and a long tail. The
 * same seed and sentence pool always give the same documents, claims and ids.
 *
 * <p>A pool of a few thousand sentences cannot give a million different claims by itself: drawn
 * uniformly, every sentence would recur hundreds of times and no word would be rare. So each claim
 * sentence is drawn from the pool by popularity (Zipf–Mandelbrot over a seed-shuffled order: some
 * sentences are quoted often, most seldom, so their words range from frequent to rare), a quarter
 * of them are spliced at a comma with another sentence's last clause, and about one content word in
 * ten is replaced by a word drawn by frequency (Zipf) from the pool's own vocabulary.
 *
 * <p>It can write the claims straight into a Pincite index or Solr collection through a {@link
 * ReindexTarget} (for the search benchmark: no extraction needed to get a million claims) and write
 * the same documents as HTML pages with a registry (for the reindex benchmark). Immutable and
 * thread safe; each {@link #documents()} walk starts again from the seed.
 */
public final class SyntheticCorpus {

  /** Claim types with their shares of a commentary archive. */
  private static final ClaimType[] TYPES = {
    ClaimType.CLAIM,
    ClaimType.EVIDENCE,
    ClaimType.CONTEXT,
    ClaimType.PREDICTION,
    ClaimType.COUNTERCLAIM,
    ClaimType.RECOMMENDATION
  };

  private static final double[] TYPE_SHARES = {0.40, 0.20, 0.15, 0.10, 0.08, 0.07};
  private static final Stance[] STANCES = {Stance.NEUTRAL, Stance.BULLISH, Stance.BEARISH};
  private static final double[] STANCE_SHARES = {0.45, 0.30, 0.25};
  private static final LocalDate FIRST_MONTH = LocalDate.of(2019, 1, 1);
  private static final int MONTHS = 94; // 2019-01 .. 2026-10
  private static final double SPLICE_SHARE = 0.25;
  private static final double SWAP_SHARE = 0.10;
  private static final int MIN_WORD = 4;

  private final long claims;
  private final long seed;

  /** The pool in popularity order for this seed: index 0 is quoted most. */
  private final List<String> sentences;

  /** The pool's content words, most frequent first. */
  private final List<String> words;

  private final List<String> speakers;
  private final List<String> companies;
  private final List<String> outlets;
  private final Zipf speakerDraw;
  private final Zipf companyDraw;
  private final Zipf outletDraw;
  private final Zipf monthDraw = new Zipf(MONTHS, 0.6);
  private final Zipf sentenceDraw;
  private final Zipf wordDraw;

  /**
   * @param claims how many claims, at least 1
   * @param seed the random seed
   * @param sentences the sentence pool, at least 10 sentences
   */
  public SyntheticCorpus(long claims, long seed, List<String> sentences) {
    if (claims < 1) {
      throw new IllegalArgumentException("claims must be >= 1, got " + claims);
    }
    if (sentences.size() < 10) {
      throw new IllegalArgumentException("need >= 10 sentences, got " + sentences.size());
    }
    this.claims = claims;
    this.seed = seed;
    this.sentences = shuffled(sentences, seed);
    this.words = vocabulary(sentences);
    this.sentenceDraw = new Zipf(this.sentences.size(), 1.0, 50);
    this.wordDraw = new Zipf(Math.max(1, words.size()), 1.0);
    Vocabulary words = Vocabulary.load();
    this.speakers = words.combine("first-names", "surnames", " ", 2000);
    this.companies = words.combine("company-stems", "company-suffixes", " ", 600);
    this.outlets = words.combine("outlet-first", "outlet-second", " ", 100);
    this.speakerDraw = new Zipf(speakers.size(), 1.05);
    this.companyDraw = new Zipf(companies.size(), 1.1);
    this.outletDraw = new Zipf(outlets.size(), 0.9);
  }

  /** How many claims the corpus holds. */
  public long claims() {
    return claims;
  }

  /** The random seed. */
  public long seed() {
    return seed;
  }

  /**
   * One synthetic document.
   *
   * @param article the article as ingestion would produce it
   * @param claims its claims, each with the sentences it is made of
   */
  public record Document(Article article, List<SyntheticClaim> claims) {}

  /**
   * One synthetic claim.
   *
   * @param claim the claim as extraction would produce it
   * @param sentences the pool sentences its text is made of
   */
  public record SyntheticClaim(Claim claim, List<String> sentences) {}

  /** The documents in order; their claims add up to exactly {@link #claims()}. */
  public Iterable<Document> documents() {
    return () -> new Walk(new SplittableRandom(seed));
  }

  /**
   * Writes every claim into a new index (replacing what the folder held) and commits once.
   *
   * @param indexDir the index folder
   * @param threads writer threads
   * @return how many documents were written
   * @throws IOException on write failure
   */
  public long writeIndex(Path indexDir, int threads) throws IOException {
    Files.createDirectories(indexDir);
    return write(new IndexFolder(indexDir), threads);
  }

  /**
   * Writes every claim into a new archive (an index folder or a Solr collection, replacing what it
   * held) and commits once.
   *
   * @param target where to write
   * @param threads writer threads
   * @return how many documents were written
   * @throws IOException on write failure
   */
  public long write(ReindexTarget target, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 4);
    List<Future<?>> pending = new ArrayList<>();
    long documents = 0;
    try (ReindexTarget.Writer writer = target.writer(true)) {
      for (Document doc : documents()) {
        acquire(inFlight);
        pending.add(
            pool.submit(
                () -> {
                  try {
                    writer.replaceFile(
                        ReindexTarget.FileVersion.of(doc.article(), claimsOf(doc), "synthetic"));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  } finally {
                    inFlight.release();
                  }
                }));
        documents++;
        if (pending.size() > 1024) {
          drain(pending);
        }
      }
      drain(pending);
      writer.commit("synthetic-" + seed);
    } finally {
      pool.shutdownNow();
    }
    return documents;
  }

  /**
   * Writes every document as an HTML page below a corpus folder, with a registry naming the
   * synthetic people, companies and outlets, as {@code pincite reindex} expects to find them.
   *
   * @param corpusDir the corpus folder (created when missing)
   * @return how many bytes of HTML were written
   * @throws IOException on write failure
   */
  public long writeHtml(Path corpusDir) throws IOException {
    Path registry = Files.createDirectories(new Corpus(corpusDir).registryDir());
    Files.writeString(
        registry.resolve("people.tsv"), String.join("\n", speakers) + "\n", StandardCharsets.UTF_8);
    StringBuilder orgs = new StringBuilder();
    companies.forEach(c -> orgs.append(c).append("\tcompany\t\n"));
    outlets.forEach(o -> orgs.append(o).append("\toutlet\t\n"));
    Files.writeString(registry.resolve("organisations.tsv"), orgs, StandardCharsets.UTF_8);
    long bytes = 0;
    for (Document doc : documents()) {
      Path file = corpusDir.resolve(doc.article().path());
      Files.createDirectories(file.getParent());
      byte[] html = html(doc).getBytes(StandardCharsets.UTF_8);
      Files.write(file, html);
      bytes += html.length;
    }
    return bytes;
  }

  /** A document as a news page: metadata in the head, navigation and footer around the article. */
  static String html(Document doc) {
    Article a = doc.article();
    StringBuilder out = new StringBuilder(8192);
    out.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(Entities.escape(a.title()))
        .append(" | ")
        .append(Entities.escape(a.site()))
        .append("</title>\n");
    meta(out, "name", "author", a.byline());
    meta(out, "property", "og:site_name", a.site());
    meta(out, "property", "og:title", a.title());
    meta(out, "property", "article:published_time", a.published());
    out.append(
            "</head><body>\n<header><nav><a href=\"/\">Home</a> <a href=\"/markets\">Markets</a>")
        .append(" <a href=\"/tech\">Tech</a> <a href=\"/about\">About</a></nav></header>\n")
        .append("<main><article>\n<h1>")
        .append(Entities.escape(a.title()))
        .append("</h1>\n<p class=\"byline\">By ")
        .append(Entities.escape(a.byline()))
        .append("</p>\n");
    int paragraph = 0;
    String section = null;
    for (SyntheticClaim sc : doc.claims()) {
      Claim c = sc.claim();
      if (c.paragraph() != paragraph) {
        if (paragraph != 0) {
          out.append("</p>\n");
        }
        if (c.section() != null && !c.section().equals(section)) {
          out.append("<h2>").append(Entities.escape(c.section())).append("</h2>\n");
          section = c.section();
        }
        out.append("<p>");
        paragraph = c.paragraph();
      } else {
        out.append(' ');
      }
      out.append(Entities.escape(attributed(sc)));
    }
    out.append("</p>\n</article></main>\n<footer><p>© ")
        .append(Entities.escape(a.site()))
        .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>\n")
        .append("</body></html>\n");
    return out.toString();
  }

  /** The claim's text with its speaker named the way news prose does ("…," said X.). */
  private static String attributed(SyntheticClaim sc) {
    Claim c = sc.claim();
    if (c.speaker() == null || !c.attributed()) {
      return c.text();
    }
    String first = sc.sentences().get(0);
    String quoted = "“" + first.substring(0, first.length() - 1) + ",” said " + c.speaker() + ".";
    List<String> rest = sc.sentences().subList(1, sc.sentences().size());
    return rest.isEmpty() ? quoted : quoted + " " + String.join(" ", rest);
  }

  private static void meta(StringBuilder out, String attr, String name, String value) {
    if (value != null) {
      out.append("<meta ")
          .append(attr)
          .append("=\"")
          .append(name)
          .append("\" content=\"")
          .append(Entities.escape(value))
          .append("\">\n");
    }
  }

  private static List<Claim> claimsOf(Document doc) {
    return doc.claims().stream().map(SyntheticClaim::claim).toList();
  }

  private static void acquire(Semaphore semaphore) throws IOException {
    try {
      semaphore.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void drain(List<Future<?>> pending) throws IOException {
    for (Future<?> future : pending) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw new IOException("writing the synthetic index failed", e.getCause());
      }
    }
    pending.clear();
  }

  /** Generates the documents one after another from one random stream. */
  private final class Walk implements Iterator<Document> {
    private final SplittableRandom random;
    private long left = claims;
    private int index;

    Walk(SplittableRandom random) {
      this.random = random;
    }

    @Override
    public boolean hasNext() {
      return left > 0;
    }

    @Override
    public Document next() {
      if (left <= 0) {
        throw new NoSuchElementException();
      }
      double u = random.nextDouble();
      int size = (int) Math.min(left, 5 + (long) (u * u * 50));
      left -= size;
      return document(index++, size, random);
    }
  }

  private Document document(int index, int size, SplittableRandom random) {
    String path = String.format(Locale.ROOT, "docs/%03d/d%07d.html", index / 1000, index);
    String site = outlets.get(outletDraw.draw(random));
    LocalDate month = FIRST_MONTH.plusMonths(MONTHS - 1 - monthDraw.draw(random));
    String published = month.plusDays(random.nextInt(28)).toString();
    String byline = speakers.get(speakerDraw.draw(random));
    String title = title(sentence(random));
    List<String> cast = new ArrayList<>();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      cast.add(speakers.get(speakerDraw.draw(random)));
    }
    String mainCompany = companies.get(companyDraw.draw(random));
    List<SyntheticClaim> claims = new ArrayList<>(size);
    Set<String> ids = new HashSet<>();
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraphText = new StringBuilder();
    int paragraph = 0;
    int paragraphLeft = 0;
    String section = null;
    for (int i = 0; i < size; i++) {
      if (paragraphLeft == 0) {
        if (paragraph > 0) {
          blocks.add(Block.paragraph(paragraphText.toString()));
          paragraphText.setLength(0);
        }
        if (paragraph % 4 == 0 && random.nextDouble() < 0.7) {
          section = title(sentence(random));
          blocks.add(Block.heading(section));
        }
        paragraph++;
        paragraphLeft = 1 + random.nextInt(4);
      }
      paragraphLeft--;
      SyntheticClaim claim =
          claim(path, paragraph, section, cast, mainCompany, claims, ids, random);
      claims.add(claim);
      paragraphText.append(paragraphText.isEmpty() ? "" : " ").append(claim.claim().text());
    }
    blocks.add(Block.paragraph(paragraphText.toString()));
    Article article =
        new Article(
            path,
            new DocumentMetadata(
                title, byline, site, published, "https://news.example/" + path, "en"),
            blocks,
            List.of());
    return new Document(article, List.copyOf(claims));
  }

  private SyntheticClaim claim(
      String path,
      int paragraph,
      String section,
      List<String> cast,
      String mainCompany,
      List<SyntheticClaim> earlier,
      Set<String> ids,
      SplittableRandom random) {
    List<String> parts;
    String text;
    String id;
    do {
      double u = random.nextDouble();
      int n = u < 0.6 ? 1 : u < 0.9 ? 2 : 3;
      parts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parts.add(varied(random));
      }
      text = String.join(" ", parts);
      id = StableIds.claimId(path, text);
    } while (!ids.add(id));
    String speaker = random.nextDouble() < 0.75 ? cast.get(random.nextInt(cast.size())) : null;
    TreeSet<String> mentioned = new TreeSet<>();
    if (random.nextDouble() < 0.6) {
      mentioned.add(mainCompany);
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      if (random.nextDouble() < 0.4) {
        mentioned.add(companies.get(companyDraw.draw(random)));
      }
    }
    ClaimType type = TYPES[pick(TYPE_SHARES, random)];
    Stance stance = STANCES[pick(STANCE_SHARES, random)];
    String counters =
        type == ClaimType.COUNTERCLAIM && !earlier.isEmpty()
            ? earlier.get(random.nextInt(earlier.size())).claim().id()
            : null;
    Claim claim =
        new Claim(
            id,
            paragraph,
            section,
            text,
            speaker,
            speaker != null && random.nextDouble() < 0.5,
            List.copyOf(mentioned),
            type,
            stance,
            counters);
    return new SyntheticClaim(claim, List.copyOf(parts));
  }

  /** A pool sentence by popularity. */
  private String sentence(SplittableRandom random) {
    return sentences.get(sentenceDraw.draw(random));
  }

  /** A pool sentence, perhaps spliced with another's last clause, with a few words swapped. */
  private String varied(SplittableRandom random) {
    String sentence = sentence(random);
    if (random.nextDouble() < SPLICE_SHARE) {
      sentence = splice(sentence, sentence(random));
    }
    String[] tokens = sentence.split(" ");
    for (int i = 1; i < tokens.length; i++) {
      int end = wordEnd(tokens[i]);
      if (end >= MIN_WORD
          && !words.isEmpty()
          && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(tokens[i].substring(0, end))
          && random.nextDouble() < SWAP_SHARE) {
        tokens[i] = words.get(wordDraw.draw(random)) + tokens[i].substring(end);
      }
    }
    return String.join(" ", tokens);
  }

  /**
   * The first sentence up to its first comma, then the second after its last comma; the first
   * unchanged when either has no comma in its middle.
   */
  static String splice(String first, String second) {
    int head = first.indexOf(", ");
    int tail = second.lastIndexOf(", ");
    if (head < 10 || tail < 0 || second.length() - tail < 12) {
      return first;
    }
    return first.substring(0, head + 1) + second.substring(tail + 1);
  }

  /**
   * Where a token's lowercase word ends when it is all ASCII lowercase letters with at most one
   * punctuation mark after; -1 otherwise.
   */
  private static int wordEnd(String token) {
    int end = 0;
    while (end < token.length() && token.charAt(end) >= 'a' && token.charAt(end) <= 'z') {
      end++;
    }
    if (end == token.length()) {
      return end;
    }
    return end + 1 == token.length() && ",.;:!?".indexOf(token.charAt(end)) >= 0 ? end : -1;
  }

  /** The pool in an order fixed by the seed (Fisher–Yates), so popularity differs by seed. */
  private static List<String> shuffled(List<String> pool, long seed) {
    List<String> out = new ArrayList<>(pool);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, random.nextInt(i + 1));
    }
    return List.copyOf(out);
  }

  /** The pool's lowercase content words, most frequent first, ties in alphabetical order. */
  private static List<String> vocabulary(List<String> pool) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String sentence : pool) {
      for (String token : sentence.split(" ")) {
        int end = wordEnd(token);
        if (end >= MIN_WORD) {
          String word = token.substring(0, end);
          if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
            counts.merge(word, 1, Integer::sum);
          }
        }
      }
    }
    List<String> out = new ArrayList<>(counts.keySet());
    out.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
    return List.copyOf(out);
  }

  /** A headline from a sentence: its first words, without the final stop. */
  private static String title(String sentence) {
    String[] words = sentence.split(" ");
    String head = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 8)));
    return head.replaceAll("[.,;:!?]+$", "");
  }

  private static int pick(double[] shares, SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < shares.length; i++) {
      u -= shares[i];
      if (u < 0) {
        return i;
      }
    }
    return shares.length - 1;
  }
}

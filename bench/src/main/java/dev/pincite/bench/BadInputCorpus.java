package dev.pincite.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

/**
 * Writes the bad-input entries of issue 18 into a corpus folder: generated on every run, never
 * committed. Each is something a real corpus meets: a 30 MB transcript dump, a non-ASCII file name
 * (undecodable under the C locale), a folder the indexer may not read, a page of 200,000 {@code
 * <br>}, a link to {@code /etc/passwd}, a link loop, a dangling link, a pipe, mixed encodings and
 * broken front matter.
 */
final class BadInputCorpus {

  /** The locked folder's name. */
  static final String LOCKED = "locked";

  /** What the reindex must report by name (a skip or a warning). */
  static final List<String> REPORTED =
      List.of(
          "dump.txt",
          "caf%C3%A9.md",
          LOCKED,
          "passwd_link.txt",
          "loop_link.txt",
          "dangling_link.txt",
          "pipe.txt",
          "mixed.txt",
          "unclosed.md",
          "long-title.md");

  private BadInputCorpus() {}

  static void write(Path corpus, Random random) throws IOException {
    dump(corpus.resolve("dump.txt"), random);
    Files.writeString(
        corpus.resolve("café.md"),
        "---\ntitle: Café\n---\n\nThe owner said prices rose sharply this year.\n");
    Path locked = Files.createDirectories(corpus.resolve(LOCKED));
    Files.writeString(locked.resolve("inside.txt"), "Nobody may read this folder's files.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.writeString(
        corpus.resolve("br.html"), "<div>" + "text<br><br>".repeat(200_000) + "</div>");
    Files.createSymbolicLink(corpus.resolve("passwd_link.txt"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(corpus.resolve("loop_link.txt"), Path.of("loop_link.txt"));
    Files.createSymbolicLink(corpus.resolve("dangling_link.txt"), Path.of("nothing-here.txt"));
    mkfifo(corpus.resolve("pipe.txt"));
    byte[] utf8 =
        "Le café ouvre à huit heures, said the owner. Les crêpes sont célèbres.\n\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "Le garçon a payé la note.\n".getBytes(Charset.forName("windows-1252"));
    byte[] mixed = new byte[utf8.length + latin1.length];
    System.arraycopy(utf8, 0, mixed, 0, utf8.length);
    System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
    Files.write(corpus.resolve("mixed.txt"), mixed);
    Files.writeString(
        corpus.resolve("unclosed.md"), "---\ntitle: Never closed\n\nThe body said hello.\n");
    Files.writeString(
        corpus.resolve("long-title.md"),
        "---\ntitle: " + "Word ".repeat(600_000).strip() + "\n---\n\nThe text is short.\n");
  }

  /** 30 MB of transcript-like sentences: about 200,000 of them. */
  private static void dump(Path file, Random random) throws IOException {
    String[] words =
        "the company said revenue grew percent analysts expected market share quarter chief executive investors argued growth slowed board approved merger deal regulators"
            .split(" ");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long written = 0;
      StringBuilder sentence = new StringBuilder();
      while (written < 30L * 1024 * 1024) {
        sentence.setLength(0);
        sentence.append("Speaker ").append(random.nextInt(50)).append(" said \"");
        int n = 12 + random.nextInt(18);
        for (int i = 0; i < n; i++) {
          sentence.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        sentence.append(".\"").append(random.nextInt(10) < 3 ? "\n" : " ");
        out.write(sentence.toString());
        written += sentence.length();
      }
    }
  }

  private static void mkfifo(Path file) throws IOException {
    try {
      if (new ProcessBuilder("mkfifo", file.toString()).start().waitFor() != 0) {
        throw new IOException("mkfifo failed for " + file);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}

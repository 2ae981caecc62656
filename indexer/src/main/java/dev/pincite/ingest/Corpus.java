package dev.pincite.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The layout of a corpus folder, known in this one place: the documents (HTML, Markdown and plain
 * text in any sub-folder), the optional {@code catalog.yaml} ({@link Catalog}) and the {@code
 * registry/} folder of names the claims resolve against. Immutable and thread safe.
 *
 * @param dir the corpus folder
 */
public record Corpus(Path dir) {

  /** The catalog file's name inside the corpus folder. */
  public static final String CATALOG_FILE = "catalog.yaml";

  /** The registry's folder inside the corpus. */
  public static final String REGISTRY_DIR = "registry";

  public Corpus {
    if (dir == null) {
      throw new IllegalArgumentException("corpus folder must not be null");
    }
  }

  /** The catalog file, which may be missing. */
  public Path catalogFile() {
    return dir.resolve(CATALOG_FILE);
  }

  /** The registry folder, which may be missing. */
  public Path registryDir() {
    return dir.resolve(REGISTRY_DIR);
  }

  /**
   * @return the catalog; an empty one when the corpus has none
   * @throws IOException when the catalog cannot be read, with the problem in the message
   */
  public Catalog catalog() throws IOException {
    return Catalog.read(catalogFile());
  }

  /**
   * @param path a document's path relative to the corpus folder, {@code /} separators
   * @return its file
   */
  public Path file(String path) {
    return dir.resolve(path);
  }

  /**
   * The path a file is known by in the index: relative to the corpus folder with {@code /}
   * separators when the file is inside it, else the file as given.
   *
   * @param file a file
   * @return its corpus path
   */
  public String pathOf(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = dir.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(root) ? root.relativize(absolute) : file.normalize();
    return relative.toString().replace('\\', '/');
  }

  /**
   * The documents to index: relative paths with {@code /}, sorted (indexing is deterministic); the
   * registry, dot-files and files of other kinds left out.
   *
   * @return the document paths
   * @throws IOException when the folder is missing or cannot be walked
   */
  public List<String> documentPaths() throws IOException {
    return listing().documents();
  }

  /**
   * A walk of the corpus folder that no single entry can fail: what it finds to index, and every
   * entry it could not take with the reason.
   *
   * @param documents the documents to index: relative paths with {@code /}, sorted
   * @param skipped the entries left out for a reason a person should know (an unreadable folder, a
   *     link leading out of the corpus, a dangling link or a loop, a pipe or device, a name this
   *     platform's locale cannot decode), sorted by path
   */
  public record Listing(List<String> documents, List<Unlisted> skipped) {}

  /**
   * An entry of the corpus folder left out of the documents.
   *
   * @param path its path relative to the corpus folder; a name the locale cannot decode has its
   *     bytes shown escaped as in a URI ({@code caf%C3%A9.md})
   * @param reason why, for a person
   * @param unreadable whether it is there but could not be read this time (a folder without read
   *     permission): what the index holds for it is kept, as for a file that fails to parse
   */
  public record Unlisted(String path, String reason, boolean unreadable) {}

  /**
   * Walks the corpus folder. Links are followed only to a file inside the corpus folder (a link to
   * {@code /etc/passwd} is never read); a link to a folder is not followed, since a folder inside
   * the corpus is walked at its own place. The registry, dot-files and files of other kinds are
   * left out silently.
   *
   * @return the documents and the entries left out with a reason
   * @throws IOException when the corpus folder itself is missing or cannot be read
   */
  public Listing listing() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpus folder not found: " + dir.toAbsolutePath());
    }
    Walker walker = new Walker(dir.toRealPath(), registryDir());
    Files.walkFileTree(dir, walker);
    if (walker.rootFailure != null) {
      throw walker.rootFailure;
    }
    walker.documents.sort(null);
    walker.skipped.sort(Comparator.comparing(Unlisted::path));
    return new Listing(List.copyOf(walker.documents), List.copyOf(walker.skipped));
  }

  /** Collects a walk's documents and skipped entries; never stops the walk for one entry. */
  private final class Walker extends SimpleFileVisitor<Path> {
    private final Path realRoot;
    private final Path registry;
    private final List<String> documents = new ArrayList<>();
    private final List<Unlisted> skipped = new ArrayList<>();
    private IOException rootFailure;

    Walker(Path realRoot, Path registry) {
      this.realRoot = realRoot;
      this.registry = registry;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
      if (folder.equals(dir)) {
        return FileVisitResult.CONTINUE;
      }
      if (folder.startsWith(registry) || isHidden(folder)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (isHidden(file) || file.startsWith(registry)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        visitLink(file);
      } else if (attrs.isOther()) {
        skip(file, "not a regular file (a pipe, socket or device)");
      } else if (attrs.isRegularFile() && ArticleLoader.isCorpusFile(file)) {
        add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    private void visitLink(Path link) {
      Path target;
      try {
        target = link.toRealPath();
      } catch (NoSuchFileException e) {
        skip(link, "a link to nothing (its target does not exist)");
        return;
      } catch (FileSystemException e) {
        // ELOOP: "Too many levels of symbolic links"
        skip(link, "a link that cannot be followed (" + reason(e) + "); a loop of links?");
        return;
      } catch (IOException e) {
        skip(link, "a link that cannot be followed (" + reason(e) + ")");
        return;
      }
      if (!target.startsWith(realRoot)) {
        skip(link, "a link to a file outside the corpus folder, which is never read");
      } else if (Files.isDirectory(target)) {
        if (ArticleLoader.isCorpusFile(link)) {
          skip(link, "a link to a folder, not followed (the folder is walked at its own place)");
        }
      } else if (!Files.isRegularFile(target)) {
        skip(link, "a link to something that is not a regular file (a pipe, socket or device)");
      } else if (ArticleLoader.isCorpusFile(link)) {
        add(link);
      }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (file.equals(dir)) {
        rootFailure = e;
        return FileVisitResult.TERMINATE;
      }
      if (!isHidden(file)) {
        String what = e instanceof AccessDeniedException ? "permission denied" : reason(e);
        skipped.add(
            new Unlisted(
                relative(file),
                "could not be read (" + what + "); what the index holds for it is kept",
                true));
      }
      return FileVisitResult.CONTINUE;
    }

    private void add(Path file) {
      String path = relative(file);
      try {
        // Under the C/POSIX locale the JVM decodes a non-ASCII name to U+FFFD, a name it cannot
        // encode again: the file could be listed but never opened (InvalidPathException).
        dir.resolve(path);
      } catch (InvalidPathException e) {
        skipped.add(
            new Unlisted(
                escaped(file),
                "its name cannot be decoded in this locale ("
                    + System.getProperty("sun.jnu.encoding", "unknown")
                    + "); run with a UTF-8 locale, e.g. LANG=C.UTF-8",
                false));
        return;
      }
      documents.add(path);
    }

    /**
     * A name the locale cannot decode, its bytes shown escaped ({@code caf%C3%A9.md}): the path's
     * URI is built from its bytes, not from the {@code \uFFFD} of its string form.
     */
    private String escaped(Path entry) {
      return dir.toAbsolutePath().toUri().relativize(entry.toAbsolutePath().toUri()).getRawPath();
    }

    private void skip(Path entry, String reason) {
      skipped.add(new Unlisted(relative(entry), reason, false));
    }

    private String relative(Path entry) {
      return dir.relativize(entry).toString().replace('\\', '/');
    }

    private boolean isHidden(Path entry) {
      Path relative = dir.relativize(entry);
      for (Path part : relative) {
        if (part.toString().startsWith(".")) {
          return true;
        }
      }
      return false;
    }
  }

  /** An I/O failure in words, without the absolute path a file system message starts with. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName();
  }
}

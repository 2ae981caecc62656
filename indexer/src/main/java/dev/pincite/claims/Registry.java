package dev.pincite.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The people and organisations the indexer resolves names against, read from {@code
 * corpus/registry/}. A user edits those files; no rule in code names a person or a company.
 * Immutable and thread safe.
 */
public final class Registry {

  private final String fingerprint;

  private Registry(String fingerprint) {
    this.fingerprint = fingerprint;
  }

  /** A registry that knows nobody. */
  public static Registry empty() {
    return new Registry("empty");
  }

  /**
   * Reads a registry folder.
   *
   * @param dir the folder, such as {@code corpus/registry}; a missing folder gives an empty
   *     registry
   * @return the registry
   * @throws IOException when a file cannot be read
   */
  public static Registry load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return empty();
    }
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        all.append(file.getFileName()).append('\n').append(Files.readString(file));
      }
    }
    return new Registry(Integer.toHexString(all.toString().hashCode()));
  }

  /** Changes whenever the registry's content changes: claims must then be extracted again. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Canonical names of every organisation, for tests and autocomplete. */
  public List<String> organisations() {
    return List.of();
  }
}

package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the claim rules are made of, as one digest: the compiled classes of this package (the code),
 * the cue files (the vocabulary) and the registry (the names). Claims extracted under another
 * fingerprint are stale, so an incremental reindex extracts every document again after any of the
 * three changed, with nothing to bump by hand. The classes are read from wherever this class was
 * loaded from, a jar or a folder of classes. Stateless.
 */
final class RulesFingerprint {

  private static final String PACKAGE = "dev/pincite/claims/";

  private RulesFingerprint() {}

  /**
   * The fingerprint of the rules.
   *
   * @param cueContents the cue files' texts, in a fixed order
   * @param registryFingerprint the registry's own fingerprint
   * @return a short hex digest of code and cues, then the registry's fingerprint
   */
  static String of(List<String> cueContents, String registryFingerprint) {
    MessageDigest sha = sha256();
    for (Map.Entry<String, byte[]> c : classes().entrySet()) {
      sha.update(c.getKey().getBytes(StandardCharsets.UTF_8));
      sha.update(c.getValue());
    }
    for (String content : cueContents) {
      sha.update(content.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16) + "/" + registryFingerprint;
  }

  /** The class files of this package by name, sorted, read from this class's code source. */
  private static Map<String, byte[]> classes() {
    Map<String, byte[]> out = new TreeMap<>();
    CodeSource source = RulesFingerprint.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalStateException("the claim rules' classes have no code source to digest");
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(PACKAGE))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
            out.put(f.getFileName().toString(), Files.readAllBytes(f));
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (JarEntry e : jar.stream().toList()) {
            String name = e.getName();
            if (name.startsWith(PACKAGE)
                && name.endsWith(".class")
                && name.indexOf('/', PACKAGE.length()) < 0) {
              try (InputStream in = jar.getInputStream(e)) {
                out.put(name.substring(PACKAGE.length()), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the claim rules' classes", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unusable code source " + source.getLocation(), e);
    }
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

package dev.pincite.solrit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pincite run as a child process from the jars the build made, as {@code bin/pincite} runs it: this
 * module's class path holds Solr's Lucene 9, Pincite's holds Lucene 10.
 */
final class PinciteProcess {

  private static final Pattern SERVING = Pattern.compile("on http://[^:]+:(\\d+)/");

  private final Path root;
  private final String classPath;

  PinciteProcess(Path root) throws IOException {
    this.root = root;
    Path server = only(root.resolve("server/target"), "pincite-server-*.jar");
    Path bench = only(root.resolve("bench/target"), "pincite-bench-*.jar");
    Path lib = root.resolve("server/target/lib");
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException("no " + lib + ": build Pincite first (mvn package)");
    }
    this.classPath =
        server + java.io.File.pathSeparator + bench + java.io.File.pathSeparator + lib + "/*";
  }

  private static Path only(Path dir, String glob) throws IOException {
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, glob)) {
      for (Path path : found) {
        if (!path.getFileName().toString().contains("-sources")) {
          return path;
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // reported below
    }
    throw new IllegalStateException("no " + glob + " in " + dir + ": build Pincite first");
  }

  private ProcessBuilder builder(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xmx512m");
    command.add("-Dpincite.home=" + root);
    command.add("-Dpincite.shared=" + System.getProperty("pincite.shared"));
    command.add("-cp");
    command.add(classPath);
    command.add("dev.pincite.cli.PinciteCommand");
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  /** Runs a command to its end; its output, or a failure with the output when it fails. */
  String run(String... args) throws IOException, InterruptedException {
    Process process = builder(List.of(args)).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError("pincite " + String.join(" ", args) + " failed:\n" + output);
    }
    return output;
  }

  /** Starts {@code serve} with the given options on a free port; closing stops it. */
  Server serve(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
    all.addAll(List.of(args));
    Process process = builder(all).start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.append(line).append('\n');
      Matcher serving = SERVING.matcher(line);
      if (line.startsWith("Pincite is serving") && serving.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (lines.readLine() != null) {
                      // keep the pipe from filling
                    }
                  } catch (IOException e) {
                    // the process ended
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return new Server(process, Integer.parseInt(serving.group(1)));
      }
    }
    process.destroyForcibly();
    throw new AssertionError("serve did not start:\n" + seen);
  }

  /** A running {@code serve}. */
  record Server(Process process, int port) implements AutoCloseable {
    String url(String path) {
      return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}

package dev.pincite.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers only requests addressed to the archive by a name it knows: the loopback names, the host
 * of the configured base URL and the names of the address it is bound to. A page on another site
 * can make a browser send requests to {@code 127.0.0.1} under its own name (DNS rebinding); with
 * this check those requests are refused (421) before any handler reads the index, and no citation
 * or OpenSearch description is ever built from a name the archive does not know. Immutable and
 * thread safe.
 */
final class HostCheck {

  /** Names every archive answers to: this machine's own. */
  static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> allowed;

  /**
   * @param baseUrl the configured public address, or null
   * @param hosts further names or addresses the archive is reached at (its bound address)
   */
  HostCheck(String baseUrl, Collection<String> hosts) {
    Set<String> names = new TreeSet<>(LOOPBACK);
    if (baseUrl != null) {
      String host = URI.create(baseUrl).getHost();
      if (host != null) {
        names.add(name(host));
      }
    }
    for (String host : hosts) {
      names.add(name(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host));
    }
    this.allowed = Set.copyOf(names);
  }

  /** The names requests may be addressed to, for messages and tests. */
  Set<String> allowed() {
    return allowed;
  }

  /**
   * @param hostHeader the request's {@code Host} header, with or without a port; null when absent
   *     (HTTP/1.0), which is allowed: a browser always sends one
   * @return whether the archive answers it
   */
  boolean allows(String hostHeader) {
    if (hostHeader == null) {
      return true;
    }
    String name = name(withoutPort(hostHeader.strip()));
    return allowed.contains(name) || isLoopbackV4(name);
  }

  /** A before-handler: refuses a request addressed to an unknown name with 421. */
  void check(Context ctx) {
    if (!allows(ctx.header("Host"))) {
      throw new HttpResponseException(
          421,
          "This archive answers only requests addressed to "
              + String.join(", ", new TreeSet<>(allowed))
              + ". To reach it under another name, start it with --base-url set to that address.");
    }
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private static String name(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** 127.0.0.0/8 written as four numbers: every one of them is this machine. */
  private static boolean isLoopbackV4(String name) {
    return name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}

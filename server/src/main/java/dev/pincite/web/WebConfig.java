package dev.pincite.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How the web app behaves, independent of where it listens.
 *
 * @param baseUrl the public address the archive is reached at (for citations and the OpenSearch
 *     description), without a trailing slash, e.g. {@code http://127.0.0.1:7070}; null to use the
 *     address each request came in on
 * @param pageSize hits per search page, 1 to 100
 * @param refreshInterval how often, at most, a request makes the searcher look for a newer index
 *     commit; {@link Duration#ZERO} checks on every request
 * @param hosts names and addresses, beyond the loopback ones and the base URL's host, that requests
 *     may be addressed to (the {@code Host} header): the address the server is bound to
 */
public record WebConfig(
    String baseUrl, int pageSize, Duration refreshInterval, List<String> hosts) {

  public WebConfig {
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    hosts = List.copyOf(hosts);
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("pageSize must be 1..100, got " + pageSize);
    }
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException(
          "refreshInterval must not be negative: " + refreshInterval);
    }
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }

  /** A configuration answering only requests addressed to loopback names and the base URL. */
  public WebConfig(String baseUrl, int pageSize, Duration refreshInterval) {
    this(baseUrl, pageSize, refreshInterval, List.of());
  }

  /**
   * Ten hits a page, the request's own address (when allowed), a refresh check at most once a
   * second, loopback names only.
   */
  public static WebConfig defaults() {
    return new WebConfig(null, 10, Duration.ofSeconds(1));
  }

  /** The same configuration with another base URL. */
  public WebConfig withBaseUrl(String value) {
    return new WebConfig(value, pageSize, refreshInterval, hosts);
  }

  /**
   * The same configuration answering requests addressed to the address the server is bound to: the
   * address itself, or, for a wildcard address ({@code 0.0.0.0}, {@code ::}), every address of this
   * machine's interfaces. Names in DNS are known only through the base URL.
   *
   * @param bindHost the {@code --host} the server listens on
   * @return the configuration
   */
  public WebConfig withBindHost(String bindHost) {
    List<String> names = new ArrayList<>(hosts);
    if (isWildcard(bindHost)) {
      names.addAll(interfaceAddresses());
    } else {
      names.add(bindHost);
    }
    return new WebConfig(baseUrl, pageSize, refreshInterval, names);
  }

  /**
   * @param bindHost an address to listen on
   * @return whether it is reachable only from this machine
   */
  public static boolean isLoopback(String bindHost) {
    try {
      return !isWildcard(bindHost) && InetAddress.getByName(bindHost).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isWildcard(String bindHost) {
    return bindHost.isEmpty()
        || bindHost.equals("0.0.0.0")
        || bindHost.equals("::")
        || bindHost.equals("[::]");
  }

  private static List<String> interfaceAddresses() {
    List<String> addresses = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          String text = address.getHostAddress();
          int scope = text.indexOf('%');
          addresses.add(scope < 0 ? text : text.substring(0, scope));
        }
      }
    } catch (SocketException e) {
      // No interfaces to list: requests reach the archive by loopback or the base URL only.
    }
    return addresses;
  }
}

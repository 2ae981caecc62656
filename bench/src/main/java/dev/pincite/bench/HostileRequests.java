package dev.pincite.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Paths of hostile requests for the reliability suite: costly patterns, broken syntax, huge and odd
 * parameters, traversal, script and control characters. Each call draws one at random.
 */
final class HostileRequests {

  private static final String[] QUERIES = {
    "/a{1,100000}/",
    "/[ab]{1,20000}/",
    "/.*.*.*.*.*x/",
    "*",
    "a*",
    "?",
    "~",
    "\"unclosed",
    "((((((((((a))))))))))",
    "(".repeat(500),
    "a AND",
    "OR OR OR",
    "field:",
    "speaker:*",
    "text:/.*/",
    "a~2",
    "\"a b\"~100000",
    "[a TO z]",
    "{* TO *}",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "\uffff",
    "é".repeat(2000),
    "a".repeat(10_000),
    "\\",
    "\\\\\\",
    "/",
    "//",
    "/[/",
    "/(/",
    "a^1000000",
    "a^-1",
    "NOT",
    "-",
    "+",
    "!!!",
  };

  private static final String[] PATHS = {
    "/api/search?q=%s", "/?q=%s", "/api/complete?q=%s", "/api/search?q=%s&page=%s",
    "/api/search?q=%s&size=%s", "/api/search?q=%s&sort=%s", "/claims/%s", "/api/claims/%s",
    "/api/claims/%s/cite?style=%s", "/documents/%s", "/api/documents/%s", "/speakers/%s",
    "/static/%s", "/api/search?q=%s&speaker=%s&company=%s", "/%s",
  };

  private static final String[] NUMBERS = {
    "-1", "0", "999999999999", "1e9", "NaN", "", "%", "1;DROP", "../../", "2147483648"
  };

  private HostileRequests() {}

  static String path(Random random) {
    String template = PATHS[random.nextInt(PATHS.length)];
    StringBuilder path = new StringBuilder();
    int from = 0;
    for (int at = template.indexOf("%s"); at >= 0; at = template.indexOf("%s", from)) {
      path.append(template, from, at).append(value(random));
      from = at + 2;
    }
    return path.append(template.substring(from)).toString();
  }

  private static String value(Random random) {
    String raw =
        switch (random.nextInt(4)) {
          case 0 -> QUERIES[random.nextInt(QUERIES.length)];
          case 1 -> NUMBERS[random.nextInt(NUMBERS.length)];
          case 2 -> randomText(random);
          default ->
              QUERIES[random.nextInt(QUERIES.length)]
                  + " "
                  + QUERIES[random.nextInt(QUERIES.length)];
        };
    // now and then sent raw: a bare %, a bad escape, traversal
    if (random.nextInt(10) == 0) {
      return raw.replaceAll("[^\\x21-\\x7e]", "");
    }
    return URLEncoder.encode(raw, StandardCharsets.UTF_8);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(60);
    for (int i = 0; i < n; i++) {
      text.appendCodePoint(
          random.nextInt(3) == 0 ? random.nextInt(0x30000) : 0x20 + random.nextInt(0x5f));
    }
    return text.toString().replaceAll("\\p{Cs}", "");
  }
}

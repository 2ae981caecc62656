package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void onlyHttpUrlsWithAHostMayBecomeLinks() {
    assertEquals("https://example.com/a?b=c", Links.safeExternal(" https://example.com/a?b=c "));
    assertEquals("http://example.com", Links.safeExternal("http://example.com"));
    assertNull(Links.safeExternal("javascript:alert(1)"));
    assertNull(Links.safeExternal("JavaScript:alert(1)"));
    assertNull(Links.safeExternal("data:text/html,<script>alert(1)</script>"));
    assertNull(Links.safeExternal("//example.com/protocol-relative"));
    assertNull(Links.safeExternal("http:/no-host"));
    assertNull(Links.safeExternal("not a url"));
    assertNull(Links.safeExternal(null));
  }

  @Test
  void pathSegmentsAreEncoded() {
    assertEquals("/speakers/Jordi%20Hays", Links.speaker("Jordi Hays"));
    assertEquals("/speakers/a%2Fb%3F%23", Links.speaker("a/b?#"));
    assertEquals("/documents/abc123#p14", Links.paragraph("abc123", 14));
  }
}

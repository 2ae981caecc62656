package dev.pincite.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's dateline, which opens its first paragraph: the place in capitals, perhaps a region
 * and a date, and the agency in parentheses before a dash ("BERGEN, Norway, March 3, 2026
 * (Nordwire) — Fjordlys Seafood said ..."). The dateline stays in the text (it is how the story was
 * published), but the agency it credits is the story's outlet when nothing else names one.
 * Recognised by its form, never by an agency's name. Stateless.
 */
final class Datelines {

  private static final Pattern WIRE =
      Pattern.compile(
          "^\\p{Lu}{2,}(?:[ .'-]+\\p{Lu}{2,})*,?(?:\\s[^()\u2014\u2013]{1,60}?)?"
              + "\\s\\((\\p{Lu}[\\p{L}&'.-]*(?:\\s+\\p{Lu}[\\p{L}&'.-]*){0,3})\\)"
              + "\\s*(?:\u2014|\u2013|--?)\\s+\\S");

  private Datelines() {}

  /**
   * The agency a dateline opening {@code paragraph} credits ("Nordwire"), or null when the
   * paragraph opens with no dateline.
   */
  static String wire(String paragraph) {
    Matcher m = WIRE.matcher(paragraph);
    return m.lookingAt() ? m.group(1) : null;
  }
}

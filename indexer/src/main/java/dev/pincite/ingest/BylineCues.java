package dev.pincite.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of visible bylines in every language of {@code bylines.txt}: those a byline opens with
 * ("By", "Von", "Par", "Autor:"), the bare by-word that may stand inside a line ("Politics by Jane
 * Doe"), those that end its names ("am", "le"), and those that may stand between the capitalised
 * words of names (particles such as "van", joiners such as "und"). Immutable and thread safe;
 * {@link #STANDARD} is loaded once.
 *
 * @param leadIn a byline's opening words and an optional colon, at the start of a text
 * @param afterName a word that ends the names, with the space before it
 * @param innerBy a by-word inside a line, followed by a capital ("Section by Jane Doe"); by-words
 *     that are also name particles ("von") are left out, as in "Alexa von Heyden" they are names
 * @param linePart what separates a line's date from the byline beside it: a by-word between spaces
 * @param names one to six words, each capitalised (or of a script without letter case) or a
 *     particle or joiner of names
 * @param dated a word that says when the page was published or updated, which ends a byline's names
 *     ("Veröffentlicht am 19.10.", "Jane Doe Updated 9:00")
 * @param otherCredit a word that, before a by-word, credits someone other than the author ("Edited
 *     by", "Medically reviewed by", "Fotos von")
 * @param authorPath the path of an address on an author's page: a folder of authors' pages, then
 *     one more segment ("/author/jane-doe/", "/autoren/jane-doe.html")
 * @param roleAfterComma a comma and up to three words ending in a job title, at the end of a byline
 *     ("Jane Doe, Transport Correspondent", "Anna Berg, Wirtschaftsredakteurin")
 * @param joiner what stands between two people's names of one byline
 * @param signingBody a body of an organisation that signs for it, ending a text ("Dockside staff
 *     council", "The board of directors")
 * @param salutation the words that open a letter ("Dear investors,", "To the editor:")
 * @param signOff the words that close a letter before its signature on the same line, and their
 *     comma ("Kind regards, ")
 * @param creditedWork a kind of work whose maker a by-word after it names ("Text of a speech by
 *     ...", "Minutes recorded by ..."): a title or closing line so worded credits its author
 * @param issuerHead the last word of an organisation's name, the kind of body it is ("Association",
 *     "Co-operative", "Group"): a letterhead or title page so ending names the text's issuer
 * @param enquiries the words of a line that opens a press release's list of contacts ("For further
 *     information, please contact:", "Media enquiries:"): the people listed under it answer
 *     questions for the issuer, they did not write the text
 */
record BylineCues(
    Pattern leadIn,
    Pattern afterName,
    Pattern innerBy,
    Pattern linePart,
    Pattern names,
    Pattern dated,
    Pattern otherCredit,
    Pattern authorPath,
    Pattern roleAfterComma,
    Pattern joiner,
    Pattern signingBody,
    Pattern salutation,
    Pattern signOff,
    Pattern creditedWork,
    Pattern issuerHead,
    Pattern enquiries) {

  private static final String RESOURCE = "bylines.txt";

  /** How many people's names a byline of several may join ("Jane Doe, John Roe and Mary Major"). */
  private static final int MAX_PEOPLE = 4;

  /** The longest line that opens a list of press contacts. */
  static final int MAX_ENQUIRIES_LINE = 80;

  private static final List<String> SECTIONS =
      List.of(
          "lead-in",
          "after-name",
          "by-word",
          "particle",
          "joiner",
          "dated",
          "other-credit",
          "author-path",
          "role",
          "signing-body",
          "salutation",
          "sign-off",
          "credited-work",
          "issuer-head",
          "enquiries");

  /** The bundled cues. */
  static final BylineCues STANDARD = load();

  /**
   * @param text a byline's text
   * @return the text without its opening words ("Veröffentlicht von", "Auteur :")
   */
  String withoutLeadIn(String text) {
    return leadIn.matcher(text).replaceFirst("");
  }

  /**
   * @param text a line
   * @return whether it opens with a byline's words followed by a capital letter (or a letter of a
   *     script without case)
   */
  boolean opensByline(String text) {
    String rest = withoutLeadIn(text);
    return !rest.equals(text) && !rest.isEmpty() && startsName(rest);
  }

  /**
   * Whether a text starts as a name does: with a capital, or with a letter of a script that has no
   * letter case ("山田太郎", "محمد").
   */
  private static boolean startsName(String text) {
    int first = text.codePointAt(0);
    return Character.isUpperCase(first) || Character.getType(first) == Character.OTHER_LETTER;
  }

  /**
   * @param text the start of a line, such as a text node before a link to the author
   * @return whether it opens with a byline's words ("Von", "Written by")
   */
  boolean startsWithLeadIn(String text) {
    return leadIn.matcher(text + " ").lookingAt();
  }

  /**
   * @param before the words of a line before its by-word
   * @return whether they credit someone other than the author ("Edited", "Fotos")
   */
  boolean creditsOther(String before) {
    return otherCredit.matcher(before).find();
  }

  /**
   * @param title a title
   * @return whether it opens with a kind of work ("Minutes of ...", "Statement from ...")
   */
  boolean opensWithWork(String title) {
    return creditedWork.matcher(title).lookingAt();
  }

  /**
   * @param before the words of a line before its by-word
   * @return whether they name a kind of work its author is credited for ("Text of a speech",
   *     "Minutes recorded")
   */
  boolean creditsWork(String before) {
    return creditedWork.matcher(before).find();
  }

  /**
   * @param line a line of a text
   * @return whether it opens a list of press contacts ("For further information, please contact:",
   *     "Media enquiries"): a line ending in a colon with an {@code [enquiries]} word, or one that
   *     is only such words
   */
  boolean opensEnquiries(String line) {
    if (line.length() > MAX_ENQUIRIES_LINE) {
      return false;
    }
    Matcher words = enquiries.matcher(line);
    // "Media contact: Theo Marchbank, 555-0192" is one contact, not the list's opening
    return line.endsWith(":") ? words.find() : words.matches();
  }

  /**
   * @param name a run of capitalised words
   * @return whether it ends in the kind of body an organisation is ("Association", "Group")
   */
  boolean endsInIssuer(String name) {
    return issuerHead.matcher(name).find();
  }

  /**
   * @param name a run of capitalised words
   * @return whether it opens with the kind of body an organisation is and "of" ("Guild of Craft
   *     Bakers", "Association of Independent Spring Water Producers")
   */
  boolean opensWithIssuer(String name) {
    String words = name.strip();
    int of = words.toLowerCase(Locale.ROOT).indexOf(" of ");
    return of > 0 && issuerHead.matcher(words.substring(0, of)).matches();
  }

  /**
   * @param text a line
   * @return whether the line is a byline's opening words and nothing more ("By", "Autor:")
   */
  boolean isLeadInOnly(String text) {
    String line = text.strip();
    return !line.isEmpty() && withoutLeadIn(line + " ").isBlank();
  }

  /**
   * @param text a byline cleaned of its lead-in and what follows the names
   * @return whether it reads as people's names
   */
  boolean isNames(String text) {
    return names.matcher(text).matches() || isSeveralNames(text);
  }

  /**
   * Whether a byline longer than one name's six words joins several names with commas or joiners,
   * each of one to six words: three people of two or three words each are more words than one name
   * has, but a box's "Jane Doe All posts by Jane Doe Contact" is not names.
   */
  private boolean isSeveralNames(String text) {
    String[] people = joiner.split(text, -1);
    if (people.length < 2 || people.length > MAX_PEOPLE) {
      return false;
    }
    for (String person : people) {
      if (!names.matcher(person.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param href a link's address
   * @return whether it points at an author's page ("/author/jane-doe/")
   */
  boolean isAuthorPage(String href) {
    return authorPath.matcher(href).find();
  }

  /**
   * @param names a byline's names
   * @return whether they are several people's: a comma or a joiner stands between them
   */
  boolean namesSeveral(String names) {
    return joiner.matcher(names).find();
  }

  private static BylineCues load() {
    Map<String, List<String>> sections = new HashMap<>();
    SECTIONS.forEach(s -> sections.put(s, new ArrayList<>()));
    try (InputStream in = BylineCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing dev/pincite/ingest/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> section = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (entry.startsWith("[")) {
          String kind = entry.replaceAll("^\\[\\S+\\s+|\\]$", "");
          section = sections.get(kind);
          if (section == null) {
            throw new IllegalStateException(RESOURCE + ": unknown section " + entry);
          }
        } else if (section != null) {
          section.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> particles = sections.get("particle");
    List<String> byWords = sections.get("by-word");
    List<String> innerByWords = byWords.stream().filter(w -> !particles.contains(w)).toList();
    List<String> nameWords = new ArrayList<>(particles);
    nameWords.addAll(sections.get("joiner"));
    // a capitalised word, or a word of a script without letter case (Chinese, Japanese, Arabic,
    // Bengali ...), short as a name's part is: a sentence in such a script runs without spaces
    String nameWord =
        "(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\p{Lo}[\\p{Lo}\\p{Lm}\\p{M}・]{0,11}|"
            + alternation(nameWords)
            + ")";
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return new BylineCues(
        Pattern.compile(
            // a colon may be the full-width one of Chinese and Japanese
            "^(?:" + alternation(sections.get("lead-in")) + ")(?:\\s*[:：]\\s*|\\s+)", flags),
        Pattern.compile("\\s(?:" + alternation(sections.get("after-name")) + ")\\s", flags),
        Pattern.compile("\\s(?:" + alternation(innerByWords) + ")\\s+(?=\\p{Lu})"),
        Pattern.compile("\\s+(?:" + alternation(byWords) + ")\\s+"),
        // case-sensitive: a capital starts a name, a particle or joiner is in lower case
        Pattern.compile(nameWord + "(?:[\\s,]+" + nameWord + "){0,5}"),
        // whole words of any script: \\b is ASCII-only ("publié")
        Pattern.compile(
            "(?<!\\p{L})(?:" + alternation(sections.get("dated")) + ")(?!\\p{L})", flags),
        Pattern.compile(
            "(?<!\\p{L})(?:" + alternation(sections.get("other-credit")) + ")\\s*$", flags),
        Pattern.compile(
            "/(?:" + alternation(sections.get("author-path")) + ")/[^/?#]+/?(?:[?#].*)?$", flags),
        Pattern.compile(
            ",\\s*(?:[\\p{L}\\-]+\\s+){0,3}\\p{L}*(?:" + alternation(sections.get("role")) + ")$",
            flags),
        Pattern.compile(",|(?<!\\p{L})(?:" + alternation(sections.get("joiner")) + ")(?!\\p{L})"),
        Pattern.compile("(?<!\\p{L})(?:" + alternation(sections.get("signing-body")) + ")$", flags),
        Pattern.compile("^(?:" + alternation(sections.get("salutation")) + ")(?!\\p{L})", flags),
        Pattern.compile("^(?:" + alternation(sections.get("sign-off")) + ")\\s*,\\s*", flags),
        Pattern.compile(
            "(?<!\\p{L})(?:" + alternation(sections.get("credited-work")) + ")(?!\\p{L})", flags),
        Pattern.compile(
            "(?<![\\p{L}-])(?:" + alternation(sections.get("issuer-head")) + ")\\W*$", flags),
        Pattern.compile(
            "(?<!\\p{L})(?:" + alternation(sections.get("enquiries")) + ")(?!\\p{L})", flags));
  }

  /** The entries as one alternation, longest first so "written by" wins over "by". */
  private static String alternation(List<String> entries) {
    return entries.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(e -> Pattern.quote(e).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}

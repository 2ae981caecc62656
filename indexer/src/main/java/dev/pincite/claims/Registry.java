package dev.pincite.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The people and organisations the indexer resolves names against, read from {@code
 * corpus/registry/}. A user edits those files; no rule in code names a person or a company.
 *
 * <p>Two tab-separated files, described in their header comments:
 *
 * <ul>
 *   <li>{@code organisations.tsv}: {@code canonical name, kind, aliases}, where kind is {@code
 *       company} or {@code outlet} (a news outlet: a speaker when cited as a source, never a
 *       company discussed) and aliases (separated by {@code |}) include products that resolve to
 *       their parent ({@code Instagram} for {@code Meta});
 *   <li>{@code people.tsv}: {@code canonical name, aliases, affiliation}; a person's surname (the
 *       last word of the name) resolves to them unless two people share it.
 * </ul>
 *
 * Names match case-sensitively as whole words. Immutable and thread safe.
 */
public final class Registry {

  /** What an organisation is. */
  public enum Kind {
    COMPANY,
    OUTLET
  }

  /**
   * An organisation of the registry.
   *
   * @param name canonical name
   * @param kind company or news outlet
   * @param aliases other names and products that resolve to it
   */
  public record Organisation(String name, Kind kind, List<String> aliases) {
    public Organisation {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * A person of the registry.
   *
   * @param name canonical full name
   * @param aliases other names (nicknames, the surname is implied)
   * @param affiliation the organisation they belong to, or null
   */
  public record Person(String name, List<String> aliases, String affiliation) {
    public Person {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * A name found in a text.
   *
   * @param start start offset in the text
   * @param end end offset
   * @param surface the text as written
   * @param canonical the canonical name it resolves to
   */
  public record Mention(int start, int end, String surface, String canonical) {}

  private final String fingerprint;
  private final List<Organisation> organisations;
  private final List<Person> people;
  private final Map<String, Organisation> orgByAlias;
  private final Map<String, Person> personByAlias;
  private final AliasMatcher orgNames;
  private final AliasMatcher personNames;

  private Registry(String fingerprint, List<Organisation> organisations, List<Person> people) {
    this.fingerprint = fingerprint;
    this.organisations = List.copyOf(organisations);
    this.people = List.copyOf(people);
    this.orgByAlias = new HashMap<>();
    for (Organisation org : organisations) {
      orgByAlias.put(org.name(), org);
      org.aliases().forEach(a -> orgByAlias.put(a, org));
    }
    this.personByAlias = personAliases(people);
    this.orgNames = new AliasMatcher(orgByAlias.keySet());
    this.personNames = new AliasMatcher(personByAlias.keySet());
  }

  private static Map<String, Person> personAliases(List<Person> people) {
    Map<String, Person> byAlias = new HashMap<>();
    Map<String, Integer> surnameCount = new HashMap<>();
    for (Person p : people) {
      surnameCount.merge(surname(p.name()), 1, Integer::sum);
    }
    for (Person p : people) {
      String surname = surname(p.name());
      if (surnameCount.get(surname) == 1) {
        byAlias.putIfAbsent(surname, p);
      }
    }
    for (Person p : people) {
      p.aliases().forEach(a -> byAlias.put(a, p));
      byAlias.put(p.name(), p);
    }
    return byAlias;
  }

  static String surname(String fullName) {
    String[] words = NameSpan.wordsOf(fullName.strip());
    return words[words.length - 1];
  }

  /** A registry that knows nobody. */
  public static Registry empty() {
    return new Registry("empty", List.of(), List.of());
  }

  /**
   * Reads a registry folder.
   *
   * @param dir the folder, such as {@code corpus/registry}; a missing folder gives an empty
   *     registry
   * @return the registry
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when a line is malformed, with file and line in the message
   */
  public static Registry load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return empty();
    }
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        all.append(file.getFileName())
            .append('\n')
            .append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    List<Organisation> orgs = new ArrayList<>();
    Path orgFile = dir.resolve("organisations.tsv");
    if (Files.exists(orgFile)) {
      for (String[] row : rows(orgFile)) {
        Kind kind = Kind.valueOf(cell(row, 1, "company").toUpperCase(Locale.ROOT));
        orgs.add(new Organisation(row[0], kind, split(cell(row, 2, ""))));
      }
    }
    List<Person> people = new ArrayList<>();
    Path peopleFile = dir.resolve("people.tsv");
    if (Files.exists(peopleFile)) {
      for (String[] row : rows(peopleFile)) {
        String affiliation = cell(row, 2, "");
        people.add(
            new Person(
                row[0], split(cell(row, 1, "")), affiliation.isEmpty() ? null : affiliation));
      }
    }
    return new Registry(Integer.toHexString(all.toString().hashCode()), orgs, people);
  }

  /**
   * Builds a registry in memory, for tests.
   *
   * @param organisations the organisations
   * @param people the people
   * @return the registry
   */
  public static Registry of(List<Organisation> organisations, List<Person> people) {
    return new Registry(
        Integer.toHexString((organisations.toString() + people).hashCode()), organisations, people);
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t", -1);
      if (row[0].isBlank()) {
        throw new IllegalArgumentException(file + ":" + n + ": empty name");
      }
      for (int i = 0; i < row.length; i++) {
        row[i] = row[i].strip();
      }
      rows.add(row);
    }
    return rows;
  }

  private static String cell(String[] row, int i, String fallback) {
    return i < row.length && !row[i].isEmpty() ? row[i] : fallback;
  }

  private static List<String> split(String aliases) {
    List<String> out = new ArrayList<>();
    for (String a : aliases.split("\\|")) {
      if (!a.isBlank()) {
        out.add(a.strip());
      }
    }
    return out;
  }

  /** Changes whenever the registry's content changes: claims must then be extracted again. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Canonical names of every organisation (outlets included), for tests and autocomplete. */
  public List<String> organisations() {
    return organisations.stream().map(Organisation::name).toList();
  }

  /** Canonical names of every person, for tests and autocomplete. */
  public List<String> people() {
    return people.stream().map(Person::name).toList();
  }

  /**
   * The organisation a name or alias resolves to.
   *
   * @param name a name as written, possessive allowed ("Meta's")
   * @return the organisation, if the registry lists the name
   */
  public Optional<Organisation> organisation(String name) {
    return Optional.ofNullable(orgByAlias.get(stripPossessive(name)));
  }

  /**
   * The person a name, alias or unique surname resolves to.
   *
   * @param name a name as written, possessive allowed ("Hays's")
   * @return the person, if the registry knows the name
   */
  public Optional<Person> person(String name) {
    return Optional.ofNullable(personByAlias.get(stripPossessive(name)));
  }

  /**
   * Whether the registry lists a name as a person or an organisation (by name, alias or surname).
   *
   * @param name a name as written
   * @return true when {@link #person} or {@link #organisation} resolves it
   */
  public boolean knows(String name) {
    return person(name).isPresent() || organisation(name).isPresent();
  }

  /** True when the canonical name is an outlet of the registry. */
  public boolean isOutlet(String canonical) {
    Organisation org = orgByAlias.get(canonical);
    return org != null && org.kind() == Kind.OUTLET;
  }

  /**
   * Every registry organisation named in a text, longest alias first, left to right.
   *
   * @param text a sentence
   * @return the mentions with canonical names
   */
  public List<Mention> organisationMentions(String text) {
    return mentions(orgNames, text, s -> orgByAlias.get(s).name());
  }

  /**
   * Every registry person named in a text (full names, aliases, unique surnames).
   *
   * @param text a sentence
   * @return the mentions with canonical names
   */
  public List<Mention> personMentions(String text) {
    return mentions(personNames, text, s -> personByAlias.get(s).name());
  }

  private static List<Mention> mentions(
      AliasMatcher names, String text, Function<String, String> canonical) {
    List<Mention> out = new ArrayList<>();
    for (AliasMatcher.Match m : names.find(text)) {
      out.add(new Mention(m.start(), m.end(), m.name(), canonical.apply(m.name())));
    }
    return out;
  }

  static String stripPossessive(String name) {
    String s = name.strip();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.endsWith("'") || s.endsWith("\u2019")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Every organisation, for callers that list them with their kind. */
  public Map<String, Kind> organisationKinds() {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    organisations.forEach(o -> kinds.put(o.name(), o.kind()));
    return kinds;
  }
}

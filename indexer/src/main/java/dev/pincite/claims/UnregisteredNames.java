package dev.pincite.claims;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names claims carry that the registry does not list: speakers found by their form and grammar,
 * and organisations found as written. A reindex reports them so that a person can confirm them into
 * the registry (a canonical name, aliases, a surname), which then groups their mentions and keeps
 * them apart from other kinds of name. Immutable.
 *
 * @param speakers attributed speakers the registry does not know, sorted
 * @param organisations companies the registry does not know, sorted
 */
public record UnregisteredNames(List<String> speakers, List<String> organisations) {

  /** No names. */
  public static final UnregisteredNames NONE = new UnregisteredNames(List.of(), List.of());

  public UnregisteredNames {
    speakers = List.copyOf(speakers);
    organisations = List.copyOf(organisations);
  }

  /**
   * The unregistered names of some claims.
   *
   * @param claims the claims of one document
   * @param registry the registry they were extracted against
   * @return the names no registry entry resolves
   */
  public static UnregisteredNames of(Collection<Claim> claims, Registry registry) {
    Set<String> speakers = new TreeSet<>();
    Set<String> organisations = new TreeSet<>();
    for (Claim c : claims) {
      if (c.attributed() && c.speaker() != null && !registry.knows(c.speaker())) {
        speakers.add(c.speaker());
      }
      for (String company : c.companies()) {
        if (!registry.knows(company)) {
          organisations.add(company);
        }
      }
    }
    return new UnregisteredNames(List.copyOf(speakers), List.copyOf(organisations));
  }

  /**
   * These names and another's, each list sorted and without duplicates.
   *
   * @param other more names
   * @return the union
   */
  public UnregisteredNames plus(UnregisteredNames other) {
    Set<String> s = new TreeSet<>(speakers);
    s.addAll(other.speakers);
    Set<String> o = new TreeSet<>(organisations);
    o.addAll(other.organisations);
    return new UnregisteredNames(List.copyOf(s), List.copyOf(o));
  }

  /** True when there is no name. */
  public boolean isEmpty() {
    return speakers.isEmpty() && organisations.isEmpty();
  }
}

package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's products and brands, each resolved to the organisation that owns it, as the claim
 * contract resolves a product to its parent ("Instagram is Meta"): a name introduced by an
 * appositive of its owner's ("Lumidrel, its new pill for ...", said of Quorvane Therapeutics;
 * "Embervale, the streaming service owned by Hestmark Media"; "Tern, a wheat variety sold by
 * Ashgrove Seeds") is that owner wherever the document names it. An appositive naming another firm
 * ("Marisco Lines, its closest rival"; {@code [related-firms]} of {@code company-cues.txt}) or a
 * person's role ({@code [roles]}) owns nothing. Read by grammar, never by a name. Immutable and
 * thread safe; {@link #learn} gives one document's owners.
 */
final class ProductOwners {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** ", its new pill for ...": the words of the appositive, up to a clause's end or a link word. */
  private static final Pattern ITS_APPOSITIVE =
      Pattern.compile(
          "^,\\s+its\\s+((?:[\\p{Ll}\\d-]+\\s+){0,3}?[\\p{Ll}-]+)"
              + "(?=\\s*[,.;:)\u2014]|\\s*$|\\s+(?:that|which|for|in|at|with|from|to|and|on|since)\\b)");

  /** Heads that close no noun phrase: "Meridale Airways, its largest ever" is an order's. */
  private static final Pattern NOT_NOUNS =
      Pattern.compile("ever|yet|too|again|still|already|now|so|far|\\p{Ll}+ly");

  private final Pattern ownedBy;
  private final Set<String> relatedFirms;
  private final Set<String> roles;

  /**
   * @param cues the parsed {@code company-cues.txt}
   */
  ProductOwners(CueFile cues) {
    this.relatedFirms = lowerCase(cues.list("related-firms"));
    this.roles = lowerCase(cues.list("roles"));
    // ", the streaming service owned by ", ", a wheat variety sold by "
    this.ownedBy =
        Pattern.compile(
            "^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,4}?(?:"
                + cues.alternation("owning-verbs")
                + ")\\s+by\\s+(?:the\\s+)?",
            FLAGS);
  }

  private static Set<String> lowerCase(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * The owners a document's sentences give its products.
   *
   * @param sentences the document's sentences, in reading order
   * @param companies the organisations found in each sentence, canonical, in the same order
   * @return each product's owner; a product two owners claim is left out
   */
  Map<String, String> learn(List<String> sentences, List<? extends Collection<String>> companies) {
    Map<String, String> owners = new HashMap<>();
    Set<String> disputed = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      for (String product : companies.get(i)) {
        owner(sentence, product, companies.get(i))
            .ifPresent(
                owner -> {
                  String before = owners.putIfAbsent(product, owner);
                  if (before != null && !before.equals(owner)) {
                    disputed.add(product);
                  }
                });
      }
    }
    disputed.forEach(owners::remove);
    // An owner that is itself a product of another ("A, its unit" and "B, A's parent") stays.
    owners.values().removeIf(owners::containsKey);
    return owners;
  }

  private Optional<String> owner(String sentence, String product, Collection<String> names) {
    int at = sentence.indexOf(product);
    if (at < 0) {
      return Optional.empty();
    }
    String after = sentence.substring(at + product.length());
    Matcher its = ITS_APPOSITIVE.matcher(after);
    if (its.lookingAt()) {
      String[] words = its.group(1).split("\\s+");
      String head = words[words.length - 1];
      if (relatedFirms.contains(head)
          || roles.contains(head)
          || roles.contains(its.group(1))
          || NOT_NOUNS.matcher(head).matches()) {
        return Optional.empty();
      }
      // "its" is the organisation the sentence named before the product: its subject.
      return nearestBefore(sentence, at, product, names);
    }
    Matcher by = ownedBy.matcher(after);
    if (by.lookingAt()) {
      String rest = after.substring(by.end());
      return names.stream().filter(n -> !n.equals(product) && rest.startsWith(n)).findFirst();
    }
    return Optional.empty();
  }

  /** The organisation named last before {@code at}, other than the product itself. */
  private static Optional<String> nearestBefore(
      String sentence, int at, String product, Collection<String> names) {
    String best = null;
    int bestAt = -1;
    for (String n : names) {
      int i = sentence.lastIndexOf(n, at - 1);
      if (!n.equals(product) && i >= 0 && i + n.length() <= at && i > bestAt) {
        best = n;
        bestAt = i;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A sentence's organisations with each product replaced by its owner.
   *
   * @param companies the sentence's organisations
   * @param owners the document's product owners ({@link #learn})
   * @return the organisations, products resolved
   */
  static List<String> resolved(Collection<String> companies, Map<String, String> owners) {
    List<String> out = new ArrayList<>();
    for (String c : companies) {
      String owner = owners.getOrDefault(c, c);
      if (!out.contains(owner)) {
        out.add(owner);
      }
    }
    return out;
  }
}

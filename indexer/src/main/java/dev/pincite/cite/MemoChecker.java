package dev.pincite.cite;

import dev.pincite.cite.CitationCheck.Status;
import dev.pincite.claims.StableIds;
import dev.pincite.index.ClosestClaim;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.ClaimLookup;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the claim citations of a Markdown memo ({@link MemoCitations}) against a {@link
 * ClaimLookup} and repairs them.
 *
 * <p>A citation whose id exists is unchanged, unless the memo quotes a sentence that is not in the
 * claim's text (compared case-insensitively, with straight and curly quotes alike, and an ellipsis
 * standing for any omission): then it <em>changed</em>. A citation whose id is gone is matched
 * against the current claims of its document (the id's first 6 characters name it), using the
 * memo's quote and the id's former text ({@link ClaimLookup#formerClaim}), whichever matches
 * better: with a clear match ({@link ClosestClaim}) it <em>changed</em>. Otherwise the successor
 * the reindex recorded for the id ({@link ClaimLookup#successor}: the file was renamed or moved)
 * makes it <em>moved</em> when that claim says the same, else <em>changed</em>; without one it is
 * <em>removed</em>, with the closest claim, if any, as an unclear suggestion. A citation whose id
 * exists and whose quote, if any, is in its sentence is <em>unchanged</em>.
 *
 * <p>When the memo has a date ({@link MemoDate}: its front matter's {@code date}, or one given to
 * {@link #check(String, Instant)}), each citation also lists the claims <em>answering</em> the
 * claim it stands for (its claim, or a clear successor) that were first indexed at or after that
 * instant: what was said against it since the memo was written. Answers come from {@link
 * ClaimLookup#answersTo}, whichever way the archive found them.
 *
 * <p>Instances hold no mutable state: thread safe when the lookup is.
 */
public final class MemoChecker {

  private static final Pattern ELLIPSIS =
      Pattern.compile("\\s*(?:\\[?…\\]?|\\[?\\.\\.\\.\\]?)\\s*");

  private final ClaimLookup lookup;
  private final CitationFormatter formatter;

  /**
   * A checker whose answer citations link relatively ({@code /claims/{id}}).
   *
   * @param lookup where claims are looked up: the index or a server
   */
  public MemoChecker(ClaimLookup lookup) {
    this(lookup, new CitationFormatter(""));
  }

  /**
   * @param lookup where claims are looked up: the index or a server
   * @param formatter writes the Markdown citation of each answer, with the archive's address
   */
  public MemoChecker(ClaimLookup lookup, CitationFormatter formatter) {
    this.lookup = lookup;
    this.formatter = formatter;
  }

  /**
   * Checks a memo as of its front matter's date, if any.
   *
   * @param memo the memo's Markdown
   * @return a check per citation, in reading order
   * @throws IOException when the lookup fails
   * @throws IllegalArgumentException when the front matter's date cannot be read
   */
  public MemoReport check(String memo) throws IOException {
    return check(memo, MemoDate.ofMemo(memo).orElse(null));
  }

  /**
   * @param memo the memo's Markdown
   * @param since answers first indexed at or after this instant are reported; null to look for none
   * @return a check per citation, in reading order
   * @throws IOException when the lookup fails
   */
  public MemoReport check(String memo, Instant since) throws IOException {
    Map<String, List<StoredClaim>> documents = new HashMap<>();
    List<CitationCheck> checks = new ArrayList<>();
    for (MemoCitation citation : MemoCitations.scan(memo)) {
      CitationCheck check = check(citation, documents);
      checks.add(since == null ? check : withAnswers(check, since));
    }
    return new MemoReport(checks, since);
  }

  private CitationCheck withAnswers(CitationCheck check, Instant since) throws IOException {
    StoredClaim cited = check.standsFor();
    if (cited == null) {
      return check;
    }
    List<CitationCheck.Answer> answers = new ArrayList<>();
    for (StoredClaim answer : lookup.answersTo(cited.claim().id())) {
      boolean isNew = answer.firstIndexedAt().map(at -> !at.isBefore(since)).orElse(false);
      if (isNew) {
        answers.add(
            new CitationCheck.Answer(
                answer, formatter.format(answer, CitationStyle.MARKDOWN).text()));
      }
    }
    return new CitationCheck(
        check.citation(),
        check.status(),
        check.current(),
        check.former(),
        check.suggestion(),
        check.nearId(),
        answers);
  }

  private CitationCheck check(MemoCitation citation, Map<String, List<StoredClaim>> documents)
      throws IOException {
    String id = citation.id();
    String quote = citation.quote();
    Optional<StoredClaim> current = lookup.claim(id);
    if (current.isPresent()) {
      StoredClaim claim = current.get();
      if (quote == null || quotes(quote, claim.claim().text())) {
        return new CitationCheck(citation, Status.UNCHANGED, claim, null, null);
      }
      ClosestClaim.Match match =
          ClosestClaim.find(claimsOf(id, documents), quote, claim.claim().paragraph()).orElse(null);
      return new CitationCheck(citation, Status.CHANGED, claim, null, match);
    }
    Optional<StoredClaim> former = lookup.formerClaim(id);
    int paragraph = former.map(f -> f.claim().paragraph()).orElse(0);
    List<StoredClaim> candidates = claimsOf(id, documents);
    List<ClosestClaim.Match> matches = new ArrayList<>();
    if (quote != null) {
      ClosestClaim.find(candidates, quote, paragraph).ifPresent(matches::add);
    }
    if (former.isPresent()) {
      ClosestClaim.find(candidates, former.get().claim().text(), paragraph).ifPresent(matches::add);
    }
    ClosestClaim.Match best =
        matches.stream().max(Comparator.comparingDouble(ClosestClaim.Match::score)).orElse(null);
    Status status = best != null && best.clear() ? Status.CHANGED : Status.REMOVED;
    if (status == Status.REMOVED) {
      Optional<CitationCheck> moved = successorCheck(citation, former.orElse(null));
      if (moved.isPresent()) {
        return moved.get();
      }
    }
    StoredClaim near =
        status == Status.REMOVED && best == null && former.isEmpty()
            ? nearId(id, documents).orElse(null)
            : null;
    return new CitationCheck(citation, status, null, former.orElse(null), best, near, List.of());
  }

  /**
   * The check of a citation whose id the reindex replaced (its file renamed, moved or edited) when
   * its own document no longer shows a clear successor: moved when the successor still says what
   * the id said and what the memo quotes, else changed.
   */
  private Optional<CitationCheck> successorCheck(MemoCitation citation, StoredClaim former)
      throws IOException {
    Optional<StoredClaim> successor = lookup.successor(citation.id());
    if (successor.isEmpty()) {
      return Optional.empty();
    }
    StoredClaim next = successor.get();
    String now = next.claim().text();
    String then = former != null ? former.claim().text() : citation.quote();
    boolean same =
        (citation.quote() == null || quotes(citation.quote(), now))
            && (former == null || normalise(former.claim().text()).equals(normalise(now)));
    double score = then == null ? 1 : ClosestClaim.similarity(then, now);
    return Optional.of(
        new CitationCheck(
            citation,
            same ? Status.MOVED : Status.CHANGED,
            null,
            former,
            new ClosestClaim.Match(next, score, 0, true),
            null,
            List.of()));
  }

  /**
   * The current claim whose id is one keystroke away from a never-indexed id: one character
   * replaced, or two neighbours swapped. A typo after the document prefix is found among that
   * document's claims; one inside the prefix among the documents the lookup can list.
   */
  private Optional<StoredClaim> nearId(String id, Map<String, List<StoredClaim>> documents)
      throws IOException {
    List<String> prefixes = new ArrayList<>();
    String prefix = StableIds.documentPrefix(id);
    prefixes.add(prefix);
    for (String other : lookup.documentPrefixes()) {
      if (!other.equals(prefix) && oneKeystrokeApart(prefix, other)) {
        prefixes.add(other);
      }
    }
    for (String p : prefixes) {
      List<StoredClaim> claims = documents.get(p);
      if (claims == null) {
        claims = lookup.claimsOfDocument(p);
        documents.put(p, claims);
      }
      for (StoredClaim claim : claims) {
        if (oneKeystrokeApart(id, claim.claim().id())) {
          return Optional.of(claim);
        }
      }
    }
    return Optional.empty();
  }

  /** Same length, and one character replaced or two adjacent characters swapped. */
  static boolean oneKeystrokeApart(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    int first = -1;
    int differences = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (differences++ == 0) {
          first = i;
        }
      }
    }
    if (differences == 1) {
      return true;
    }
    return differences == 2
        && first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first);
  }

  private List<StoredClaim> claimsOf(String id, Map<String, List<StoredClaim>> documents)
      throws IOException {
    String prefix = StableIds.documentPrefix(id);
    List<StoredClaim> claims = documents.get(prefix);
    if (claims == null) {
      claims = lookup.claimsOfDocument(prefix);
      documents.put(prefix, claims);
    }
    return claims;
  }

  /**
   * Whether a memo's quotation is in a sentence: every part of it between ellipses occurs in the
   * sentence, in order, ignoring case, whitespace, the kind of quotation marks and the quotation's
   * final punctuation.
   *
   * @param quote the quotation
   * @param sentence the claim's text
   * @return true when the sentence says what the memo quotes
   */
  public static boolean quotes(String quote, String sentence) {
    String text = normalise(sentence);
    int from = 0;
    for (String part : ELLIPSIS.split(normalise(quote))) {
      String fragment = part.strip().replaceAll("[.,;:!?]+$", "");
      if (fragment.isEmpty()) {
        continue;
      }
      int at = text.indexOf(fragment, from);
      if (at < 0) {
        return false;
      }
      from = at + fragment.length();
    }
    return true;
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[‘’ʼ`]", "'")
        .replaceAll("[“”„«»]", "\"")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * Rewrites every fixable citation ({@link CitationCheck#fixable()}) to its suggested claim: the
   * id in the link or key, and a link text that quoted the old sentence becomes the new sentence.
   *
   * @param memo the memo that was checked
   * @param report its report
   * @return the repaired memo and how many citations were rewritten
   */
  public static Fixed fix(String memo, MemoReport report) {
    List<CitationCheck> fixes =
        new ArrayList<>(report.checks().stream().filter(CitationCheck::fixable).toList());
    // rewrite from the end so earlier offsets stay valid
    fixes.sort(Comparator.comparingInt((CitationCheck c) -> c.citation().idOffset()).reversed());
    StringBuilder out = new StringBuilder(memo);
    int fixed = 0;
    for (CitationCheck check : fixes) {
      MemoCitation citation = check.citation();
      StoredClaim target = check.suggestion().claim();
      String newId = target.claim().id();
      boolean changed = !newId.equals(citation.id());
      int idOffset = citation.idOffset();
      out.replace(idOffset, idOffset + citation.id().length(), newId);
      if (citation.quoteIsLinkText()) {
        String text = "“" + CitationFormatter.escapeMarkdown(target.claim().text()) + "”";
        changed |= !out.substring(citation.linkTextStart(), citation.linkTextEnd()).equals(text);
        out.replace(citation.linkTextStart(), citation.linkTextEnd(), text);
      }
      if (changed) {
        fixed++;
      }
    }
    return new Fixed(out.toString(), fixed);
  }

  /**
   * A memo after {@link #fix}.
   *
   * @param memo the repaired memo
   * @param fixed how many citations were rewritten
   */
  public record Fixed(String memo, int fixed) {}
}

package dev.pincite.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides a sentence's stance toward the main company it discusses (the claim contract, {@code
 * shared/CLAIMS.md}): bullish, bearish or neutral. {@link StanceRules} is the rule implementation;
 * a trained model implements the same interface, so both can be scored against the same gold set
 * and floors. Implementations must be thread safe: one instance serves every document of a reindex.
 *
 * <p>The structural stance of a bull or bear case ({@link TypeRules.Decision#stance()}) and the
 * opposite stance a neutral counterclaim takes from the claim it answers are decided by the
 * extractor, around the classifier.
 */
public interface StanceClassifier {

  /**
   * What a classifier may look at: one sentence and what the extractor knows about it.
   *
   * @param text the sentence, as in the body
   * @param type its claim type
   * @param companies the canonical names of the organisations it discusses (may be empty: the
   *     sentence may still be about the document's company, "the company", "net sales")
   * @param documentAboutCompanies true when some sentence of its document discusses an organisation
   * @param document the shape of its document
   * @param attributed true when the sentence reports someone else's words or view, false when it is
   *     in the document's own voice
   * @param place where in its document it stands (paragraph, speaker), or null when it has no
   *     document around it (a sentence scored alone)
   * @param discourse what the rules decided of the other sentences around it ({@link
   *     StanceDiscourse}), or {@link Discourse#NONE} when not read (yet)
   */
  record Sentence(
      String text,
      ClaimType type,
      Set<String> companies,
      boolean documentAboutCompanies,
      DocumentShape document,
      boolean attributed,
      Place place,
      Discourse discourse) {

    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(discourse, "discourse");
      companies = Set.copyOf(companies);
    }

    /**
     * A sentence with no place in a document and no discourse read.
     *
     * @param text see {@link #text()}
     * @param type see {@link #type()}
     * @param companies see {@link #companies()}
     * @param documentAboutCompanies see {@link #documentAboutCompanies()}
     * @param document see {@link #document()}
     * @param attributed see {@link #attributed()}
     */
    public Sentence(
        String text,
        ClaimType type,
        Set<String> companies,
        boolean documentAboutCompanies,
        DocumentShape document,
        boolean attributed) {
      this(
          text,
          type,
          companies,
          documentAboutCompanies,
          document,
          attributed,
          null,
          Discourse.NONE);
    }

    /**
     * The same sentence with its discourse read.
     *
     * @param read its discourse
     * @return the sentence
     */
    public Sentence withDiscourse(Discourse read) {
      return new Sentence(
          text, type, companies, documentAboutCompanies, document, attributed, place, read);
    }
  }

  /**
   * Where a sentence stands in its document.
   *
   * @param paragraph its paragraph's number (paragraphs of one document are told apart by it)
   * @param speaker whose words it is (the speaker of the claim contract), or null when none is
   *     known
   */
  record Place(int paragraph, String speaker) {}

  /**
   * How the rules decided the other sentences of a sentence's document, by scope: what a stance
   * model reads as the discourse around the sentence ({@link StanceDiscourse}). A context sentence
   * counts as neutral, as the rules decide it.
   *
   * @param document the other sentences of the document
   * @param speaker the other sentences of the same speaker
   * @param paragraph the other sentences of the same paragraph
   * @param previous the rules' stance of the sentence just before, or null at the document's start
   *     (or with no document)
   * @param next the rules' stance of the sentence just after, or null at the document's end
   * @param known false for {@link #NONE}: a sentence with no document around it, or one whose
   *     discourse was not read
   */
  record Discourse(
      Lean document, Lean speaker, Lean paragraph, Stance previous, Stance next, boolean known) {

    /** No discourse: a sentence alone (Financial PhraseBank) or not read. */
    public static final Discourse NONE =
        new Discourse(Lean.EMPTY, Lean.EMPTY, Lean.EMPTY, null, null, false);

    public Discourse {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(paragraph, "paragraph");
    }
  }

  /**
   * How many sentences of a scope the rules decided each way.
   *
   * @param bullish decided bullish
   * @param bearish decided bearish
   * @param neutral decided neutral
   */
  record Lean(int bullish, int bearish, int neutral) {

    /** A scope with no sentence. */
    public static final Lean EMPTY = new Lean(0, 0, 0);

    public Lean {
      if (bullish < 0 || bearish < 0 || neutral < 0) {
        throw new IllegalArgumentException(
            "counts are not negative: " + bullish + ", " + bearish + ", " + neutral);
      }
    }

    /** This lean with one more sentence decided so. */
    Lean plus(Stance stance) {
      return switch (stance) {
        case BULLISH -> new Lean(bullish + 1, bearish, neutral);
        case BEARISH -> new Lean(bullish, bearish + 1, neutral);
        case NEUTRAL -> new Lean(bullish, bearish, neutral + 1);
      };
    }

    /** This lean without one sentence decided so (which it counted). */
    Lean minus(Stance stance) {
      return switch (stance) {
        case BULLISH -> new Lean(bullish - 1, bearish, neutral);
        case BEARISH -> new Lean(bullish, bearish - 1, neutral);
        case NEUTRAL -> new Lean(bullish, bearish, neutral - 1);
      };
    }
  }

  /**
   * The shape of a sentence's document, which tells a one-line news item from an argued essay or a
   * long commentary.
   *
   * @param sentences how many sentences its body has (at least 1)
   * @param paragraphs how many paragraphs (at least 1)
   */
  record DocumentShape(int sentences, int paragraphs) {

    public DocumentShape {
      if (sentences < 1 || paragraphs < 1) {
        throw new IllegalArgumentException(
            "a document has at least one sentence and paragraph: " + sentences + ", " + paragraphs);
      }
    }
  }

  /**
   * The stance of a sentence.
   *
   * @param sentence the sentence and its context
   * @return its stance toward the main company it discusses
   */
  Stance stance(Sentence sentence);

  /**
   * The stances of a document's sentences, each decided in its discourse where the classifier reads
   * one ({@link StanceModel}); by default each alone.
   *
   * @param document its sentences in reading order, each with its {@link Sentence#place()}
   * @return one stance per sentence, in the same order
   */
  default List<Stance> stances(List<Sentence> document) {
    List<Stance> out = new ArrayList<>(document.size());
    for (Sentence s : document) {
      out.add(stance(s));
    }
    return out;
  }

  /**
   * Identifies what decides (nothing for rules, whose code and cue files the extractor's
   * fingerprint already covers; a trained model's weights), for the extractor's fingerprint: when
   * it changes, claims are extracted again.
   *
   * @return the identity, or an empty string
   */
  default String fingerprint() {
    return "";
  }
}

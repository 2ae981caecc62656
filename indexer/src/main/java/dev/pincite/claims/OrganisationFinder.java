package dev.pincite.claims;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Organisation names found by a trained name finder: OpenNLP's maximum-entropy {@link NameFinderME}
 * over a sentence's tokens ({@link SimpleTokenizer}), reading each word's shape and the words
 * around it with the features of {@value #FEATURES}. {@link CompanyRules} asks it about a run of
 * capitalised words no cue of its own marks ("Ferrylink says ...", "Kestrelridge Parks gained 5%");
 * a person is never taken whatever it says.
 *
 * <p>Trained ({@link #train}) on the organisations labelled sentences name in their own words
 * ({@code pincite train-models}: the labels of {@code gold/} and {@code train/}, never a held-out
 * or claims-dev set). Its file holds the weights alone, in OpenNLP's binary format gzipped, so the
 * same samples give the same bytes. Thread safe: each thread tags with a finder of its own.
 */
public final class OrganisationFinder {

  /** The feature descriptor, a class-path resource beside this class. */
  public static final String FEATURES = "organisation-features.xml";

  /** Training passes and the least count of a feature kept, OpenNLP's defaults. */
  private static final int ITERATIONS = 100;

  private static final int CUTOFF = 5;
  private static final String TYPE = "organisation";

  /**
   * A labelled sentence.
   *
   * @param document the document it comes from; samples of one document are given in order
   * @param text the sentence
   * @param organisations where it names an organisation, as character spans
   */
  public record Sample(String document, String text, List<Mention> organisations) {
    public Sample {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(text, "text");
      organisations = List.copyOf(organisations);
    }
  }

  /**
   * Where a sentence names an organisation.
   *
   * @param start the first character
   * @param end one past the last
   */
  public record Mention(int start, int end) {
    public Mention {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("not a span: " + start + ".." + end);
      }
    }
  }

  private final MaxentModel weights;
  private final TokenNameFinderModel model;
  private final String fingerprint;
  private final ThreadLocal<NameFinderME> finders;

  private OrganisationFinder(MaxentModel weights) {
    this.weights = weights;
    byte[] features = features();
    this.model =
        new TokenNameFinderModel(
            "en",
            weights,
            NameFinderME.DEFAULT_BEAM_SIZE,
            features,
            Map.of(),
            Map.of(),
            new BioCodec(),
            new TokenNameFinderFactory(features, Map.of(), new BioCodec()));
    this.fingerprint = MaxentTrainer.fingerprint(weights, "organisations/" + FEATURES);
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /**
   * Trains a finder.
   *
   * @param samples labelled sentences, each document's in reading order
   * @return the finder
   */
  public static OrganisationFinder train(List<Sample> samples) {
    List<NameSample> events = new ArrayList<>();
    String previous = null;
    for (Sample s : samples) {
      events.add(nameSample(s, !s.document().equals(previous)));
      previous = s.document();
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    try {
      TokenNameFinderModel trained =
          NameFinderME.train(
              "en",
              TYPE,
              ObjectStreamUtils.createObjectStream(events),
              parameters,
              new TokenNameFinderFactory(features(), Map.of(), new BioCodec()));
      return new OrganisationFinder(trained.getArtifact("nameFinder.model"));
    } catch (IOException e) {
      throw new UncheckedIOException("training the organisation finder failed", e);
    }
  }

  /**
   * Reads a finder {@link #write} wrote.
   *
   * @param in the written finder; not closed
   * @return the finder
   * @throws IOException when it cannot be read
   */
  public static OrganisationFinder read(InputStream in) throws IOException {
    return new OrganisationFinder(MaxentTrainer.read(in));
  }

  /**
   * Writes this finder's weights.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    MaxentTrainer.write(weights, out);
  }

  /** This finder as its file holds it. */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A digest of the weights, for the extractor's fingerprint. */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Where a sentence names organisations, as this finder reads it.
   *
   * @param sentence the sentence
   * @return character spans, in order
   */
  public List<Mention> organisations(String sentence) {
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
    if (tokens.length == 0) {
      return List.of();
    }
    Span[] found = finders.get().find(Span.spansToStrings(tokens, sentence));
    List<Mention> out = new ArrayList<>(found.length);
    for (Span name : found) {
      out.add(new Mention(tokens[name.getStart()].getStart(), tokens[name.getEnd() - 1].getEnd()));
    }
    return out;
  }

  /** A labelled sentence as OpenNLP trains on it: its tokens and the token spans of its names. */
  private static NameSample nameSample(Sample sample, boolean newDocument) {
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(sample.text());
    List<Span> names = new ArrayList<>();
    for (Mention m : sample.organisations()) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i].getStart() == m.start()) {
          first = i;
        }
        if (tokens[i].getEnd() == m.end()) {
          last = i;
        }
      }
      // A mention that does not fall on token boundaries ("Acme" inside "Acmeworks") is left out.
      if (first >= 0 && last >= first) {
        names.add(new Span(first, last + 1, TYPE));
      }
    }
    return new NameSample(
        Span.spansToStrings(tokens, sample.text()), names.toArray(new Span[0]), newDocument);
  }

  private static byte[] features() {
    try (InputStream in = OrganisationFinder.class.getResourceAsStream(FEATURES)) {
      if (in == null) {
        throw new IllegalStateException(FEATURES + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FEATURES, e);
    }
  }
}

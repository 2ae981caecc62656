package dev.pincite.claims;

import dev.pincite.ingest.Article;
import dev.pincite.ingest.Block;
import dev.pincite.ingest.FileTimeLimit;
import dev.pincite.ingest.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns an article into claims: one per body sentence, with speaker, companies, type, stance and
 * counterclaim link (the claim contract, {@code shared/CLAIMS.md}). Each concern has one class that
 * documents its rules: {@link SentenceSplitter}, {@link SpeakerRules}, {@link CompanyRules}, {@link
 * TypeRules}, {@link StanceRules}; their word lists are the cue files of {@code
 * src/main/resources/dev/pincite/claims/}, people and companies are in the {@link Registry}. This
 * class resolves "the company" (or "the bank", "the grocer" ...) to the organisation its paragraph
 * is about, and makes it the speaker of "..., the company said", "both companies" to the two the
 * document names most, and takes the first column of a table headed "Company" as organisations.
 * Types come from a {@link TypeClassifier} and stances from a {@link StanceClassifier}: by default
 * the shipped trained models over the rules ({@link ClaimClassifiers#defaults()}), or the rules
 * alone ({@link TypeRules}, {@link StanceRules}) or other classifiers when given; {@link
 * CounterLinks} links each counterclaim to the claim it answers, by default with the shipped link
 * ranker ({@link CounterLinkModel}) where no cue decides.
 *
 * <p>Thread safe: holds only immutable rules and the registry; per-document state lives in {@link
 * #extract}.
 */
public final class ClaimExtractor {

  /**
   * The most sentences one file may hold (a long book is about 10,000). Every sentence of a file is
   * held in memory during extraction, so this bounds the heap one file can take: a 30 MB text of
   * 200,000 sentences is refused at once instead of exhausting a 512 MB heap.
   */
  public static final int MAX_SENTENCES = 50_000;

  /** The cue data files, in the order they feed the fingerprint. */
  static final List<String> CUE_FILES =
      List.of(
          "abbreviations.txt",
          "speaker-cues.txt",
          "company-cues.txt",
          "type-cues.txt",
          "section-cues.txt",
          "stance-cues.txt",
          "discourse-cues.txt",
          "connectives.txt");

  // Compiled once: String's regex methods compile theirs on every call.
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:A|An|The)\\s+");
  private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,'\u2019]");

  /** A sentence's first word, capitalised, and where it ends: "Permits" of "Permits traded". */
  private static final Pattern FIRST_WORD =
      Pattern.compile("\\s*[\"“]?(\\p{Lu}[\\p{L}'’-]*)(?=[\\s,.;:!?])");

  private final Registry registry;
  private final SentenceSplitter splitter;
  private final SpeakerRules speakers;
  private final CompanyRules companies;
  private final ProductOwners products;
  private final TableSources tableSources;
  private final OrganisationDescriptions descriptions;
  private final TypeClassifier types;
  private final CounterLinks links;
  private final StanceClassifier stances;
  private final String fingerprint;
  // discourse-cues.txt: an organisation citing its own report.
  private final AlternationIndex ownReport;
  private final VoiceModel voices;
  private final OrganisationNameModel organisationNames;

  /**
   * An extractor deciding types and stances with the default classifiers ({@link
   * ClaimClassifiers#defaults()}: the shipped models).
   *
   * @param registry the registry
   */
  public ClaimExtractor(Registry registry) {
    this(registry, ClaimClassifiers.defaults());
  }

  /**
   * An extractor deciding types and stances with these classifiers.
   *
   * @param registry the registry
   * @param classifiers the type and stance classifiers
   */
  public ClaimExtractor(Registry registry, ClaimClassifiers classifiers) {
    this(
        registry,
        classifiers.types(),
        classifiers.stances(),
        classifiers.links(),
        classifiers.voices(),
        classifiers.organisations());
  }

  /**
   * An extractor whose types come from this classifier and stances from the rules ({@link
   * StanceRules}).
   *
   * @param registry the registry
   * @param types the type classifier
   */
  public ClaimExtractor(Registry registry, TypeClassifier types) {
    this(registry, types, null);
  }

  /**
   * An extractor whose types and stances come from these classifiers.
   *
   * @param registry the registry
   * @param types the type classifier
   * @param stances the stance classifier, or null for the rules ({@link StanceRules})
   */
  public ClaimExtractor(Registry registry, TypeClassifier types, StanceClassifier stances) {
    this(registry, types, stances, null);
  }

  /**
   * An extractor whose types, stances and counterclaim links come from these classifiers.
   *
   * @param registry the registry
   * @param types the type classifier
   * @param stances the stance classifier, or null for the rules ({@link StanceRules})
   * @param linkRanker the counterclaim link ranker, or null for the rules' links ({@link
   *     CounterLinks})
   */
  public ClaimExtractor(
      Registry registry,
      TypeClassifier types,
      StanceClassifier stances,
      CounterLinkModel linkRanker) {
    this(registry, types, stances, linkRanker, null);
  }

  /**
   * An extractor whose types, stances, counterclaim links and speakers come from these classifiers.
   *
   * @param registry the registry
   * @param types the type classifier
   * @param stances the stance classifier, or null for the rules ({@link StanceRules})
   * @param linkRanker the counterclaim link ranker, or null for the rules' links ({@link
   *     CounterLinks})
   * @param voices the voice model, or null for the rules' speakers ({@link SpeakerRules})
   */
  public ClaimExtractor(
      Registry registry,
      TypeClassifier types,
      StanceClassifier stances,
      CounterLinkModel linkRanker,
      VoiceModel voices) {
    this(registry, types, stances, linkRanker, voices, null);
  }

  /**
   * An extractor whose types, stances, counterclaim links, speakers and the organisations the
   * company rules do not know come from these classifiers.
   *
   * @param registry the registry
   * @param types the type classifier
   * @param stances the stance classifier, or null for the rules ({@link StanceRules})
   * @param linkRanker the counterclaim link ranker, or null for the rules' links ({@link
   *     CounterLinks})
   * @param voices the voice model, or null for the rules' speakers ({@link SpeakerRules})
   * @param organisationNames the organisation-name model, or null for the rules' companies ({@link
   *     CompanyRules})
   */
  public ClaimExtractor(
      Registry registry,
      TypeClassifier types,
      StanceClassifier stances,
      CounterLinkModel linkRanker,
      VoiceModel voices,
      OrganisationNameModel organisationNames) {
    this.registry = Objects.requireNonNull(registry, "registry");
    Map<String, CueFile> cues = new HashMap<>();
    for (String name : CUE_FILES) {
      cues.put(name, CueFile.load(name));
    }
    this.splitter = new SentenceSplitter(cues.get("abbreviations.txt"));
    this.speakers =
        new SpeakerRules(cues.get("speaker-cues.txt"), cues.get("company-cues.txt"), registry);
    this.companies = new CompanyRules(cues.get("company-cues.txt"), registry);
    this.products = new ProductOwners(cues.get("company-cues.txt"));
    this.tableSources = new TableSources(cues.get("speaker-cues.txt"));
    this.descriptions =
        new OrganisationDescriptions(cues.get("speaker-cues.txt"), cues.get("company-cues.txt"));
    this.types = Objects.requireNonNull(types, "types");
    this.stances = stances != null ? stances : new StanceRules(cues.get("stance-cues.txt"));
    CueFile discourse = cues.get("discourse-cues.txt");
    this.links = new CounterLinks(discourse).withModel(linkRanker);
    this.ownReport = CounterLinks.anyOf(discourse.list("own-report"));
    this.voices = voices;
    this.organisationNames = organisationNames;
    this.fingerprint =
        RulesFingerprint.of(
            Stream.concat(
                    CUE_FILES.stream().map(n -> cues.get(n).content()),
                    // The rules add nothing; a trained model adds its weights.
                    Stream.of(
                            types.fingerprint(),
                            this.stances.fingerprint(),
                            linkRanker == null ? "" : linkRanker.fingerprint(),
                            voices == null ? "" : voices.fingerprint(),
                            organisationNames == null ? "" : organisationNames.fingerprint())
                        .filter(f -> !f.isEmpty()))
                .toList(),
            registry.fingerprint());
  }

  /** The type rules over their cue files ({@code type-cues.txt}, {@code section-cues.txt}). */
  public static TypeRules typeRules() {
    return new TypeRules(CueFile.load("type-cues.txt"), CueFile.load("section-cues.txt"));
  }

  /**
   * The sentences of an article as the type classifier sees them, in reading order: with their
   * section, paragraph start and table header flags and speakers, found as {@link #extract} finds
   * them.
   *
   * @param article the article
   * @return its sentences
   */
  public List<TypeClassifier.Sentence> typeInputs(Article article) {
    return typeSentences(attributed(article).drafts());
  }

  private static List<TypeClassifier.Sentence> typeSentences(List<Draft> drafts) {
    return drafts.stream()
        .map(
            d ->
                new TypeClassifier.Sentence(
                    d.text,
                    d.paragraph.section(),
                    d.paragraphStart,
                    d.tableHeader,
                    d.attribution.speaker(),
                    d.attribution.attributed()))
        .toList();
  }

  /**
   * The names of these claims that the registry does not list, for the reindex report.
   *
   * @param claims claims this extractor made
   * @return their unregistered speakers and organisations
   */
  public UnregisteredNames unregisteredNames(List<Claim> claims) {
    return UnregisteredNames.of(claims, registry);
  }

  /**
   * Identifies the rules' code, their cue files, the weights of any trained model deciding and the
   * registry ({@link RulesFingerprint}): claims extracted under another fingerprint are stale.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * The sentences of a paragraph, as {@link #extract} splits them.
   *
   * @param paragraph a paragraph
   * @return its sentences
   */
  public List<String> sentences(Paragraph paragraph) {
    return sentences(paragraph, paragraph.text());
  }

  /**
   * The sentences of a paragraph's text, without the mark that opened it ({@link LeadingMarkers}).
   */
  private List<String> sentences(Paragraph paragraph, String text) {
    List<String> out = new ArrayList<>();
    for (String s : splitter.split(text, paragraph.kind())) {
      if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(s);
      }
    }
    return out;
  }

  /** One sentence on its way to becoming a claim. */
  private static final class Draft {
    final Paragraph paragraph;
    final String text;
    final boolean paragraphStart;
    final boolean tableHeader;
    SpeakerRules.Attribution attribution;
    String opener;
    Set<String> companies = new TreeSet<>();
    TypeClassifier.Decision decision;
    Stance stance;

    Draft(Paragraph paragraph, String text, boolean paragraphStart, boolean tableHeader) {
      this.paragraph = paragraph;
      this.text = text;
      this.paragraphStart = paragraphStart;
      this.tableHeader = tableHeader;
    }
  }

  /**
   * Extracts the claims of an article.
   *
   * @param article the article
   * @return its claims in reading order
   */
  public List<Claim> extract(Article article) {
    Analysis a = analyse(article);
    List<Draft> drafts = a.drafts();
    StableIds ids = new StableIds(article.path());
    List<String> claimIds = new ArrayList<>();
    for (Draft d : drafts) {
      claimIds.add(ids.next(d.text));
    }
    FileTimeLimit.checkpoint();
    int[] targets = links.targets(linkSentences(drafts), a.people());
    List<Stance> stanceOf = new ArrayList<>();
    List<String> counters = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      int target = targets[i];
      Stance stance = drafts.get(i).stance;
      if (stance == Stance.NEUTRAL && target >= 0) {
        stance = StanceRules.opposite(stanceOf.get(target));
      }
      stanceOf.add(stance);
      counters.add(target >= 0 ? claimIds.get(target) : null);
    }
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      claims.add(
          new Claim(
              claimIds.get(i),
              d.paragraph.n(),
              d.paragraph.section(),
              StableIds.normalise(d.text),
              d.attribution.speaker(),
              d.attribution.attributed(),
              List.copyOf(d.companies),
              d.decision.type(),
              stanceOf.get(i),
              counters.get(i)));
    }
    return claims;
  }

  /**
   * An article's sentences as {@link CounterLinks} sees them when it links counterclaims (speakers,
   * companies, types and the classifier's stances decided), for training and measuring the links.
   *
   * @param article the article
   * @return its sentences and the people it names
   */
  public CounterLinks.Document linkInputs(Article article) {
    Analysis a = analyse(article);
    return new CounterLinks.Document(linkSentences(a.drafts()), a.people());
  }

  /**
   * An article's drafts with speakers, companies, types and stances, the people it names and its
   * sentences' capitalised runs.
   */
  private record Analysis(List<Draft> drafts, Set<String> people, NameRuns runs) {}

  private Analysis analyse(Article article) {
    Analysis a = attributed(article);
    List<Draft> drafts = a.drafts();
    // Typed after speakers: the type classifier reads them (who argued what before).
    List<TypeClassifier.Decision> decisions = types.classify(typeSentences(drafts));
    for (int i = 0; i < drafts.size(); i++) {
      drafts.get(i).decision = decisions.get(i);
    }
    boolean documentAboutCompanies = drafts.stream().anyMatch(d -> !d.companies.isEmpty());
    StanceClassifier.DocumentShape shape =
        new StanceClassifier.DocumentShape(
            Math.max(1, drafts.size()),
            (int) Math.max(1, drafts.stream().map(d -> d.paragraph.n()).distinct().count()));
    List<StanceClassifier.Sentence> sentences = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      sentences.add(
          new StanceClassifier.Sentence(
              d.text,
              d.decision.type(),
              d.companies,
              documentAboutCompanies,
              shape,
              d.attribution.attributed(),
              new StanceClassifier.Place(d.paragraph.n(), d.attribution.speaker()),
              StanceClassifier.Discourse.NONE));
    }
    // Decided together: a classifier may read each sentence's discourse (StanceDiscourse).
    List<Stance> decided = stances.stances(sentences);
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      // The classifier's stance; a neutral counterclaim takes the opposite of its target's later.
      d.stance = d.decision.stance() != null ? d.decision.stance() : decided.get(i);
    }
    return a;
  }

  /** An article's drafts with speakers and companies (not yet typed), and the people it names. */
  private Analysis attributed(Article article) {
    List<Draft> drafts = drafts(article);
    // Read once: both passes of the speaker rules and the company rules ask it.
    LowerCaseWords lowerCase = LowerCaseWords.of(drafts.stream().map(d -> d.text).toList());
    // Speakers first, to know who is a person; then organisations; then speakers again, now
    // knowing the organisations the document introduced ("Quillon reported ..." is a firm).
    SpeakerRules.Document first = attributeSpeakers(article, drafts, Set.of(), lowerCase);
    // The passes below read the same sentences' capitalised runs again and again: found once.
    NameRuns runs = companies.nameRuns();
    Set<String> firstPeople =
        withoutFirms(
            drafts, first.people(), first.peopleWithRoles(), first.sourceOrganisations(), runs);
    Set<String> sources = first.sourceOrganisations();
    Discovery discovery = discoverOrganisations(article, drafts, firstPeople, sources, runs);
    Set<String> people = firstPeople;
    if (opensWithAnyOf(drafts, discovery.organisations())) {
      people = attributeSpeakers(article, drafts, discovery.organisations(), lowerCase).people();
    }
    FileTimeLimit.checkpoint();
    // The same people give the same organisations: discovered once, not again.
    findCompanies(
        article,
        drafts,
        people,
        sources,
        people.equals(firstPeople) ? discovery : null,
        runs,
        lowerCase);
    FileTimeLimit.checkpoint();
    if (voices != null) {
      List<SpeakerRules.Attribution> judged = voices.decide(voiceDocument(article, drafts, people));
      for (int i = 0; i < drafts.size(); i++) {
        drafts.get(i).attribution = judged.get(i);
      }
    }
    releasedBy(article, drafts);
    withTableSources(drafts);
    withLongerNames(article, drafts, people, discovery.organisations());
    if (organisationNames != null) {
      List<Set<String>> added =
          organisationNames.added(organisationDocument(article, drafts, people, runs));
      for (int i = 0; i < drafts.size(); i++) {
        drafts.get(i).companies.addAll(added.get(i));
      }
    }
    return new Analysis(drafts, people, runs);
  }

  /**
   * A table whose header names a source column ("Broker | Rating | Target"; {@link TableSources}):
   * each row is its house's rating, so that cell is the row's speaker and no company it discusses.
   */
  private void withTableSources(List<Draft> drafts) {
    int column = -1;
    for (Draft d : drafts) {
      if (d.paragraph.kind() != Block.Kind.TABLE_ROW) {
        column = -1;
      } else if (d.tableHeader) {
        column = tableSources.sourceColumn(d.text);
      } else if (column >= 0) {
        String source = tableSources.source(d.text, column);
        if (source != null) {
          d.companies.remove(source);
          d.attribution = new SpeakerRules.Attribution(source, true, true);
        }
      }
    }
  }

  /**
   * A press release nobody signs, with neither byline nor site, is its issuer's own text: the
   * organisation its dateline names ({@link ReleaseDatelines}) is the document's voice wherever no
   * one else speaks, unattributed, as a byline's writer would be.
   */
  private static void releasedBy(Article article, List<Draft> drafts) {
    if (article.byline() != null || article.site() != null || drafts.isEmpty()) {
      return;
    }
    Draft first = drafts.getFirst();
    ReleaseDatelines.issuer(first.text, first.companies)
        .ifPresent(
            issuer -> {
              for (Draft d : drafts) {
                if (!d.attribution.attributed() && d.attribution.speaker() == null) {
                  d.attribution = new SpeakerRules.Attribution(issuer, false, false);
                }
              }
            });
  }

  /**
   * Speakers given by the end of a longer name the document has ("The Group expects ..." after
   * Tallis Live Group, "the Ledgerline" on The Ledgerline's page) are that organisation: one
   * speaker facet value for one speaker ({@link NameEndings}).
   */
  private static void withLongerNames(
      Article article, List<Draft> drafts, Set<String> people, Set<String> organisations) {
    // Organisations only: a person's short form is the surname, resolved by the speaker rules,
    // and the people's list holds forms still being read ("I'm Ann Obi").
    Set<String> names = new HashSet<>(organisations);
    names.add(article.site());
    NameEndings endings = new NameEndings(names);
    for (Draft d : drafts) {
      SpeakerRules.Attribution a = d.attribution;
      // One word only, and not a name the document has as it is: a longer name holding a full one
      // is a misreading ("About Fjordlys Seafood" from a press release's last heading).
      if (a.attributed()
          && a.speaker().indexOf(' ') < 0
          && !people.contains(a.speaker())
          && !organisations.contains(a.speaker())) {
        endings
            .longer(a.speaker())
            .ifPresent(
                full -> d.attribution = new SpeakerRules.Attribution(full, true, a.explicit()));
      }
    }
  }

  /**
   * An article's sentences as the voice model ({@link VoiceModel}) reads them: attributed by the
   * rules (and by this extractor's voice model, if it has one), for training and measuring it.
   *
   * @param article the article
   * @return its sentences, the people it names and its own voice
   */
  public VoiceModel.Document voiceInputs(Article article) {
    Analysis a = attributed(article);
    return voiceDocument(article, a.drafts(), a.people());
  }

  /**
   * An article's sentences as the organisation-name model ({@link OrganisationNameModel}) reads
   * them: with the companies the rules (and this extractor's model, if it has one) found and their
   * capitalised runs, for training and measuring it.
   *
   * @param article the article
   * @return its sentences, title and the people it names
   */
  public OrganisationNameFeatures.Document organisationInputs(Article article) {
    Analysis a = attributed(article);
    return organisationDocument(article, a.drafts(), a.people(), a.runs());
  }

  private static OrganisationNameFeatures.Document organisationDocument(
      Article article, List<Draft> drafts, Set<String> people, NameRuns runs) {
    String title = article.title();
    return new OrganisationNameFeatures.Document(
        title,
        title == null ? List.of() : runs.of(title),
        drafts.stream()
            .map(d -> new OrganisationNameFeatures.Sentence(d.text, runs.of(d.text), d.companies))
            .toList(),
        people);
  }

  private VoiceModel.Document voiceDocument(
      Article article, List<Draft> drafts, Set<String> people) {
    return new VoiceModel.Document(
        drafts.stream()
            .map(
                d ->
                    new VoiceFeatures.Sentence(
                        d.text, d.attribution, d.paragraphStart, d.companies))
            .toList(),
        people,
        ownVoice(article));
  }

  /**
   * The document's own voice (the claim contract): its author, else its outlet, else null. An
   * issuer named with its legal form ("Tollbridge Auctions plc", under a press release's contacts)
   * speaks as the firm, named as its sentences name it.
   */
  private String ownVoice(Article article) {
    if (article.byline() != null) {
      return speakers.bylineWriter(article.byline());
    }
    return article.site() == null ? null : companies.withoutLegalForm(article.site());
  }

  private static List<CounterLinks.Sentence> linkSentences(List<Draft> drafts) {
    return drafts.stream()
        .map(
            d ->
                new CounterLinks.Sentence(
                    d.text,
                    d.decision,
                    d.attribution,
                    d.companies,
                    d.paragraphStart,
                    d.paragraph.n(),
                    d.stance))
        .toList();
  }

  private List<Draft> drafts(Article article) {
    List<Draft> drafts = new ArrayList<>();
    Block.Kind previousKind = null;
    LeadingMarkers marks =
        LeadingMarkers.of(article.paragraphs().stream().map(Paragraph::text).toList());
    for (Paragraph paragraph : article.paragraphs()) {
      boolean header =
          paragraph.kind() == Block.Kind.TABLE_ROW && previousKind != Block.Kind.TABLE_ROW;
      boolean first = true;
      FileTimeLimit.checkpoint();
      for (String sentence : sentences(paragraph, marks.without(paragraph.text()))) {
        if (drafts.size() == MAX_SENTENCES) {
          throw new TooManySentencesException(article.path(), MAX_SENTENCES);
        }
        drafts.add(new Draft(paragraph, sentence, first, header));
        first = false;
      }
      previousKind = paragraph.kind();
    }
    return drafts;
  }

  private SpeakerRules.Document attributeSpeakers(
      Article article, List<Draft> drafts, Set<String> organisations, LowerCaseWords lowerCase) {
    String defaultVoice = ownVoice(article);
    SpeakerRules.Document state = speakers.forDocument(defaultVoice, organisations);
    state.learnSections(
        drafts.stream()
            .map(d -> d.paragraph.section())
            .filter(Objects::nonNull)
            .distinct()
            .toList(),
        () -> drafts.stream().map(d -> d.text).collect(Collectors.joining("\n")),
        heading ->
            drafts.stream()
                .filter(d -> heading.equals(d.paragraph.section()))
                .map(d -> d.text)
                .collect(Collectors.joining("\n")));
    state.learnLowerCaseWords(lowerCase);
    state.learnThreadHandles(
        drafts.stream().filter(d -> d.paragraphStart).map(d -> d.text).toList());
    String section = null;
    for (Draft d : drafts) {
      if (d.paragraphStart) {
        FileTimeLimit.checkpoint();
        state.newParagraph();
        if (d.paragraph.kind() == Block.Kind.QUOTE) {
          state.blockQuote();
        } else if (d.paragraph.kind() == Block.Kind.QUESTION) {
          state.interviewQuestion();
        }
        if (d.paragraph.signer() != null) {
          state.signedBy(d.paragraph.signer());
        }
      }
      if (d.paragraph.section() != null && !d.paragraph.section().equals(section)) {
        section = d.paragraph.section();
        state.learnHeading(section);
      }
      d.attribution = state.next(d.text, d.paragraphStart);
      d.opener = state.lastOpener().orElse(null);
    }
    // A quotation over several sentences is the words of whoever its closing sentence names.
    int[] closers =
        QuotationRuns.closers(
            drafts.stream().map(d -> d.text).toList(),
            drafts.stream().map(d -> d.paragraphStart).toList());
    for (int i = 0; i < drafts.size(); i++) {
      SpeakerRules.Attribution closing = closers[i] < 0 ? null : drafts.get(closers[i]).attribution;
      if (closing != null && closing.explicit() && !drafts.get(i).attribution.explicit()) {
        drafts.get(i).attribution = new SpeakerRules.Attribution(closing.speaker(), true, false);
      }
    }
    continuedQuotations(drafts);
    // "X was more blunt. 'Short reports make noise,' he said.": a sentence that only introduces
    // the person opening it, right before that person speaks in the same paragraph, introduces
    // their view (as "X was sceptical" does), so it is theirs.
    for (int i = 0; i + 1 < drafts.size(); i++) {
      Draft d = drafts.get(i);
      SpeakerRules.Attribution next = drafts.get(i + 1).attribution;
      if (d.opener != null
          && !d.attribution.attributed()
          && !drafts.get(i + 1).paragraphStart
          && next.attributed()
          && next.explicit()
          && next.speaker().equals(state.fullName(d.opener))
          && state.barelyIntroduces(d.text)) {
        d.attribution = new SpeakerRules.Attribution(next.speaker(), true, true);
      }
    }
    // One speaker per person: a surname or label speaking before (or without) the sentence that
    // gives the full name becomes that full name ("PATEL:" after "I'm Dev Patel").
    for (Draft d : drafts) {
      SpeakerRules.Attribution a = d.attribution;
      String full = a.attributed() ? state.fullName(a.speaker()) : a.speaker();
      if (!Objects.equals(full, a.speaker())) {
        d.attribution = new SpeakerRules.Attribution(full, true, a.explicit());
      }
    }
    return state;
  }

  /**
   * A paragraph that is one quotation and names nobody, right after a paragraph whose last sentence
   * a speaker was found for, goes on with that speaker's words: news sets a long quotation so ("'It
   * is a mistake,' said Tom Reyes." then a paragraph "'Nobody will pay these fares.'").
   */
  private static void continuedQuotations(List<Draft> drafts) {
    SpeakerRules.Attribution before = null;
    for (int start = 0; start < drafts.size(); ) {
      int end = start + 1;
      while (end < drafts.size() && !drafts.get(end).paragraphStart) {
        end++;
      }
      boolean quotation =
          drafts.get(start).paragraph.isWholeQuotation()
              && drafts.subList(start, end).stream().noneMatch(d -> d.attribution.explicit());
      if (quotation && before != null && before.attributed()) {
        for (Draft d : drafts.subList(start, end)) {
          d.attribution = new SpeakerRules.Attribution(before.speaker(), true, false);
        }
      }
      before = drafts.get(end - 1).attribution;
      start = end;
    }
  }

  /**
   * Whether knowing the document's organisations can change a speaker: only a sentence that opens
   * with one of them, or the first word of a two-word one, after an article at most ("A Halden
   * spokesperson"), can name it as a source. Saves the second speaker pass for most documents.
   */
  private static boolean opensWithAnyOf(List<Draft> drafts, Set<String> organisations) {
    if (organisations.isEmpty()) {
      return false;
    }
    Set<String> starts = new HashSet<>();
    for (String o : organisations) {
      starts.add(o.split(" ", 2)[0]);
    }
    for (Draft d : drafts) {
      String text =
          LEADING_ARTICLE
              .matcher(TypeRules.TRANSCRIPT_LABEL.matcher(d.text).replaceFirst(""))
              .replaceFirst("");
      String first = FIRST_WORD_END.split(text, 2)[0];
      if (starts.contains(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first speaker pass's people less the firms among them: a name that "reported" or "said"
   * ("Stagewright Live reported ...") is taken for a person before any organisation is known, and
   * would then never be one. A name {@link CompanyRules} finds as an organisation somewhere in the
   * document when nobody but the registry's people is known (a corporate word, a possessive of a
   * business thing, a legal form, a registry organisation) is a firm, not a person; unless the
   * document gives it a person's role ("Tom Reyes, an economist at Halden Bank,": the appositive
   * alone makes CompanyRules take the name for the bank when it knows no people). A name that
   * speaks through a spokesperson or its analysts ({@link
   * SpeakerRules.Document#sourceOrganisations}) is found so too, and a name is a firm when its
   * first words are one found so: "Pepperfield Pizza wants ..." took for a person is the firm of "A
   * Pepperfield spokesman said".
   */
  private Set<String> withoutFirms(
      List<Draft> drafts,
      Set<String> people,
      Set<String> peopleWithRoles,
      Set<String> sourceOrganisations,
      NameRuns runs) {
    List<String> candidates =
        people.stream()
            .filter(p -> registry.person(p).isEmpty() && !peopleWithRoles.contains(p))
            .toList();
    if (candidates.isEmpty()) {
      return people;
    }
    // Only a sentence that writes a candidate's name can find it as an organisation: the others
    // are not read again (this pass runs on every document, on the reindex's hot path).
    Predicate<String> registryPerson = isPerson(Set.of());
    Set<String> found = new HashSet<>(sourceOrganisations);
    for (Draft d : drafts) {
      if (candidates.stream().anyMatch(d.text::contains)) {
        companies.companies(d.text, registryPerson, found, runs);
      }
    }
    Set<String> firms = new HashSet<>();
    for (String p : candidates) {
      // "Trevena" found as a firm makes "Trevena Line" one, and "Aldren Air" makes "Aldren" one: a
      // firm's short form is its first word, a person's is the surname.
      if (found.contains(p)
          || found.stream().anyMatch(f -> isShortFormOf(f, p) || isShortFormOf(p, f))) {
        firms.add(p);
      }
    }
    firms.addAll(firmsByShortForm(drafts, candidates, firms, found, runs));
    if (firms.isEmpty()) {
      return people;
    }
    Set<String> rest = new TreeSet<>(people);
    rest.removeAll(firms);
    return rest;
  }

  /**
   * Candidates called by their first word alone: a name whose last word never stands alone in the
   * document is referred to by its first ("Trevena" for "Trevena Line"), as firms are, while a
   * person is called by the surname. When a sentence writing that first word gives it a corporate
   * cue ("Trevena's shareholders"), the name is a firm.
   */
  private Set<String> firmsByShortForm(
      List<Draft> drafts,
      List<String> candidates,
      Set<String> firms,
      Set<String> found,
      NameRuns runs) {
    Map<String, String> byShortForm = new HashMap<>();
    for (String p : candidates) {
      int space = p.indexOf(' ');
      if (space > 0 && !firms.contains(p) && !lastWordStandsAlone(p, drafts)) {
        byShortForm.put(p.substring(0, space), p);
      }
    }
    if (byShortForm.isEmpty()) {
      return Set.of();
    }
    Predicate<String> registryPerson = isPerson(Set.of());
    Set<String> more = new HashSet<>(found);
    for (Draft d : drafts) {
      if (byShortForm.keySet().stream().anyMatch(d.text::contains)) {
        companies.companies(d.text, registryPerson, more, runs);
      }
    }
    Set<String> out = new HashSet<>();
    byShortForm.forEach(
        (shortForm, name) -> {
          if (more.contains(shortForm)) {
            out.add(name);
          }
        });
    return out;
  }

  /**
   * Whether the last word of a name stands alone somewhere in the document ("Kjeldsen said" after
   * "Ulla Kjeldsen"): how a person is referred to again, and seldom a firm.
   */
  private static boolean lastWordStandsAlone(String name, List<Draft> drafts) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    int inNameAt = name.length() - last.length();
    for (Draft d : drafts) {
      for (int[] place : CompanyRules.placesOf(d.text, last)) {
        int at = place[0];
        boolean inName = at >= inNameAt && d.text.startsWith(name, at - inNameAt);
        if (!inName) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a name is the first words of a longer one ("Kindra" of "Kindra Appliances"). */
  private static boolean isShortFormOf(String shortForm, String name) {
    return name.length() > shortForm.length() + 1
        && name.startsWith(shortForm)
        && name.charAt(shortForm.length()) == ' ';
  }

  /** Tells whether a name is one of these people, by full name, surname or the registry. */
  private Predicate<String> isPerson(Set<String> people) {
    Set<String> surnames = new HashSet<>();
    for (String p : people) {
      surnames.add(Registry.surname(p));
    }
    // "Ms Baird", "Mr Rennie": a title makes a person even before the speaker rules knew them
    return name ->
        people.contains(name)
            || surnames.contains(name)
            || registry.person(name).isPresent()
            || speakers.titledPerson(name);
  }

  /**
   * The organisations the document introduces anywhere (a table's company column, the company its
   * title names, corporate cues), so that a mention before the cue ("Rivet plans ..." before
   * "Rivet's shares") is found too.
   */
  private Discovery discoverOrganisations(
      Article article, List<Draft> drafts, Set<String> people, Set<String> sources, NameRuns runs) {
    Set<String> discovered = new HashSet<>();
    Predicate<String> isPerson = isPerson(people);
    // "A Quillon spokesperson said": only an organisation speaks so.
    sources.stream().filter(isPerson.negate()).forEach(discovered::add);
    learnTableColumn(drafts, isPerson, discovered);
    Set<String> outlet = new HashSet<>();
    for (String voice : new String[] {article.site(), article.byline()}) {
      if (voice != null) {
        outlet.add(voice);
        outlet.add(voice.startsWith("The ") ? voice.substring(4) : voice);
      }
    }
    companies
        .namedInTitle(
            article.title(), drafts.stream().map(d -> d.text).toList(), isPerson, outlet, runs)
        .ifPresent(discovered::add);
    // A heading that names an organisation ("Dunholm Games (Thursday)") introduces it to the
    // section under it, which then calls it "Dunholm"; a heading is no claim, so it gives none.
    Set<String> headings = headingsOf(drafts);
    for (String heading : headings) {
      companies.companies(heading, isPerson, discovered, runs);
    }
    Set<String> start = new HashSet<>(discovered);
    Discovery discovery = discoverIn(drafts, isPerson, discovered, runs);
    // "Crestwell" found by a cue, "Crestwell Procurement" written once without one: read again
    // knowing the full name, so that every "Crestwell" is it. The headings count as writing it
    // ("Loser: Rushbrook Grocers" over a section that says "Rushbrook" throughout).
    Map<String, String> fullNames =
        companies.fullNames(
            discovered,
            Stream.concat(drafts.stream().map(d -> d.text), headings.stream()).toList(),
            isPerson,
            runs);
    if (fullNames.isEmpty()) {
      return discovery;
    }
    Set<String> again = new HashSet<>(start);
    again.removeAll(fullNames.keySet());
    again.addAll(fullNames.values());
    return discoverIn(drafts, isPerson, again, runs);
  }

  /** The section headings of a document's sentences, each once, in reading order. */
  private static Set<String> headingsOf(List<Draft> drafts) {
    Set<String> headings = new LinkedHashSet<>();
    for (Draft d : drafts) {
      if (d.paragraph.section() != null) {
        headings.add(d.paragraph.section());
      }
    }
    return headings;
  }

  private Discovery discoverIn(
      List<Draft> drafts, Predicate<String> isPerson, Set<String> discovered, NameRuns runs) {
    List<List<String>> found = new ArrayList<>(drafts.size());
    int[] knownBefore = new int[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      knownBefore[i] = discovered.size();
      found.add(companies.companies(drafts.get(i).text, isPerson, discovered, runs));
    }
    return new Discovery(discovered, found, knownBefore);
  }

  /**
   * What {@link #discoverOrganisations} found: the organisations, and each sentence's companies
   * with how many organisations were known when its sentence was read. {@link
   * CompanyRules#companies} depends only on the sentence, the people and the set it is given, and
   * only adds to that set; so a later pass over the same set with the same people may take a
   * sentence's answer from here while the set still holds as many names as it held then: it is then
   * the very same set.
   *
   * @param organisations the organisations discovered (the set later passes go on adding to)
   * @param found each sentence's companies, in reading order
   * @param knownBefore how many organisations the set held when each sentence was read
   */
  private record Discovery(Set<String> organisations, List<List<String>> found, int[] knownBefore) {

    /** The sentence's companies as found then, or null when the set has grown since. */
    List<String> reusable(int sentence) {
      return organisations.size() == knownBefore[sentence] ? found.get(sentence) : null;
    }
  }

  /**
   * Fills each draft's companies.
   *
   * @param sources the names the speaker pass read where only an organisation speaks
   * @param discoveredBefore what {@link #discoverOrganisations} gave for these people, or null;
   *     names found here are added to its organisations
   * @param runs the document's memo of capitalised runs
   */
  private void findCompanies(
      Article article,
      List<Draft> drafts,
      Set<String> people,
      Set<String> sources,
      Discovery discoveredBefore,
      NameRuns runs,
      LowerCaseWords lowerCase) {
    Discovery discovery =
        discoveredBefore != null
            ? discoveredBefore
            : discoverOrganisations(article, drafts, people, sources, runs);
    // The very set, not a copy: longForm reads it in its iteration order, which a copy may change.
    Set<String> discovered = discovery.organisations();
    Predicate<String> isPerson = isPerson(people);
    Map<String, Integer> perDocument = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      List<String> same = discovery.reusable(i);
      d.companies.addAll(
          same != null ? same : companies.companies(d.text, isPerson, discovered, runs));
    }
    withoutCommonOpeners(drafts, lowerCase);
    withProductOwners(drafts);
    withLongForms(drafts);
    withDefinedAbbreviations(drafts);
    for (Draft d : drafts) {
      d.companies.forEach(c -> perDocument.merge(c, 1, Integer::sum));
    }
    withoutCitedSources(drafts, perDocument);
    CompanyReferences references = new CompanyReferences(perDocument);
    Set<String> namedBefore = new HashSet<>();
    String paragraphOrganisation = null;
    String previousOrganisation = null;
    String previousSubject = null;
    for (Draft d : drafts) {
      if (d.paragraphStart) {
        references.newParagraph();
        paragraphOrganisation = null;
        previousOrganisation = null;
        previousSubject = null;
      }
      // "The cooperative" that names its one cooperative needs no guess from the paragraph.
      Set<String> byHead = companies.namedByHead(d.text, namedBefore);
      d.companies.addAll(byHead);
      if (d.companies.isEmpty() && companies.refersToBoth(d.text)) {
        d.companies.addAll(references.mostNamed(2));
      }
      if (byHead.isEmpty() && companies.refersToTheCompany(d.text)) {
        String resolved =
            companies
                .namedByKind(d.text, namedBefore)
                .orElseGet(() -> references.referent(openingCompany(d), companies::isBusiness));
        if (resolved != null) {
          d.companies.add(resolved);
          if (!d.attribution.attributed() && companies.theCompanySays(d.text)) {
            // "..., the grocer said": the organisation speaks.
            d.attribution = new SpeakerRules.Attribution(resolved, true, true);
          }
        }
      }
      if (companies.refersToTheShares(d.text)) {
        // "He rates the shares a sell", "Analysts at Dunmore Rye cut the stock": the shares are the
        // company the paragraph is about, whatever else the sentence names.
        String resolved = references.referent(openingCompany(d), companies::isBusiness);
        if (resolved != null) {
          d.companies.add(resolved);
        }
      }
      if (!d.attribution.attributed()) {
        // "The office says it will publish final rules": the organisation speaks.
        companies
            .speakingByHead(d.text, namedBefore)
            .ifPresent(
                org -> {
                  d.companies.add(org);
                  d.attribution = new SpeakerRules.Attribution(org, true, true);
                });
      }
      if (!d.attribution.attributed() && ownReport.find(d.text)) {
        // "..., according to its latest annual report": the organisation is its own source.
        String own = references.referent(openingCompany(d));
        if (own != null) {
          d.attribution = new SpeakerRules.Attribution(own, true, true);
        }
      }
      if (d.attribution.explicit()
          && d.attribution.speaker() != null
          && people.contains(d.attribution.speaker())) {
        // "A company spokesperson said the units Okonjo cited ...": the rules' person is only the
        // subject of a clause after the verb.
        describedSpeaker(
                descriptions.spokesperson(d.text),
                d,
                references,
                namedBefore,
                paragraphOrganisation,
                null)
            .ifPresent(org -> d.attribution = new SpeakerRules.Attribution(org, true, true));
      }
      boolean bodyAsName = d.attribution.explicit() && namesCompanyBody(d.attribution);
      if (!d.attribution.explicit() || bodyAsName) {
        // Read once, and only where it can decide: a sentence the rules left unnamed, or one whose
        // speaker they took from a company's own body ("Management's answer ... is that ...").
        OrganisationDescriptions.Found description = descriptions.find(d.text);
        if (!bodyAsName || description.noun().equalsIgnoreCase(d.attribution.speaker())) {
          // "Merrowpay sent us a statement. It says ...": "it" is also the organisation that
          // opened the sentence before, when none spoke there.
          String itsReferent =
              previousOrganisation != null ? previousOrganisation : previousSubject;
          describedSpeaker(
                  description, d, references, namedBefore, paragraphOrganisation, itsReferent)
              .ifPresent(org -> d.attribution = new SpeakerRules.Attribution(org, true, true));
        }
      }
      previousSubject = openingCompany(d);
      references.sentence(d.companies, openingCompany(d));
      namedBefore.addAll(d.companies);
      boolean organisationSpeaks =
          d.attribution.attributed()
              && d.attribution.explicit()
              && !people.contains(d.attribution.speaker());
      previousOrganisation = organisationSpeaks ? d.attribution.speaker() : null;
      if (organisationSpeaks) {
        paragraphOrganisation = d.attribution.speaker();
      }
    }
  }

  /**
   * Drops an organisation of one word that only opens a sentence and that the document also writes
   * in lower case: a common word capitalised by its place ("Permits traded at £74", "Retail shares
   * fell"), unless the registry knows it.
   */
  private void withoutCommonOpeners(List<Draft> drafts, LowerCaseWords lowerCase) {
    for (Draft d : drafts) {
      Matcher first = FIRST_WORD.matcher(d.text);
      if (first.lookingAt()
          && d.companies.contains(first.group(1))
          && lowerCase.writesLowerCase(first.group(1))
          && registry.organisation(first.group(1)).isEmpty()
          && d.text.indexOf(first.group(1), first.end()) < 0) {
        d.companies.remove(first.group(1));
      }
    }
  }

  /**
   * A one-word organisation that the document also names with more words ("Kettleburn" beside
   * Kettleburn Coffee) is that organisation in every sentence: one company, one facet value. The
   * long form is the one discovery reads a sentence's short form as ({@link
   * CompanyRules#longForm}), else the one organisation the name ends ("Valdoura" beside Ceramicas
   * Valdoura, {@link CompanyRules#endingIn}); a name the registry knows stays as it is. Common
   * words capitalised by their place are gone by then ({@link #withoutCommonOpeners}).
   */
  private void withLongForms(List<Draft> drafts) {
    Set<String> named = new HashSet<>();
    drafts.forEach(d -> named.addAll(d.companies));
    Map<String, String> longer = new HashMap<>();
    for (String name : named) {
      if (name.indexOf(' ') < 0 && registry.organisation(name).isEmpty()) {
        List<String> longForms = CompanyRules.longForms(name, named);
        if (longForms.size() == 1) {
          longer.put(name, longForms.get(0));
        } else if (longForms.isEmpty()) {
          CompanyRules.endingIn(name, named).ifPresent(full -> longer.put(name, full));
        }
      }
    }
    if (longer.isEmpty()) {
      return;
    }
    for (Draft d : drafts) {
      Set<String> resolved = new TreeSet<>();
      d.companies.forEach(c -> resolved.add(longer.getOrDefault(c, c)));
      d.companies = resolved;
    }
  }

  /**
   * An abbreviation the document defines ("Société Ivoirienne de Broyage (SIB)", {@link
   * DefinedAbbreviations}) is its organisation wherever it stands, as a company and as a speaker.
   */
  private static void withDefinedAbbreviations(List<Draft> drafts) {
    Map<String, String> defined =
        DefinedAbbreviations.of(drafts.stream().map(d -> d.text).toList());
    if (defined.isEmpty()) {
      return;
    }
    for (Draft d : drafts) {
      d.companies = new TreeSet<>(DefinedAbbreviations.resolved(d.companies, defined));
    }
    // An abbreviation of an organisation the document discusses or hears from names it wherever
    // it is written, found by discovery there or not ("Shares in SIB fell").
    Set<String> organisations = new HashSet<>();
    for (Draft d : drafts) {
      organisations.addAll(d.companies);
      SpeakerRules.Attribution a = d.attribution;
      if (a != null && a.speaker() != null && defined.containsKey(a.speaker())) {
        d.attribution =
            new SpeakerRules.Attribution(defined.get(a.speaker()), a.attributed(), a.explicit());
        organisations.add(d.attribution.speaker());
      }
    }
    for (Draft d : drafts) {
      for (Map.Entry<String, String> e : defined.entrySet()) {
        if (organisations.contains(e.getValue())
            && !CompanyRules.placesOf(d.text, e.getKey()).isEmpty()) {
          d.companies.add(e.getValue());
        }
      }
    }
  }

  /**
   * Products and brands the document introduces as an organisation's ("Lumidrel, its new pill") are
   * that organisation in every sentence ({@link ProductOwners}).
   */
  private void withProductOwners(List<Draft> drafts) {
    Map<String, String> owners =
        products.learn(
            drafts.stream().map(d -> d.text).toList(),
            drafts.stream().map(d -> d.companies).toList());
    if (owners.isEmpty()) {
      return;
    }
    for (Draft d : drafts) {
      d.companies = new TreeSet<>(ProductOwners.resolved(d.companies, owners));
    }
  }

  /**
   * Whether the speaker rules took a company's own body for a name ("Management's answer ... is
   * that ..." read as a speaker called Management): a description naming that body decides instead.
   */
  private boolean namesCompanyBody(SpeakerRules.Attribution a) {
    return a.speaker() != null && descriptions.isCompanyBody(a.speaker().toLowerCase(Locale.ROOT));
  }

  /**
   * The organisation a description makes the sentence's speaker ({@link OrganisationDescriptions}):
   * for a closing "..., the regional airline said", the first organisation the sentence names; for
   * a subject "The firm expects ...", the one organisation named before whose name ends with the
   * noun ("The authority rejected ..." after the Maritime Charges Authority), else the organisation
   * that last spoke in the paragraph; for "It said ...", the one that spoke in the sentence before;
   * else the organisation the paragraph is about.
   */
  private Optional<String> describedSpeaker(
      OrganisationDescriptions.Found description,
      Draft d,
      CompanyReferences references,
      Set<String> namedBefore,
      String paragraphOrganisation,
      String previousOrganisation) {
    String found =
        switch (description.speech()) {
          case NONE -> null;
          case IT -> previousOrganisation;
          case SUBJECT ->
              subjectDescribed(description, d, references, namedBefore, paragraphOrganisation);
          case SOURCE, HEAD -> sourceDescribed(description, d, references, namedBefore);
          case CLOSING -> {
            String first = firstNamed(d);
            yield first != null ? first : references.referent(openingCompany(d));
          }
        };
    return Optional.ofNullable(found);
  }

  /**
   * The organisation a description opening the sentence speaks for: the one named before whose name
   * ends with its noun ("The authority rejected ..."), else the one that last spoke in the
   * paragraph, else, for "the company" or "management", the company the paragraph is about.
   * "Management" is the company's own body, whatever the document's other names end with.
   */
  private String subjectDescribed(
      OrganisationDescriptions.Found description,
      Draft d,
      CompanyReferences references,
      Set<String> namedBefore,
      String paragraphOrganisation) {
    if (!description.ownCompany()) {
      Optional<String> owner = CompanyRules.onlyOneEndingWith(namedBefore, description.noun());
      if (owner.isPresent()) {
        return owner.get();
      }
    }
    if (paragraphOrganisation != null) {
      return paragraphOrganisation;
    }
    return description.ownCompany() ? references.referent(openingCompany(d)) : null;
  }

  /**
   * The organisation a sentence cites as its source by a noun ("according to the airport's own
   * count"): the one named before whose name ends with the noun, else, for "the company" or "the
   * board", the company the paragraph is about. Unlike a subject, no other organisation of the
   * paragraph stands in: citing "the regulator's figures" is not the company speaking.
   */
  private String sourceDescribed(
      OrganisationDescriptions.Found description,
      Draft d,
      CompanyReferences references,
      Set<String> namedBefore) {
    Optional<String> owner = CompanyRules.onlyOneEndingWith(namedBefore, description.noun());
    if (owner.isPresent()) {
      return owner.get();
    }
    return description.ownCompany() ? references.referent(openingCompany(d)) : null;
  }

  /** The organisation among the sentence's companies whose name comes first in its text. */
  private static String firstNamed(Draft d) {
    String first = null;
    int at = Integer.MAX_VALUE;
    for (String c : d.companies) {
      int i = d.text.indexOf(c);
      if (i >= 0 && i < at) {
        at = i;
        first = c;
      }
    }
    return first;
  }

  /**
   * Drops from each sentence the organisations it only cites as a source ("according to a note from
   * X"; {@link CompanyRules#citedOnly}): the source is the sentence's speaker, not a company it
   * discusses. The organisation the document names most is kept: citing it ("according to figures
   * Lumen published") reports its own business, which the labels list.
   *
   * @param perDocument how many sentences name each organisation; lowered for what is dropped
   */
  private void withoutCitedSources(List<Draft> drafts, Map<String, Integer> perDocument) {
    int most = perDocument.values().stream().max(Integer::compare).orElse(0);
    for (Draft d : drafts) {
      if (d.companies.isEmpty()) {
        continue;
      }
      for (String source : companies.citedOnly(d.text, d.companies)) {
        if (perDocument.get(source) < most) {
          d.companies.remove(source);
          perDocument.merge(source, -1, Integer::sum);
        }
      }
    }
  }

  /**
   * A table whose header names a company column ("Company | Revenue"): the first cell of each of
   * its rows is an organisation, unless it is a person or a registry name (found anyway).
   */
  private void learnTableColumn(
      List<Draft> drafts, Predicate<String> isPerson, Set<String> discovered) {
    boolean companyColumn = false;
    for (Draft d : drafts) {
      if (d.paragraph.kind() != Block.Kind.TABLE_ROW) {
        companyColumn = false;
      } else if (d.tableHeader) {
        companyColumn = companies.namesCompanyColumn(d.text);
      } else if (companyColumn) {
        String name = CompanyRules.firstCell(d.text);
        if (!name.isEmpty()
            && Character.isUpperCase(name.codePointAt(0))
            && !isPerson.test(name)
            && registry.organisation(name).isEmpty()) {
          discovered.add(name);
        }
      }
    }
  }

  /** The organisation a sentence opens with ("Meta has ...", "Acme Labs, a startup, ..."). */
  private String openingCompany(Draft d) {
    for (Registry.Mention m : registry.organisationMentions(d.text)) {
      if (m.start() == 0 && d.companies.contains(m.canonical())) {
        return m.canonical();
      }
    }
    for (String c : d.companies) {
      if (d.text.startsWith(c)) {
        return c;
      }
    }
    return null;
  }
}

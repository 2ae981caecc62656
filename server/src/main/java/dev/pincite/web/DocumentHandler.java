package dev.pincite.web;

import dev.pincite.claims.ClaimType;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Block;
import dev.pincite.search.DocumentView;
import dev.pincite.search.SearchBackend;
import dev.pincite.search.SearchResult.FacetCount;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The document page ({@code /documents/{id}}) and {@code /api/documents/{id}}: the whole body with
 * an anchor per paragraph ({@code #p14}), each claim marked by type and coloured by speaker.
 */
final class DocumentHandler {

  /**
   * Speaker colours the stylesheet defines ({@code .spk-0} ... {@code .spk-11}), given to the
   * document's speakers in order of claim count. Speakers past them share {@code spk-other}, a
   * dashed grey, rather than reusing a colour that would make two people look like one.
   */
  static final int SPEAKER_COLOURS = 12;

  /** The colour class suffix of speakers beyond {@link #SPEAKER_COLOURS}. */
  static final String OTHER_COLOUR = "other";

  /**
   * One block of the body as the page shows it.
   *
   * @param heading whether it is a heading
   * @param number the paragraph number, or 0 for a heading
   * @param anchor the paragraph's element id, or null for a heading
   * @param kind the block kind, lower case
   * @param text the heading's text
   * @param segments the paragraph cut into its claims
   */
  public record BlockView(
      boolean heading,
      int number,
      String anchor,
      String kind,
      String text,
      List<ParagraphSegments.Segment> segments) {}

  /**
   * A counterclaim of the document with the claim it answers there.
   *
   * @param answer the counterclaim
   * @param answered the claim it answers, or null when it answers none
   */
  public record CounterclaimView(StoredClaim answer, StoredClaim answered) {}

  private final SearchBackend searcher;
  private final Pages pages;

  DocumentHandler(SearchBackend searcher, Pages pages) {
    this.searcher = searcher;
    this.pages = pages;
  }

  /** {@code GET /documents/{id}}. */
  void page(Context ctx) throws IOException {
    DocumentView view = find(ctx.pathParam("id"));
    Map<String, Object> model = new HashMap<>();
    model.put("view", view);
    model.put("doc", view.info());
    model.put("blocks", blocks(view));
    model.put("counterclaims", counterclaims(view));
    model.put("speakerColours", speakerColours(view.speakers()));
    model.put("title", view.info().title() == null ? view.info().path() : view.info().title());
    ctx.html(pages.render("document", model));
  }

  /** {@code GET /api/documents/{id}}. */
  void api(Context ctx) throws IOException {
    ctx.json(find(ctx.pathParam("id")));
  }

  private DocumentView find(String id) throws IOException {
    Optional<DocumentView> view =
        id.matches("[a-z0-9]{6,16}") ? searcher.document(id) : Optional.empty();
    return view.orElseThrow(
        () -> new NotFoundResponse("No document has the id \"" + id + "\" in the archive."));
  }

  /** The document's counterclaims in reading order, each with the claim it answers. */
  static List<CounterclaimView> counterclaims(DocumentView view) {
    Map<String, StoredClaim> byId = new HashMap<>();
    view.claims().forEach(c -> byId.put(c.claim().id(), c));
    List<CounterclaimView> out = new ArrayList<>();
    for (StoredClaim claim : view.claims()) {
      boolean answers = claim.claim().counters() != null;
      if (answers || claim.claim().type() == ClaimType.COUNTERCLAIM) {
        out.add(new CounterclaimView(claim, answers ? byId.get(claim.claim().counters()) : null));
      }
    }
    return out;
  }

  static Map<String, String> speakerColours(List<FacetCount> speakers) {
    Map<String, String> colours = new HashMap<>();
    for (int i = 0; i < speakers.size(); i++) {
      colours.put(speakers.get(i).value(), i < SPEAKER_COLOURS ? String.valueOf(i) : OTHER_COLOUR);
    }
    return colours;
  }

  private static List<BlockView> blocks(DocumentView view) {
    Map<Integer, List<StoredClaim>> byParagraph = new HashMap<>();
    for (StoredClaim claim : view.claims()) {
      byParagraph.computeIfAbsent(claim.claim().paragraph(), n -> new ArrayList<>()).add(claim);
    }
    List<BlockView> blocks = new ArrayList<>();
    int n = 0;
    for (Block block : view.blocks()) {
      if (block.isHeading()) {
        blocks.add(new BlockView(true, 0, null, "heading", block.text(), List.of()));
        continue;
      }
      if (block.kind() == Block.Kind.SIGNATURE) {
        // a letter's or quotation's signature: shown, but no paragraph and no claim
        blocks.add(new BlockView(false, 0, null, "signature", block.text(), List.of()));
        continue;
      }
      n++;
      blocks.add(
          new BlockView(
              false,
              n,
              Links.paragraphAnchor(n),
              block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              block.text(),
              ParagraphSegments.of(block.text(), byParagraph.getOrDefault(n, List.of()))));
    }
    return blocks;
  }
}

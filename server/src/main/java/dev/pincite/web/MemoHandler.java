package dev.pincite.web;

import dev.pincite.cite.CitationCheck;
import dev.pincite.cite.MemoChecker;
import dev.pincite.cite.MemoDate;
import dev.pincite.cite.MemoReport;
import dev.pincite.search.SearchBackend;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The Memo page ({@code /memo}): paste or upload a Markdown memo and see what {@code pincite cite}
 * reports for it, with links: each citation unchanged, changed (with the new text) or removed (with
 * the closest successor), and the claims that answered it since the memo's date (its front matter's
 * {@code date}, or the date given in the form), each with a citation ready to paste. {@code POST
 * /api/memo} answers the same report as JSON. Both build the one {@link MemoReport} the command
 * line prints; nothing is stored.
 */
final class MemoHandler {

  /** The longest memo accepted: a long memo is a few dozen kilobytes. */
  static final int MAX_MEMO_CHARS = 1_000_000;

  private final SearchBackend searcher;
  private final Pages pages;
  private final Citations citations;

  MemoHandler(SearchBackend searcher, Pages pages, Citations citations) {
    this.searcher = searcher;
    this.pages = pages;
    this.citations = citations;
  }

  /** {@code GET /memo}: the empty form. */
  void form(Context ctx) {
    ctx.html(pages.render("memo", model("", "", null)));
  }

  /** {@code POST /memo}: the form with the memo's report under it. */
  void check(Context ctx) throws IOException {
    String memo = memoText(ctx);
    String since = formValue(ctx, "since");
    ctx.html(pages.render("memo", model(memo, since, report(ctx, memo, since))));
  }

  /**
   * {@code POST /api/memo}: the report as JSON, the same object {@code cite --format json} prints.
   */
  void api(Context ctx) throws IOException {
    String memo = memoText(ctx);
    ctx.json(report(ctx, memo, formValue(ctx, "since")));
  }

  private MemoReport report(Context ctx, String memo, String since) throws IOException {
    Instant date;
    try {
      date = since.isEmpty() ? MemoDate.ofMemo(memo).orElse(null) : MemoDate.parse(since);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    return new MemoChecker(searcher, citations.formatter(ctx)).check(memo, date);
  }

  private static Map<String, Object> model(String memo, String since, MemoReport report) {
    Map<String, Object> model = new HashMap<>();
    model.put("memo", memo);
    model.put("since", since);
    model.put("report", report);
    if (report != null) {
      Map<String, Long> counts = new HashMap<>();
      for (CitationCheck.Status status : CitationCheck.Status.values()) {
        counts.put(status.label(), report.count(status));
      }
      model.put("counts", counts);
    }
    model.put("title", "Check a memo");
    return model;
  }

  /** The uploaded file, if one was chosen, else the pasted text (a form field or a raw body). */
  private static String memoText(Context ctx) throws IOException {
    String text;
    UploadedFile file = isMultipart(ctx) ? ctx.uploadedFile("file") : null;
    if (file != null && file.size() > 0) {
      if (file.size() > MAX_MEMO_CHARS * 4L) {
        throw new BadRequestResponse(tooLong());
      }
      try (InputStream in = file.content()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } else if (isForm(ctx)) {
      text = formValue(ctx, "memo");
    } else {
      text = ctx.body();
    }
    if (text.length() > MAX_MEMO_CHARS) {
      throw new BadRequestResponse(tooLong());
    }
    return text.replace("\r\n", "\n");
  }

  private static String tooLong() {
    return "The memo is longer than " + MAX_MEMO_CHARS + " characters.";
  }

  private static boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.startsWith("multipart/form-data");
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return isMultipart(ctx)
        || (type != null && type.startsWith("application/x-www-form-urlencoded"));
  }

  private static String formValue(Context ctx, String name) {
    if (!isForm(ctx)) {
      String query = ctx.queryParam(name);
      return query == null ? "" : query.strip();
    }
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}

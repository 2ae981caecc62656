package dev.pincite.web;

import dev.pincite.search.BadQueryException;
import dev.pincite.search.ClaimQueryParser;
import dev.pincite.search.SearchAbandonedException;
import dev.pincite.search.SearchBusyException;
import dev.pincite.search.SearchTimeoutException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become responses. A bad query or parameter is a 400 with a message
 * a person understands; an unknown id or path a 404; a search over its time budget a 503 (with
 * {@code Retry-After}); anything else a 500 that says sorry and logs the cause, never showing a
 * stack trace. Paths under {@code /api/} get JSON ({@code {"status", "error", "message"}}), every
 * other path an HTML page with the search box, so the reader can correct the query where they are.
 */
final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  /** The request attribute holding a rejected query's plain words. */
  private static final String PLAIN_WORDS = "pincite.plainWords";

  private final Pages pages;

  ErrorMapping(Pages pages) {
    this.pages = pages;
  }

  /** Registers the mapping on an app's routes. */
  void register(RoutesConfig routes) {
    routes.exception(
        BadQueryException.class,
        (e, ctx) -> {
          // A dead end otherwise: offer the same words without the syntax that failed.
          String plain = ClaimQueryParser.plainWords(rawQuery(ctx));
          if (!plain.isEmpty() && !plain.equals(rawQuery(ctx).strip())) {
            ctx.attribute(PLAIN_WORDS, plain);
          }
          respond(ctx, 400, "The search could not be read", e.getMessage());
        });
    routes.exception(
        IndexSearcher.TooManyClauses.class,
        (e, ctx) ->
            respond(
                ctx,
                400,
                "The search is too broad",
                "A wildcard or range in the query matches too many words. Use a longer prefix"
                    + " before the *, or fewer terms."));
    routes.exception(
        SearchTimeoutException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", "5");
          respond(ctx, 503, "The search took too long", e.getMessage());
        });
    routes.exception(
        SearchAbandonedException.class,
        // No one is there to read it: the shortest answer, without rendering a page.
        (e, ctx) -> ctx.status(503).result(""));
    routes.exception(
        SearchBusyException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", "2");
          respond(ctx, 503, title(503), e.getMessage());
        });
    routes.exception(
        ValidationException.class,
        (e, ctx) -> respond(ctx, 400, "A search setting is not valid", describe(e)));
    // Javalin's own words for a path no route matches ("Endpoint GET /x not found") are for the
    // developer; the reader gets the archive's.
    routes.exception(
        EndpointNotFound.class,
        (e, ctx) ->
            respond(
                ctx,
                404,
                title(404),
                "There is no page at " + ctx.path() + ". Search the archive instead."));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), title(e.getStatus()), e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          respond(
              ctx,
              500,
              title(500),
              "The archive could not answer this request. Try again; if it keeps failing, the"
                  + " server log says why.");
        });
  }

  private void respond(Context ctx, int status, String title, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("error", title);
      body.put("message", message);
      if (ctx.attribute(PLAIN_WORDS) instanceof String plain) {
        body.put("plainQuery", plain);
      }
      ctx.json(body);
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("title", title);
    model.put("message", message);
    model.put("q", rawQuery(ctx));
    if (ctx.attribute(PLAIN_WORDS) instanceof String plain) {
      model.put("plainWords", plain);
      model.put("plainHref", SearchState.empty().withQuery(plain) + keptParameters(ctx));
    }
    ctx.html(pages.render("error", model));
  }

  /** The request's filters, month range and sort, to keep on the plain-words link. */
  private static String keptParameters(Context ctx) {
    StringBuilder out = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("q") && !name.equals("page")) {
                for (String value : values) {
                  out.append('&').append(Links.query(name)).append('=').append(Links.query(value));
                }
              }
            });
    return out.toString();
  }

  private static String rawQuery(Context ctx) {
    try {
      String q = ctx.queryParam("q");
      return q == null ? "" : q;
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "That request could not be read";
      case 404 -> "Not found";
      case 405 -> "Not allowed";
      case 503 -> "The archive is busy";
      case 500 -> "Something went wrong";
      default -> status >= 500 ? "Something went wrong" : "That request could not be answered";
    };
  }

  /** Javalin's validation errors in words: "page: must be a number from 1 to 1000". */
  private static String describe(ValidationException e) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<ValidationError<Object>>> field : e.getErrors().entrySet()) {
      for (ValidationError<Object> error : field.getValue()) {
        String message = error.getMessage();
        if ("TYPE_CONVERSION_FAILED".equals(message)) {
          message = "\"" + error.value + "\" is not a number";
        } else if ("NULLCHECK_FAILED".equals(message)) {
          message = "it is missing";
        }
        parts.add(field.getKey() + ": " + message);
      }
    }
    return String.join("; ", parts) + ".";
  }
}

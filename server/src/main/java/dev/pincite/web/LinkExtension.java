package dev.pincite.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Pebble filters for the archive's links ({@link Links}): {@code {{ id | claimUrl }}}, {@code {{
 * doc.id | paragraphUrl(claim.paragraph) }}}, {@code {{ name | speakerUrl }}}, {@code {{ url |
 * safeUrl }}} and {@code {{ value | facetUrl('company') }}}. Their output is still HTML-escaped by
 * the template's autoescaping.
 */
final class LinkExtension extends AbstractExtension {

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of(
        "claimUrl",
        filter(List.of(), (value, args) -> Links.claim(value)),
        "documentUrl",
        filter(List.of(), (value, args) -> Links.document(value)),
        "speakerUrl",
        filter(List.of(), (value, args) -> Links.speaker(value)),
        "safeUrl",
        filter(List.of(), (value, args) -> Links.safeExternal(value)),
        "paragraphUrl",
        filter(
            List.of("n"),
            (value, args) -> Links.paragraph(value, ((Number) args.get("n")).intValue())),
        "facetUrl",
        filter(
            List.of("dimension"),
            (value, args) -> Links.facet((String) args.get("dimension"), value)));
  }

  private static Filter filter(
      List<String> argumentNames, BiFunction<String, Map<String, Object>, String> body) {
    return new Filter() {
      @Override
      public List<String> getArgumentNames() {
        return argumentNames;
      }

      @Override
      public Object apply(
          Object input,
          Map<String, Object> args,
          PebbleTemplate self,
          EvaluationContext context,
          int lineNumber) {
        return input == null ? null : body.apply(input.toString(), args);
      }
    };
  }
}

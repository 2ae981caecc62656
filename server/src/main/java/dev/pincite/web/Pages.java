package dev.pincite.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the Pebble templates in {@code templates/} on the class path. Autoescaping is on for
 * every template: corpus text is untrusted, and only the searcher's already-escaped highlight HTML
 * is marked {@code raw}. Thread safe.
 */
final class Pages {

  private final PebbleEngine engine;

  Pages() {
    ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .defaultLocale(Locale.ROOT)
            .strictVariables(false)
            .newLineTrimming(true)
            .extension(new LinkExtension())
            .build();
  }

  /**
   * @param template the template name without suffix, e.g. {@code search}
   * @param model the template's variables
   * @return the HTML
   */
  String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate(template).evaluate(out, model, Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

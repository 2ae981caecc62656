package dev.pincite.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * One citeproc-java processor for one CSL style, reused for every item: parsing a style and its
 * locale is the expensive part. A {@link CSL} object is stateful (registered items,
 * disambiguation), so calls are serialised and each starts from a reset processor with only its own
 * item.
 */
final class CslEngine {

  private final String styleId;
  private final OneItem items = new OneItem();
  private final CSL csl;

  /**
   * @param styleId a style id from the {@code org.citationstyles:styles} jar, such as {@code apa}
   * @param locale a locale from the {@code org.citationstyles:locales} jar, such as {@code en-US}
   * @throws IOException when the style or locale cannot be loaded
   */
  CslEngine(String styleId, String locale) throws IOException {
    this.styleId = styleId;
    this.csl = new CSL(items, styleId, locale);
  }

  /**
   * @param item the item, with an id
   * @return its bibliography entry as plain text, without the trailing newline
   */
  synchronized String bibliographyEntry(CSLItemData item) {
    items.item = item;
    try {
      csl.reset();
      // reset() also restores the default output format (HTML)
      csl.setOutputFormat("text");
      csl.registerCitationItems(item.getId());
      Bibliography bibliography = csl.makeBibliography();
      String[] entries = bibliography.getEntries();
      if (entries.length != 1) {
        throw new IllegalStateException(
            styleId + " rendered " + entries.length + " entries for item " + item.getId());
      }
      return entries[0].strip();
    } finally {
      items.item = null;
    }
  }

  /** Serves the one item being rendered. Only touched under the engine's lock. */
  private static final class OneItem implements ItemDataProvider {
    private CSLItemData item;

    @Override
    public CSLItemData retrieveItem(String id) {
      return item != null && item.getId().equals(id) ? item : null;
    }

    @Override
    public Collection<String> getIds() {
      return item == null ? List.of() : List.of(item.getId());
    }
  }
}

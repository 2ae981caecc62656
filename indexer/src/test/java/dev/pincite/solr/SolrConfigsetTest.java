package dev.pincite.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.index.IndexSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The configset's schema is generated from {@link IndexSchema}: every field, with its role. */
class SolrConfigsetTest {

  @Test
  void theSchemaHasEveryFieldOfIndexSchemaAndAFacetFieldPerDimension(@TempDir Path dir)
      throws Exception {
    SolrConfigset.write(dir);
    Document schema = parse(Files.readString(dir.resolve("conf/managed-schema.xml")));
    Set<String> fields = new HashSet<>();
    NodeList nodes = schema.getElementsByTagName("field");
    for (int i = 0; i < nodes.getLength(); i++) {
      fields.add(((Element) nodes.item(i)).getAttribute("name"));
    }
    for (String name : IndexSchema.KEY_FIELDS) {
      assertTrue(fields.contains(name), name);
    }
    for (String name : IndexSchema.TEXT_FIELDS) {
      assertTrue(fields.contains(name), name);
    }
    for (String name : IndexSchema.STORED_FIELDS) {
      assertTrue(fields.contains(name), name);
    }
    for (String dim : IndexSchema.ALL_FACETS) {
      assertTrue(fields.contains(IndexSchema.facetField(dim)), dim);
    }
    assertEquals(
        SolrConfigset.KEY, schema.getElementsByTagName("uniqueKey").item(0).getTextContent());
  }

  @Test
  void theCompanyFacetIsMultiValuedAndTheClaimTextKeepsOffsets() throws Exception {
    Document schema = parse(SolrConfigset.schema());
    Element company = field(schema, IndexSchema.facetField(IndexSchema.FACET_COMPANY));
    assertEquals("true", company.getAttribute("multiValued"));
    assertEquals("facet", company.getAttribute("type"));
    Element text = field(schema, IndexSchema.TEXT);
    assertEquals("true", text.getAttribute("storeOffsetsWithPositions"));
    assertEquals("text_english", text.getAttribute("type"));
    assertEquals("text_standard", field(schema, IndexSchema.SPEAKER_TEXT).getAttribute("type"));
  }

  @Test
  void theConfigIsWellFormedAndQueriesTheEmbeddedParsersFields() throws Exception {
    String config = SolrConfigset.solrconfig();
    parse(config);
    assertTrue(config.contains("<str name=\"qf\">company^0.5 speaker^0.5 text^1.0</str>"), config);
    assertTrue(config.contains("ExactStatsCache"), config);
  }

  private static Element field(Document schema, String name) {
    NodeList nodes = schema.getElementsByTagName("field");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element field = (Element) nodes.item(i);
      if (field.getAttribute("name").equals(name)) {
        return field;
      }
    }
    throw new AssertionError("no field " + name);
  }

  private static Document parse(String xml)
      throws ParserConfigurationException, SAXException, IOException {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
  }
}

package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {

  @TempDir Path dir;

  private Registry write(String orgs, String people) throws Exception {
    Files.writeString(dir.resolve("organisations.tsv"), orgs, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("people.tsv"), people, StandardCharsets.UTF_8);
    return Registry.load(dir);
  }

  @Test
  void aliasesAndProductsResolveToTheParent() throws Exception {
    Registry r =
        write(
            "# header\nOrbital Foods\tcompany\tOrbiFresh|Orbital\nThe Daily Ledger\toutlet\t\n",
            "Ingrid Solberg\t\tOrbital Foods\n");
    assertEquals("Orbital Foods", r.organisation("OrbiFresh").orElseThrow().name());
    assertEquals("Orbital Foods", r.organisation("Orbital's").orElseThrow().name());
    assertEquals(List.of("Orbital Foods", "The Daily Ledger"), r.organisations());
    assertTrue(r.isOutlet("The Daily Ledger"));
    assertFalse(r.isOutlet("Orbital Foods"));
  }

  @Test
  void aSurnameResolvesUnlessTwoPeopleShareIt() throws Exception {
    Registry r = write("", "Ingrid Solberg\t\t\nAnna Berg\t\t\nPer Berg\t\t\n");
    assertEquals("Ingrid Solberg", r.person("Solberg").orElseThrow().name());
    assertTrue(r.person("Berg").isEmpty());
    assertEquals(List.of("Ingrid Solberg", "Anna Berg", "Per Berg"), r.people());
  }

  @Test
  void mentionsUseTheLongestAliasAndWholeWords() throws Exception {
    Registry r = write("Orbital Foods\tcompany\tOrbiFresh|Orbital\n", "");
    List<Registry.Mention> mentions =
        r.organisationMentions("Orbital Foods sells OrbiFresh; Orbitals are not Orbital's.");
    assertEquals(
        List.of("Orbital Foods", "OrbiFresh", "Orbital"),
        mentions.stream().map(Registry.Mention::surface).toList());
  }

  @Test
  void aMissingFolderIsAnEmptyRegistryAndContentChangesTheFingerprint() throws Exception {
    assertTrue(Registry.load(dir.resolve("absent")).organisations().isEmpty());
    Registry before = write("Orbital Foods\tcompany\t\n", "");
    Registry after = write("Orbital Foods\tcompany\tOrbital\n", "");
    assertNotEquals(before.fingerprint(), after.fingerprint());
  }
}

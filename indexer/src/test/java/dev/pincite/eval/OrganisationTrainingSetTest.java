package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincite.claims.OrganisationFinder.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTrainingSetTest {

  private static List<Mention> mentions(String text, String... companies) {
    return OrganisationTrainingSet.sample("doc", text, List.of(companies)).organisations();
  }

  @Test
  void aLabelledNameIsFoundWholeWhereverTheSentenceWritesIt() {
    assertEquals(
        List.of(new Mention(0, 15), new Mention(33, 48)),
        mentions("Kestrel Capital bought shares of Kestrel Capital.", "Kestrel Capital"));
  }

  @Test
  void aNameWrittenShortIsFoundByItsLeadingWords() {
    assertEquals(
        List.of(new Mention(0, 7)), mentions("Kestrel's shares fell 4%.", "Kestrel Capital"));
  }

  @Test
  void aFinalFullStopOfTheLabelNeedNotBeWritten() {
    assertEquals(
        List.of(new Mention(13, 27)),
        mentions("Shares rose; Haverly Oat Co shed 2%.", "Haverly Oat Co."));
  }

  @Test
  void aCompanyTheSentenceOnlyRefersToHasNoPlace() {
    assertEquals(List.of(), mentions("The company cut its outlook.", "Vantage Rail"));
  }

  @Test
  void aNameInsideAWordIsNotFound() {
    assertEquals(List.of(), mentions("Acmeworks opened a plant.", "Acme"));
  }

  @Test
  void overlappingNamesKeepTheEarlierAndLonger() {
    assertEquals(
        List.of(new Mention(0, 16)),
        mentions("Vellicast Studio signed a deal.", "Vellicast", "Vellicast Studio"));
  }
}

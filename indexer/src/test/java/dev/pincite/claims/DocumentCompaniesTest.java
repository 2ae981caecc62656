package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Companies found from what the whole document says about a name (issue 12, item 2): made-up
 * sentences, one kind of miss of {@code train/} each.
 */
class DocumentCompaniesTest {

  private static List<Claim> extract(String... paragraphs) {
    return Articles.extractor().extract(Articles.of(null, "Test Wire", paragraphs));
  }

  private static Claim at(List<Claim> claims, String start) {
    return claims.stream()
        .filter(c -> c.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sentence starting " + start));
  }

  private static List<Claim> titled(String title, String... paragraphs) {
    return Articles.extractor().extract(Articles.titled(title, null, "Test Wire", paragraphs));
  }

  @Test
  void theTitleNamesTheCompanyTheBodyNeverCues() {
    List<Claim> claims =
        titled(
            "Quillmoor's long road to profit",
            "The vans leave Quillmoor's depot at four each morning.",
            "Quillmoor has never made an annual profit, and the company says that will change.",
            "Rivals doubt that Quillmoor can keep its prices.");
    assertEquals(List.of("Quillmoor"), at(claims, "The vans").companies());
    assertEquals(List.of("Quillmoor"), at(claims, "Quillmoor has never").companies());
    assertEquals(List.of("Quillmoor"), at(claims, "Rivals doubt").companies());
  }

  @Test
  void aShortFormsFullNameLosesItsLegalFormWhereverTheFullNameIsFound() {
    List<Claim> claims =
        titled(
            "Brindle's founder on fresh food and her critics",
            "Brindle Pet Nutrition Ltd, which sells dog food by subscription, has doubled its"
                + " customers.",
            "Brindle's packs promise a glossier coat.",
            "The packer said prices depended on volumes that Brindle has not yet reached.");
    assertEquals(List.of("Brindle Pet Nutrition"), at(claims, "Brindle Pet").companies());
    assertEquals(List.of("Brindle Pet Nutrition"), at(claims, "Brindle's packs").companies());
    assertEquals(List.of("Brindle Pet Nutrition"), at(claims, "The packer").companies());
  }

  @Test
  void aNameThatEndsOneLongerNameIsItsShortForm() {
    List<Claim> claims =
        extract(
            "Ceramicas Valdoura S.A., the tile maker, has agreed to buy Brightwater Plumbing"
                + " Supplies.",
            "Valdoura's chief executive said the deal puts its tiles in front of installers.",
            "Salmon prices rose, and Brakenholm Salmon said salmon would stay dear.",
            "Salmon exports fell in May.");
    assertEquals(List.of("Ceramicas Valdoura"), at(claims, "Valdoura's").companies());
    assertEquals(List.of(), at(claims, "Salmon exports").companies());
  }

  @Test
  void aHeadingThatNamesAFirmIntroducesItToTheSectionThatCallsItShort() {
    List<Claim> claims =
        extract(
            "# Harlowe Games (Thursday)",
            "No company this week has more riding on one number than Harlowe.",
            "Harlowe said last month that its new title had sold two million copies.",
            "# Loser: Brackley Grocers",
            "Stuck in the middle, Brackley has matched its rivals on about 300 lines.");
    assertEquals(List.of("Harlowe Games"), at(claims, "No company").companies());
    assertEquals(List.of("Harlowe Games"), at(claims, "Harlowe said").companies());
    assertEquals(List.of("Brackley Grocers"), at(claims, "Stuck in").companies());
  }

  @Test
  void aFirmNameInTheTitleIsTheLongFormOfTheBodysShortOne() {
    List<Claim> claims =
        titled(
            "Tessaby Bank app down again",
            "The Tessaby app was down from seven until noon.",
            "Tessaby's app still says the service is unavailable.");
    assertEquals(List.of("Tessaby Bank"), at(claims, "Tessaby's app").companies());
  }

  @Test
  void aPlaceAProductAndALaterRunOfTheTitleAreNotTheCompany() {
    List<Claim> claims =
        titled(
            "Storm season in Harrowgate: Brindle Insurance and the Corrimax scanner",
            "Claims rose in Harrowgate this year, and in Harrowgate the roofs are old.",
            "Adjusters now use Veltro's Corrimax to price a roof, and Corrimax saves a visit.");
    assertEquals(List.of(), at(claims, "Claims rose").companies());
    assertEquals(List.of(), at(claims, "Adjusters").companies());
  }

  @Test
  void aFirmThatSaysThingsIsNoPersonWhenTheDocumentMarksItAsAFirm() {
    List<Claim> claims =
        extract(
            "Brannock Freight says it will break even next year.",
            "Rivals doubt that Brannock Freight can cut its costs; fuel is 23% of Brannock"
                + " Freight's operating costs.");
    assertEquals("Brannock Freight", at(claims, "Brannock Freight says").speaker());
    assertEquals(List.of("Brannock Freight"), at(claims, "Brannock Freight says").companies());
    assertEquals(List.of("Brannock Freight"), at(claims, "Rivals doubt").companies());
  }

  @Test
  void aPersonWhoSaysThingsStaysAPerson() {
    List<Claim> claims =
        extract(
            "Tamsin Orrell says the fares will rise.",
            "Tamsin Orrell, an analyst at Harwick Research, has said so for years.");
    assertEquals("Tamsin Orrell", at(claims, "Tamsin Orrell says").speaker());
    assertEquals(List.of(), at(claims, "Tamsin Orrell says").companies());
  }

  @Test
  void aNameThatSpeaksThroughASpokespersonIsAFirmEverywhere() {
    List<Claim> claims =
        extract(
            "Brackenfold Tiles wants every fitter to pay a yearly fee.",
            "Fitters say the fee is too high.",
            "A Brackenfold spokeswoman said the fee pays for training.");
    assertEquals(List.of("Brackenfold Tiles"), at(claims, "Brackenfold Tiles wants").companies());
    assertEquals(List.of("Brackenfold Tiles"), at(claims, "A Brackenfold").companies());
  }

  @Test
  void aPersonIsNotMadeAFirmByAnotherFirmsName() {
    List<Claim> claims =
        extract(
            "Maren Holt thinks the fee is too high.",
            "A Holtby spokesman said the fee pays for training.");
    assertEquals("Maren Holt", at(claims, "Maren Holt").speaker());
    assertEquals(List.of(), at(claims, "Maren Holt").companies());
  }

  @Test
  void anOrganisationSpeaksByTheLastWordOfItsName() {
    List<Claim> claims =
        extract(
            "Harlow Glass Guild shares the view of Brenmoor Capital that prices will rise.",
            "The guild says prices will rise by a tenth.",
            "Nobody else expects that, the guild said.");
    assertEquals("Harlow Glass Guild", at(claims, "The guild says").speaker());
    assertEquals("Harlow Glass Guild", at(claims, "Nobody else").speaker());
  }

  @Test
  void aPersonsEmployerAfterAtIsACompany() {
    List<Claim> claims =
        extract(
            "Ilse Marrow said the price was fair.",
            "Ilse Marrow at Tenby Rook was cooler.",
            "Oskar Venn, who runs a growth fund at Halsey Tarn, said he would buy.");
    assertEquals(List.of("Tenby Rook"), at(claims, "Ilse Marrow at").companies());
    assertEquals(List.of("Halsey Tarn"), at(claims, "Oskar Venn").companies());
  }

  @Test
  void theCompanyIsABusinessNotTheGuildBesideIt() {
    List<Claim> claims =
        extract(
            "Harrowby Print cut 200 jobs this year.",
            "The Fenwick Printers Guild, which speaks for half of the company's printers, called"
                + " the cuts reckless.");
    assertEquals(
        List.of("Fenwick Printers Guild", "Harrowby Print"),
        at(claims, "The Fenwick Printers Guild").companies());
  }

  @Test
  void theSharesAreThePapersCompanyWhenTheSentenceNamesNone() {
    List<Claim> claims =
        extract(
            "Orlen Quarries lost its largest contract on Monday.",
            "Petra Lind, an analyst, rates the shares a sell.",
            "The stock market barely moved.");
    assertEquals(List.of("Orlen Quarries"), at(claims, "Petra Lind").companies());
    assertEquals(List.of(), at(claims, "The stock market").companies());
  }

  @Test
  void theCoOpIsTheOneOrganisationNamedForItAndAPortOfAPlaceIsAnOrganisation() {
    List<Claim> claims =
        extract(
            "Harlowvale Co-op set its price at 412 a tonne.",
            "Ferncastle Agri quoted 374, and the co-op paid a dividend last year.",
            "The Port of Calverston raised its dues by 18%.");
    assertEquals(
        List.of("Ferncastle Agri", "Harlowvale Co-op"), at(claims, "Ferncastle Agri").companies());
    assertEquals(List.of("Port of Calverston"), at(claims, "The Port of").companies());
  }

  @Test
  void aGuildOrFriendsOfSomethingIsOneOrganisation() {
    List<Claim> claims =
        extract(
            "Oonagh Brereton, who chairs the Guild of Hospital Pharmacists, said prices rose.",
            "Lowenna Trask, who chairs the Friends of Penhallow Pier, says the plan is wrong.");
    assertEquals(
        List.of("Guild of Hospital Pharmacists"), at(claims, "Oonagh Brereton").companies());
    assertEquals(List.of("Friends of Penhallow Pier"), at(claims, "Lowenna Trask").companies());
  }

  @Test
  void aLettersSignatureGivesTheSignersEmployerAfterTheirRoleButNotTheirTown() {
    List<Claim> claims =
        extract(
            "The dues are too high.",
            "— Anneliese Vork, Northern Europe manager, Solmar Container Line",
            "Dredging is overdue.",
            "— Rose Penwarden, Heron Sands, Kellow Bay");
    assertEquals(List.of("Solmar Container Line"), at(claims, "— Anneliese").companies());
    assertEquals(List.of(), at(claims, "— Rose").companies());
  }

  @Test
  void managementsAnswerOrTheBoardsViewIsTheCompanysNotASpeakerCalledManagement() {
    List<Claim> claims =
        extract(
            "Greyharbor Auto Finance lends to subprime car buyers.",
            "Management's answer, given at its investor day, is that the vintage was a one-off.",
            "Harlow Crest Financial reported on Tuesday. The board's view is that the dividend is"
                + " safe.");
    assertEquals("Greyharbor Auto Finance", at(claims, "Management's answer").speaker());
    assertEquals("Harlow Crest Financial", at(claims, "The board's view").speaker());
  }

  @Test
  void aTitledNameIsAPersonNeverACompany() {
    List<Claim> claims =
        extract(
            "Ms Baird reported that orders at Dunmarle Textiles fell by a fifth.",
            "Mr Rennie said the union would not accept a pay cut.");
    assertEquals(List.of("Dunmarle Textiles"), at(claims, "Ms Baird").companies());
    assertEquals(List.of(), at(claims, "Mr Rennie").companies());
  }

  @Test
  void aOneWordNameIsTheLongerNameTheDocumentGivesIt() {
    List<Claim> claims =
        extract(
            "Kettleburn sold the best coffee on the high street, its founder says.",
            "Kettleburn Coffee is reviewing its supply contracts, and the Kettleburn Franchise"
                + " Owners' Group has welcomed the review.");
    assertEquals(List.of("Kettleburn Coffee"), at(claims, "Kettleburn sold").companies());
  }
}

package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyRulesTest {

  private final ClaimExtractor extractor = Articles.extractor();

  private List<List<String>> companies(String... blocks) {
    return extractor.extract(Articles.of(null, null, blocks)).stream()
        .map(Claim::companies)
        .toList();
  }

  @Test
  void aliasesAndProductsResolveToTheCanonicalParent() {
    assertEquals(
        List.of(List.of("Kestrel Air", "Orbital Foods")),
        companies("KestrelMiles members can now redeem points for OrbiFresh meal kits."));
  }

  @Test
  void aDayAQuestionsVerbAnImperativeOrAContractionOpensNoOrganisationsName() {
    assertEquals(
        List.of(
            List.of(),
            List.of("Larchfield Grocers"),
            List.of("Bowlful Kitchens"),
            List.of(),
            List.of("Halloway Brewing")),
        companies(
            "Today's speakers are chief executive Maren Holt and finance director Piers Adeyemi.",
            "Is Larchfield Grocers a good buy after the 20% drop?",
            "Hi everyone, I'm Marisela Quispe, and I co-founded Bowlful Kitchens in 2015.",
            "A weak Christmas would make the May deadline very hard to meet.",
            "Selling Halloway Brewing to its own employees was the right call."));
  }

  @Test
  void aFirmSomeoneFoundedRunsOrBoughtIsAnOrganisation() {
    assertEquals(
        List.of(
            List.of("Lanternfield Pensions"),
            List.of("Tollard Electrical"),
            List.of("Lindgren Metrology")),
        companies(
            "We spoke with Teodor Makepeace, who founded Lanternfield Pensions in 2019.",
            "Ulrike Mensah runs Tollard Electrical, which wired one of the hospitals.",
            "In June we completed the purchase of Lindgren Metrology for $640 million."));
  }

  @Test
  void aCommonWordCapitalisedOnlyToOpenASentenceIsNoOrganisation() {
    assertEquals(
        List.of(List.of("Greystack Cement"), List.of()),
        companies(
            "Greystack Cement raised prices, and permits for imports rose.",
            "Permits traded at £74 last week."));
  }

  @Test
  void theGroupIsTheCompanyTheParagraphIsAbout() {
    assertEquals(
        List.of(List.of("Tamberlane Stores"), List.of("Tamberlane Stores")),
        companies(
            "Tamberlane Stores said sales fell 4%.",
            "He expects the closures to add 2 points to the group's operating margin."));
  }

  @Test
  void anAppositiveKindMayTakeFiguresAndGoOnWithWhatTheFirmHas() {
    assertEquals(
        List.of(List.of("Brightwater Estates"), List.of("Vireo"), List.of("Tollard Electrical")),
        companies(
            "Brightwater Estates, a developer with two towers on the riverfront, paused a third.",
            "Vireo, the largest live-streaming platform for games, raises its price.",
            "Tollard Electrical, a 40-person firm, went bust."));
  }

  @Test
  void unlistedOrganisationsAreFoundByCorporateCues() {
    assertEquals(
        List.of(
            List.of("Brightwater Capital"),
            List.of("Halden Group"),
            List.of("Pellucid"),
            List.of("Corvid", "Tannery"),
            List.of("Marrow")),
        companies(
            "Brightwater Capital doubled its stake.",
            "One analyst at Halden Group called the price wrong.",
            "Pellucid's shares fell after the call.",
            "Rivals such as Corvid and Tannery cut prices.",
            "Marrow, a startup that builds depots, raised money."));
  }

  @Test
  void aMarketMoveMarksAListedCompanyButNotACapitalisedFirstWord() {
    assertEquals(
        List.of(
            List.of("Wrendale Ferries"),
            List.of("Ostby"),
            List.of(),
            List.of(),
            List.of("Tarrow Glass")),
        companies(
            "Wrendale Ferries shed 4% by midday on Tuesday after a downgrade.",
            "Hollin fell 2% in early trading, while Ostby rose 3%.",
            "Revenue rose 9% to $388 million.",
            "Adjusted EBITDA fell 22% to £71 million.",
            "Tarrow Glass guided fourth-quarter margin lower."));
  }

  @Test
  void aFirmOfTwoNamesAfterAPersonAndOfIsTheirEmployerButOneWordMayBeAPlace() {
    assertEquals(
        List.of(List.of("Pellow Varne"), List.of()),
        companies(
            "Ines Carrow of Pellow Varne said the dividend was safe.",
            "Senator Ada Morrow of Delmarva said the tariff would hurt farmers."));
  }

  @Test
  void anAppositiveClosingTheSentenceARelativeClauseOfBusinessAndAKindAfterTheNameMarkAFirm() {
    assertEquals(
        List.of(
            List.of("Larkway"),
            List.of("Ambrose Medicines"),
            List.of("Tidewater Opportunities"),
            List.of("Quillmere")),
        companies(
            "Our largest short position is Larkway, the grocery delivery platform.",
            "Ambrose Medicines, which makes cheaper biologics, stands to win.",
            "Rhea Castell, who runs the Tidewater Opportunities fund, was less sanguine.",
            "Snack maker Quillmere posted a profit."));
  }

  @Test
  void aPossessiveBeforeAFiguresDescribingWordsMarksAFirm() {
    assertEquals(
        List.of(List.of("Brannock Tooling"), List.of("Selvane")),
        companies(
            "Brannock Tooling’s net sales fell 21% in the third quarter.",
            "Meanwhile Selvane's first-half gross margin fell to 58%."));
  }

  @Test
  void aBodyWhoseNameJoinsTwoWordsByAndIsOneName() {
    assertEquals(
        List.of(List.of("Pottery and Allied Trades Union"), List.of("Harrow Bank", "Kessel Bank")),
        companies(
            "The Pottery and Allied Trades Union, which represents 6,000 staff, said it would"
                + " ballot members.",
            "Harrow Bank and Kessel Bank raised their rates."));
  }

  @Test
  void legalFormsAreDroppedFromDiscoveredNames() {
    assertEquals(List.of(List.of("Quillon")), companies("Quillon Inc. said it would appeal."));
  }

  @Test
  void everyCountrysLegalFormIsDroppedAndMarksTheNameAsAFirm() {
    assertEquals(
        List.of(
            List.of("Havbris Sjomat"), List.of("Sonnwerk Leistungselektronik"), List.of("Dalmor")),
        companies(
            "Havbris Sjomat ASA cut its dividend.",
            "Installers blame the inverters of Sonnwerk Leistungselektronik GmbH for the trips.",
            "The orders went to Dalmor S.A. in the end."));
  }

  @Test
  void aNameAfterAndWithAVerbOfItsOwnIsNoFirmListedBeside() {
    assertEquals(
        List.of(List.of("Glimmerbox Media")),
        companies(
            "Delia Armitage argues the case for Glimmerbox Media and Oskar Pennefeather argues"
                + " against it."));
  }

  @Test
  void anAbbreviatedCompanyFormStaysInTheNameAsWritten() {
    assertEquals(
        List.of(List.of("Haverly Oat Co.")),
        companies("Haverly Oat Co. raised its prices in March."));
  }

  @Test
  void aDiscoveredNameIsRecognisedLaterInTheDocument() {
    assertEquals(
        List.of(List.of("Tessellate"), List.of("Tessellate")),
        companies("The robotics startup Tessellate is hiring.", "Tessellate declined to comment."));
  }

  @Test
  void theCompanyIsTheOrganisationThatOpenedTheParagraph() {
    assertEquals(
        List.of(List.of("Vantage Rail"), List.of("Kestrel Air"), List.of("Vantage Rail")),
        companies(
            "Vantage Rail cut its outlook. It blamed Kestrel for a price war."
                + " The company expects a weak winter."));
  }

  @Test
  void outletsCitedAsSourcesAndPeopleAreNotCompanies() {
    assertEquals(
        List.of(List.of("Vantage Rail")),
        companies("According to The Daily Ledger, Ingrid Solberg told Vantage Rail to wait."));
  }

  @Test
  void theFirstWordOfADiscoveredNameIsTheSameOrganisationLater() {
    assertEquals(
        List.of(List.of("Halden Group"), List.of("Halden Group")),
        companies("One analyst at Halden Group called the price wrong.", "Halden will appeal."));
  }

  @Test
  void aOneWordNameIsTheOneLongerNameTheDocumentWritesInFull() {
    // "Quarrendon" is found by its cue, "Quarrendon Sourcing" by none: the short form is the name
    // written in full, before it or after it.
    assertEquals(
        List.of(
            List.of("Quarrendon Sourcing"),
            List.of("Quarrendon Sourcing"),
            List.of("Quarrendon Sourcing")),
        companies(
            "Quarrendon's shares fell on Monday.",
            "The buyers' group Quarrendon Sourcing runs tenders for clinics.",
            "Quarrendon will publish the results."));
  }

  @Test
  void aOneWordNameWithTwoLongerRunsOrAPersonsNameKeepsItsShortForm() {
    assertEquals(
        List.of("Quarrendon"),
        companies(
                "Quarrendon's shares fell on Monday.",
                "Quarrendon Sourcing and Quarrendon Freight are both for sale.")
            .get(0));
    assertEquals(
        List.of("Tavish"),
        companies(
                "Tavish's shares fell on Monday.",
                "Tavish Moreland, the founder, said he was calm.")
            .get(0));
  }

  @Test
  void firmNamesFromSuffixesAndPartnersJoinedByAnAmpersand() {
    assertEquals(
        List.of(List.of("Ashby Logistics", "Corvel Freight"), List.of("Dunmore & Reyes")),
        companies(
            "Corvel Freight agreed to buy Ashby Logistics.", "Dunmore & Reyes advised the buyer."));
  }

  @Test
  void aNameListedWithAFirmIsAFirm() {
    assertEquals(
        List.of(List.of("Brantwood Systems", "Corvel")),
        companies("Corvel and Brantwood Systems both sell to large firms first."));
  }

  @Test
  void aNameListedAfterAFirmIsAFirm() {
    assertEquals(
        List.of(List.of("Brantwood Systems", "Corvel")),
        companies("Brantwood Systems or Corvel will sell to large firms first."));
    assertEquals(
        List.of(List.of("Brantwood Systems", "Corvel")),
        companies("Buyers prefer Brantwood Systems and\tCorvel over smaller shops."));
  }

  @Test
  void aNameListedWithAFirmButFollowedByWhereItWorksIsAPerson() {
    assertEquals(
        List.of(List.of("Carrow Hill Investors", "Halloway Brothers")),
        companies(
            "With me are Julian Odegaard of Carrow Hill Investors and Maren Kostov of Halloway"
                + " Brothers."));
  }

  @Test
  void theSubjectOfABusinessVerbIsAnOrganisationWithDescribingWordsBeforeItsNoun() {
    assertEquals(
        List.of(List.of("Skerry Line")),
        companies("Skerry Line raised its peak ferry fares by 18% on Monday."));
  }

  @Test
  void aNameOpeningAClauseThatGoesOnWithItsIsAnOrganisation() {
    assertEquals(
        List.of(List.of("Crumbhaus")),
        companies("Crumbhaus is shutting neighbourhood shops and keeping its station kiosks."));
    // "its" that points back to a noun of its own, or right after the word, names nothing
    assertEquals(
        List.of(List.of()), companies("Last month the company said its pilot line would open."));
    assertEquals(List.of(List.of()), companies("Within its first year, sales doubled."));
  }

  @Test
  void aTimePhraseAfterTheCorporateVerbIsSkipped() {
    assertEquals(
        List.of(List.of("Quillon")), companies("Quillon reported on Thursday that sales rose."));
  }

  @Test
  void moreAppositivesAndBusinessNounsMarkOrganisations() {
    assertEquals(
        List.of(List.of("Mossvale"), List.of("Tarnwick")),
        companies(
            "Investors backed Mossvale, the budgeting app, in May.",
            "Tarnwick's rivals are weakest in small towns."));
  }

  @Test
  void theFirstColumnOfATableHeadedCompanyListsOrganisations() {
    assertEquals(
        List.of(List.of(), List.of("Sunfold"), List.of("Sunfold")),
        companies(
            "| Company | Bookings | Change",
            "| Sunfold | $220 million | -12%",
            "Sunfold has held up better than its peers."));
  }

  @Test
  void bothCompaniesAreTheTwoTheDocumentNamesMost() {
    assertEquals(
        List.of(
            List.of("Ashby Logistics", "Corvel Freight"),
            List.of("Corvel Freight"),
            List.of("Ashby Logistics", "Corvel Freight")),
        companies(
            "Corvel Freight agreed to buy Ashby Logistics.",
            "Corvel Freight expects approval in May.",
            "Shareholders of both companies vote next week."));
  }

  @Test
  void aPlatformSomethingWasPostedOnIsNotDiscussed() {
    assertEquals(
        List.of(List.of("Harwell Brothers")),
        companies(
            "Ines Maren of Harwell Brothers wrote in a post on Orbital that fares will rise."));
  }

  @Test
  void theAuthorityIsTheOneOrganisationWhoseNameEndsSo() {
    assertEquals(
        List.of(
            List.of("Marlow Harbour Authority"),
            List.of("Marlow Harbour Authority"),
            List.of("Marlow Harbour Authority"),
            List.of()),
        companies(
            "Marlow Harbour Authority will raise its berth fees in May.",
            "Ship owners say the authority's figures leave out the dredging bill.",
            "The authority should publish them.",
            "Critics doubt the authority to set fees without a vote."));
  }

  @Test
  void anyLastWordOfAnOrganisationsNameRefersToItButAPluralIsItsThings() {
    // Made up: the noun is not listed anywhere; it is the last word of one name named before.
    assertEquals(
        List.of(
            List.of("Brightway Buses", "Tarnley Pricing Commission"),
            List.of("Brightway Buses", "Tarnley Pricing Commission"),
            List.of()),
        companies(
            "Tarnley Pricing Commission opened an inquiry into Brightway Buses.",
            "Brightway says the commission's sums are wrong.",
            "Half the buses are older than ten years."));
  }

  @Test
  void aHeadNounTwoOrganisationsShareOrNoneNamedBeforeRefersToNeither() {
    assertEquals(
        List.of(List.of(), List.of("Fenby Writers Guild", "Holt Actors Guild"), List.of()),
        companies(
            "The guild met on Monday.",
            "Fenby Writers Guild and Holt Actors Guild both cut prices.",
            "The guild blamed the studios."));
  }

  @Test
  void theBankAndTheGrocerAreTheParagraphsOrganisation() {
    assertEquals(
        List.of(List.of("Colwick Bank"), List.of("Colwick Bank"), List.of("Farrow Markets")),
        companies(
            "Colwick Bank added $640 million to its reserves. The bank's shares fell 7%.",
            "Farrow Markets will close two warehouses, the grocer said."));
  }

  @Test
  void industryWordsEndFirmNamesAndEitherAirlineIsThePair() {
    assertEquals(
        List.of(
            List.of("Harlow Air"),
            List.of("Harlow Air"),
            List.of("Tessel Jet"),
            List.of("Harlow Air", "Tessel Jet")),
        companies(
            "Harlow Air wants to spend $9 billion on new jets. The order would double the"
                + " carrier's debt.",
            "Tessel Jet is adding capacity next summer.",
            "Disclosure: the author owns no shares in either airline."));
  }

  @Test
  void aThreadNumberAndAnAdverbDoNotHideTheCorporateVerb() {
    assertEquals(
        List.of(List.of("Pellmark")),
        companies("1/ Pellmark just reported its first sales gain in eleven quarters."));
  }

  @Test
  void aRivalOrAPartnershipBeforeANameMarksAnOrganisation() {
    assertEquals(
        List.of(List.of("Skyloft"), List.of("Halmark Post")),
        companies(
            "Teo Baines, who runs the programme at rival Skyloft, argued that noise will cap"
                + " flights.",
            "Its partnership with Halmark Post could double that by next spring."));
  }

  // Issue 12: companies nobody registered are found by their place in the sentence.

  @Test
  void theEmployerInAPersonsAppositiveIsAnOrganisation() {
    assertEquals(
        List.of(List.of("Northvale"), List.of("Halden"), List.of("Vestamark"), List.of("Brask")),
        companies(
            "Lena Park, a credit analyst at Northvale, said the bonds are mispriced.",
            "Tom Reyes, an economist with Halden, said rates would fall.",
            "Vestamark analyst Dana Fox said the same.",
            "Ada Voss, Brask's chief economist, disagreed."));
  }

  @Test
  void whatAnOrganisationOwnsAndWhatADealBuysMarkIt() {
    assertEquals(
        List.of(
            List.of("Skarn"), List.of("Quenby"), List.of("Caldera"), List.of("Marlow", "Tessin")),
        companies(
            "The deal values Skarn at $2 billion, and Skarn shareholders will get cash.",
            "The board of Quenby rejected the offer.",
            "Investors in Caldera were unhappy.",
            "Under the deal, Marlow will buy Tessin for $400 million."));
  }

  @Test
  void theSubjectOfABusinessVerbInAnyClauseAndABasedPrefix() {
    assertEquals(
        List.of(List.of("Pollard"), List.of("Fenwick"), List.of("Ostmark")),
        companies(
            "Costs rose, and Pollard raised prices twice.",
            "Ostrava-based Fenwick cut 300 jobs.",
            "Ostmark, based in Riga, makes valves."));
  }

  @Test
  void placesPeopleAndBondsAreNotOrganisationsInThosePlaces() {
    assertEquals(
        List.of(List.of(), List.of(), List.of(), List.of()),
        companies(
            "Wall Street analyst Dana Fox said US shareholders should buy American.",
            "European stocks fell, and investors bought Treasury bonds.",
            "Park's chief concern, she said, was debt.",
            "The company promised investors in 2024 that the sites would pay."));
  }

  @Test
  void sectorSuffixesMarkUnlistedOrganisations() {
    assertEquals(
        List.of(List.of("Brantley Mutual"), List.of("Osterfeld Re")),
        companies("Brantley Mutual said losses doubled.", "The deal leaves Osterfeld Re exposed."));
  }

  @Test
  void aDescribingNounRightBeforeANameMakesItAnOrganisation() {
    assertEquals(
        List.of(
            List.of("Plumcroft"),
            List.of("Wexbury Mutual"),
            List.of("Tindale"),
            List.of("Quorra"),
            List.of()),
        companies(
            "Biscuit maker Plumcroft posted a weaker first half.",
            "The pension scheme moved to insurer Wexbury Mutual last year.",
            "A start-up called Tindale now offers the same plan for less.",
            "Parents liked toymaker Quorra more than anyone expected.",
            "Donors want to fund Ellery Hall over the winter."));
  }

  @Test
  void aDescribingNounOpeningTheSentenceIsNotPartOfTheName() {
    assertEquals(
        List.of(List.of("Ferncastle Re"), List.of("Dunmoor Holdings")),
        companies(
            "Reinsurer Ferncastle Re expects claims of $80 million.",
            "Rival Dunmoor Holdings has made no such promise."));
  }

  @Test
  void aNameEndingInANounOfAnIndustrysTradeIsAnOrganisationEvenWhenItSpeaks() {
    assertEquals(
        List.of(List.of("Harrowfield Cement"), List.of("Ostley Savings"), List.of()),
        companies(
            "Harrowfield Cement said on Monday that it would raise prices.",
            "Ostley Savings pays 4% on instant-access accounts.",
            "Dana Mills said the plan was sound."));
  }

  @Test
  void theOpeningWordsOfALongerDiscoveredNameAreThatOrganisation() {
    assertEquals(
        List.of(List.of("Ambleside Harbour Group"), List.of("Ambleside Harbour Group")),
        companies(
            "Ambleside Harbour Group bought two ferries.",
            "Ambleside Harbour will run them from May."));
  }

  @Test
  void aRatedNameIsAnOrganisation() {
    assertEquals(
        List.of(List.of("Tervola"), List.of("Quenwick")),
        companies(
            "One broker downgraded Tervola to sell on Friday.",
            "Another cut its price target on Quenwick to $31."));
  }

  @Test
  void theClubOrTheStudioIsTheOrganisationOfTheParagraph() {
    assertEquals(
        List.of(List.of("Pellam Rovers"), List.of("Pellam Rovers")),
        companies("Pellam Rovers want a new stadium. The club says it can pay for it."));
  }

  @Test
  void anAppositiveNounFollowedByOfDescribesTheOrganisationBeforeIt() {
    assertEquals(
        List.of(List.of("Tamberline")),
        companies(
            "Tamberline, the maker of garden furniture, said its chief executive would retire."));
  }

  @Test
  void aLeagueIsAnOrganisationAndAPositionInANameIsAHolding() {
    assertEquals(
        List.of(List.of("Coastal Hockey League"), List.of("Ardwell Foods")),
        companies(
            "The Coastal Hockey League will shrink from ten clubs to eight next season.",
            "Our short position in Ardwell Foods cost us the most this quarter."));
  }

  @Test
  void anOrganisationOnlyCitedAsASourceIsNotDiscussed() {
    assertEquals(
        List.of(
            List.of("Marlowe Foods"),
            List.of("Marlowe Foods"),
            List.of(),
            List.of("Marlowe Foods"),
            List.of("Marlowe Foods")),
        companies(
            "Marlowe Foods raised its prices again.",
            "Marlowe Foods lost share, according to figures compiled by the consultancy Quentin"
                + " Analytics.",
            "Frozen sales fell 4%, according to a note from Dunmore Research.",
            "A Penfold Institute study found that Marlowe Foods shoppers were trading down.",
            "Marlowe Foods said its margins would recover."));
  }

  @Test
  void theOwnerOfACitedWorkAndTheDocumentsMainOrganisationAreDiscussed() {
    assertEquals(
        List.of(
            List.of("Cobbold Grocers"),
            List.of("Cobbold Grocers", "Tamsin Foods"),
            List.of("Cobbold Grocers")),
        companies(
            "Cobbold Grocers will close twelve stores.",
            "According to a memo from Tamsin Foods's buying team, Cobbold Grocers lost its"
                + " largest supplier.",
            "Sales fell 3% in the quarter, according to Cobbold Grocers."));
  }

  @Test
  void aSpeakerCalledByItsFirstWordWithACorporateCueIsAFirm() {
    assertEquals(
        List.of(List.of("Corlander Line"), List.of("Corlander Line"), List.of("Corlander Line")),
        companies(
            "Corlander Line told customers on Monday that it would add a fuel surcharge.",
            "Corlander’s shareholders cheered the news.",
            "Corlander Line said the charge would be reviewed every quarter."));
  }

  @Test
  void aSpeakerCalledByTheSurnameStaysAPerson() {
    // The first name alone is no person the document knows, so its cue makes it a name; what the
    // test guards is that the full name, called "Renwick" later, is not taken for a firm.
    assertEquals(
        List.of(List.of(), List.of(), List.of("Tobias")),
        companies(
            "Tobias Renwick told the conference that prices would rise.",
            "Renwick said the rise would be modest.",
            "Tobias’s shareholders were not in the room."));
  }

  @Test
  void aNameEndingInANounOfATradeIsAFirmEvenWhenItSpeaks() {
    assertEquals(
        List.of(
            List.of("Brackwell Trains"), List.of("Ostley Nutrition"), List.of("Ostley Nutrition")),
        companies(
            "Brackwell Trains said the timetable had been published too late.",
            "Ostley Nutrition told parents that its tins were safe.",
            "Ostley says its own tests found nothing."));
  }

  @Test
  void aRegulatorNamedAsAnOfficeOrABoardIsAnOrganisation() {
    assertEquals(
        List.of(List.of("Ardley Bank", "Coastal Conduct Office"), List.of("Ferry Standards Board")),
        companies(
            "The Coastal Conduct Office fined Ardley Bank £12 million on Monday.",
            "The Ferry Standards Board will hear the appeal in March."));
  }

  @Test
  void theLeagueTheUnionAndTheAssociationAreTheOneOrganisationNamedSo() {
    assertEquals(
        List.of(
            List.of("Coastal Netball League", "Tarnley Workers Union"),
            List.of("Coastal Netball League"),
            List.of("Tarnley Workers Union")),
        companies(
            "The Coastal Netball League signed a pay deal with the Tarnley Workers Union.",
            "The league will pay for it from its broadcast money.",
            "The union said members would vote next week."));
  }

  @Test
  void aOneWordNameIsTheOneDiscoveredLongerNameBesideAProduct() {
    assertEquals(
        List.of(List.of("Marrick Mobile"), List.of(), List.of("Marrick Mobile")),
        companies(
            "Marrick’s shares rose 2% on the day.",
            "The first reviews of the Marrick Arc 3 do not agree on much.",
            "Marrick Mobile, a handset maker, launched its new phone on Tuesday."));
  }

  @Test
  void aContractWonAnOutputCountedAPastRelativeClauseAndAPeriodCodeMarkAFirm() {
    assertEquals(
        List.of(
            List.of("Hesketh Motion Control"),
            List.of("Marlowe Living"),
            List.of("Hallbeck Constructors"),
            List.of("Garnet Bay Foods"),
            List.of()),
        companies(
            "Hesketh Motion Control won a £120 million contract to supply actuators.",
            "Marlowe Living builds about 3,000 homes a year.",
            "Construction will be led by Hallbeck Constructors, which built the first two trains.",
            "Garnet Bay Foods Q3 adjusted EPS $1.12 vs. $0.98 consensus.",
            "Emberfall had sold 6.2 million copies by Christmas."));
  }

  @Test
  void aShortFormMayStandForTheOneLongerNameItOpensOrItsTwoWordOnes() {
    assertEquals(
        List.of("Kestrel Capital"),
        CompanyRules.longForms("Kestrel", List.of("Kestrel Capital", "Kestrelford")));
    assertEquals(
        List.of("Quarrendon Freight", "Quarrendon Sourcing"),
        CompanyRules.longForms(
            "Quarrendon",
            List.of("Quarrendon Sourcing", "Quarrendon Freight", "Quarrendon Freight Holdings")));
    assertEquals(
        List.of(),
        CompanyRules.longForms(
            "Cobalt Street", List.of("Cobalt Street Media", "Cobalt Street Radio")));
    assertEquals(List.of(), CompanyRules.longForms("Kestrel", List.of("Kestrel")));
  }
}

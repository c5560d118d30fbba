package org.dateline.events;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Record;
import org.dateline.pipeline.Pipeline;
import org.dateline.testing.Slow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events on real news sentences, one construction per test, through the whole pipeline. */
@Slow
class EventCoderTest {
    private static final Pipeline PIPELINE = Pipeline.standard(List.of());
    private static final LocalDate TUESDAY = LocalDate.of(2019, 1, 8);

    private static List<Event> events(String text) {
        Record r = PIPELINE.extract(Article.builder("t", text).published(TUESDAY).build());
        return r.events();
    }

    private static Event one(List<Event> events, String sourceCode, String targetCode, String root) {
        List<Event> found = events.stream().filter(e -> e.source() != null && sourceCode.equals(e.source().code())
                && (targetCode == null ? e.target() == null : e.target() != null && targetCode.equals(e.target().code()))
                && e.root().equals(root)).toList();
        assertThat(found).as("%s -> %s root %s in %s", sourceCode, targetCode, root,
                events.stream().map(e -> (e.source() == null ? null : e.source().code()) + "->"
                        + (e.target() == null ? null : e.target().code()) + " " + e.code()).toList()).hasSize(1);
        return found.get(0);
    }

    @Test
    void anActiveVerbWithItsObject() {
        Event e = one(events("Syrian Foreign Minister Walid Muallem praised Iran on Monday."), "SYRGOV", "IRN", "05");
        assertThat(e.code()).isEqualTo("051");
        assertThat(e.date()).isEqualTo("2019-01-07");
        assertThat(e.dateAssumed()).isFalse();
        assertThat(e.plover().type()).isNotBlank();
        assertThat(e.quadClass()).isEqualTo(1);
        assertThat(e.goldstein()).isPositive();
        assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED);
    }

    @Test
    void aMeetingWithAPrepositionAndTheDatelinePlace() {
        Event e = one(events("TEHRAN - Iranian Majlis Speaker Ali Larijani met separately with Syrian Foreign Minister Walid Muallem."),
                "IRNLEG", "SYRGOV", "04");
        assertThat(e.place().name()).isEqualTo("Tehran");
        assertThat(e.dateAssumed()).isTrue();
        assertThat(e.date()).isEqualTo("2019-01-08");
    }

    @Test
    void aTargetHungOnTheObjectsOfChainStillCounts() {
        Event e = one(events("South Korea fired dozens of rounds of artillery into North Korea."), "KOR", "PRK", "19");
        assertThat(e.code()).isEqualTo("194");
    }

    @Test
    void aGerundAfterAPrepositionIsAClauseNotAnAdjective() {
        // The parser reads "by firing dozens" as a kind of dozens; the repaired parse has the deed.
        List<Event> found = events("North Korea fired artillery at South Korea. "
                + "South Korea retaliated by firing dozens of rounds of artillery into North Korea.");
        assertThat(one(found, "KOR", "PRK", "19").code()).isEqualTo("194");
    }

    @Test
    void aSecondVerbOfTheSameSubjectActsOnTheFirstOnesPartner() {
        List<Event> found = events("Turkish President Recep Tayyip Erdogan met German Chancellor Angela Merkel in Berlin "
                + "and apologized for the remarks.");
        one(found, "TURGOV", "DEUGOV", "04");
        assertThat(one(found, "TURGOV", "DEUGOV", "05").code()).isEqualTo("055");
        // A second verb with its own subject is its own clause.
        assertThat(events("Erdogan met Merkel in Berlin and the Turkish opposition apologized for the remarks."))
                .noneMatch(e -> e.code().equals("055") && e.target() != null);
    }

    @Test
    void aWarningOfWhatAnActorWillFaceIfItGoesOnIsAThreatToIt() {
        one(events("Iranian Foreign Minister Mohammad Javad Zarif warned that if Israel does not stop its raids, "
                + "it will face a crushing response."), "IRNGOV", "ISR", "13");
    }

    @Test
    void aLabelPutOnADeedAndGoingBackHomeAreNoEvents() {
        assertThat(events("The Foreign Ministry of Iraq characterized the strike as a serious violation of Iraqi sovereignty."))
                .noneMatch(e -> e.root().equals("12"));
        assertThat(events("Sacoolas, an American citizen, left Britain and returned to the United States."))
                .noneMatch(e -> e.root().equals("08"));
        one(events("Iran returned the British tanker to the United Kingdom."), "IRN", "GBR", "08");
    }

    @Test
    void aHeadlineAndTheStoryTellingOneInteractionAreOneEventOnTheStatedDate() {
        Event e = one(events("Iran expels British diplomats\n\nIran expelled two British diplomats on Monday."),
                "IRN", "GBRGOV", "16");
        assertThat(e.date()).isEqualTo("2019-01-07");
        assertThat(e.dateAssumed()).isFalse();
        assertThat(e.mentions()).hasSize(2);
    }

    @Test
    void oneHostsSomeoneNotSomething() {
        assertThat(events("The Houthi rebels received Iranian assistance, Saudi officials said."))
                .noneMatch(e -> e.root().equals("04"));
        one(events("Russian President Vladimir Putin received the Iranian delegation in Moscow."), "RUSGOV", "IRNGOV", "04");
    }

    @Test
    void aRequestDeclinedGoesBackToWhoeverMadeIt() {
        List<Event> found = events("British Foreign Secretary Dominic Raab asked the United States to waive the diplomat's "
                + "immunity. The United States declined the request on Monday.");
        one(found, "GBRGOV", "USA", "02");
        one(found, "USA", "GBRGOV", "12");
        // A participle with no object asks whoever its verb addressed.
        List<Event> letter = events("The Kenyan police chief wrote to the Ugandan embassy asking for the suspect to be "
                + "handed over. The embassy rejected the request.");
        one(letter, "KENCOP", "UGAGOV", "02");
        one(letter, "UGAGOV", "KENCOP", "12");
    }

    @Test
    void backingAGovernmentAgainstRebelsIsMilitarySupport() {
        assertThat(one(events("In 2015, Saudi Arabia began supporting the government of Yemen against the Houthi rebels."),
                "SAU", "YEMGOV", "07").code()).isEqualTo("072");
        assertThat(one(events("The United States supports the government of Yemen."), "USA", "YEMGOV", "05").code())
                .isEqualTo("051");
    }

    @Test
    void anEventToldAgainWithADateOfItsOwnIsThatEventOnThatDate() {
        List<Event> found = events("U.S. President Donald Trump ordered sanctions against Iran in May 2018. "
                + "The first round of sanctions went into force on August 6, 2018.");
        List<Event> sanctions = found.stream().filter(e -> e.code().equals("163")).toList();
        assertThat(sanctions).extracting(Event::date).containsExactlyInAnyOrder("2018-05", "2018-08-06");
        assertThat(sanctions).allSatisfy(e -> assertThat(e.target().code()).isEqualTo("IRN"));
        // New sanctions are a new event, not the old one again.
        assertThat(events("Trump ordered sanctions against Iran in May 2018. New sanctions were announced on August 6, 2018."))
                .filteredOn(e -> e.code().equals("163")).extracting(Event::date).containsExactly("2018-05");
    }

    @Test
    void anIncidentSaidToHaveHappenedOnADayIsTheLastDeedOfItsKindOnThatDay() {
        Event e = one(events("Russian warplanes entered Turkish airspace near the Syrian border. Turkey summoned the Russian "
                + "ambassador. The incursion happened on Sunday."), "RUSMIL", "TUR", "15");
        assertThat(e.date()).isEqualTo("2019-01-06");
    }

    @Test
    void aPastDeedWithNoTimeTakesTheDayOfTheLeadItFollows() {
        String lead = "On Monday, Egyptian Foreign Minister Sameh Shoukry criticised Ethiopia over the dam. ";
        // In the lead's paragraph: that day.
        assertThat(one(events(lead + "Sudan recalled its ambassador to Ethiopia."), "SDN", "ETH", "16").date())
                .isEqualTo("2019-01-07");
        // In a later paragraph, only for whoever acted in the lead.
        String later = lead + "Talks collapsed last year.\n\n";
        assertThat(one(events(later + "Shoukry also met with the Sudanese ambassador."), "EGYGOV", "SDNGOV", "04").date())
                .isEqualTo("2019-01-07");
        Event other = one(events(later + "Sudan recalled its ambassador to Ethiopia."), "SDN", "ETH", "16");
        assertThat(other.dateAssumed()).isTrue();
        // What is said in the present is said today.
        Event today = one(events(lead + "Sudan says it will recall its ambassador to Ethiopia."), "SDN", "ETH", "13");
        assertThat(today.date()).isEqualTo("2019-01-08");
    }

    @Test
    void aDeedWhoseDoerIsNotNamedWaitsForAClaim() {
        String attack = "Yesterday, a police station in Kandahar was attacked.";
        assertThat(events(attack)).isEmpty();
        List<Event> found = events(attack + " The Taliban claimed responsibility for the attack.");
        assertThat(one(found, "AFGREB", "AFGCOP", "01").code()).isEqualTo("015");
        Event deed = one(found, "AFGREB", "AFGCOP", "19");
        assertThat(deed.date()).isEqualTo("2019-01-07");
    }

    @Test
    void wordsAboutADeedToldBeforeAreAboutItsDoer() {
        String lead = "Russia launched air strikes on a rebel-held town in Syria on Monday.\n\n";
        one(events(lead + "The Turkish Foreign Ministry described the attack as a violation of the ceasefire."),
                "TURGOV", "RUS", "11");
        one(events(lead + "Turkish officials considered the strikes an act of aggression."), "TURGOV", "RUS", "11");
        // Words of blame on the actor named: "called Iran a threat".
        one(events("The Saudi foreign minister called Iran a threat to the region."), "SAUGOV", "IRN", "11");
    }

    @Test
    void bothSidesOfAMeetingMayBeNamedInItsSubject() {
        one(events("The foreign ministers of India and Pakistan met in New York."), "INDGOV", "PAKGOV", "04");
        one(events("Israeli and Palestinian negotiators held talks in Washington on Tuesday."), "PSEGOV", "ISRGOV", "04");
        assertThat(one(events("The United States and the Philippines held joint military exercises in the South China Sea."),
                "USA", "PHL", "06").code()).isEqualTo("062");
        assertThat(one(events("On Monday, US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke on "
                + "the phone."), "USAGOV", "TURGOV", "04").code()).isEqualTo("041");
        // Two of one side are no meeting.
        assertThat(events("Friends and relatives of Russian political prisoners spoke.")).isEmpty();
        // One side alone meets no one.
        assertThat(events("The Indian foreign minister met in New York.")).noneMatch(e -> e.root().equals("04"));
    }

    @Test
    void aForcePutOnAlertFacesItsCountrysAdversaryInTheStory() {
        List<Event> found = events("Pakistani troops shelled Indian border posts in Kashmir on Monday. "
                + "The intrusion caused the Indian army to go on high alert.");
        one(found, "PAKMIL", "IND", "19");
        assertThat(one(found, "INDMIL", "PAKMIL", "15").code()).startsWith("15");
        assertThat(one(events("The Indian army was put on high alert."), "INDMIL", null, "15").code()).isEqualTo("152");
    }

    @Test
    void aircraftBombingAPlaceIsAnAirStrikeOnItsCountry() {
        assertThat(one(events("Israeli aircraft bombed targets in Gaza."), "ISRMIL", "PSE", "19").code()).isEqualTo("195");
    }

    @Test
    void aStatementsMoodIsAPessimisticOrOptimisticComment() {
        assertThat(one(events("The UN envoy Staffan de Mistura said he was pessimistic about the chances of a settlement in Syria."),
                "IGOUNO", "SYR", "01").code()).isEqualTo("012");
        assertThat(one(events("Chinese Premier Li Keqiang said he was optimistic that trade with Japan would recover."),
                "CHNGOV", "JPN", "01").code()).isEqualTo("013");
        // Blame comes first; a bare "said" is no event.
        assertThat(one(events("Iranian Foreign Minister Zarif said he was concerned about the illegal Israeli raids."),
                "IRNGOV", "ISR", "11").code()).isEqualTo("111");
        assertThat(events("Chinese Premier Li Keqiang said trade with Japan would grow.")).isEmpty();
    }

    @Test
    void whatIsRefusedOrAskedForIsNotDone() {
        List<Event> refused = events("Israel refused to release the fourth group of Palestinian prisoners.");
        assertThat(one(refused, "ISR", "PSECVL", "12").code()).isEqualTo("1243");
        assertThat(refused).noneMatch(e -> e.root().equals("08"));
        List<Event> demanded = events("The Israeli government demanded the release of the three kidnapped teenagers.");
        assertThat(demanded).extracting(Event::root).containsExactly("10");
        assertThat(events("The Turkish president urged Sweden to extradite the suspects."))
                .noneMatch(e -> e.root().equals("06") || e.root().equals("08"));
    }

    @Test
    void assaultsOnPeopleAndSuicideBombings() {
        assertThat(one(events("Police officers beat the protesters in Istanbul."), "TURCOP", "TURCVL", "18").code())
                .isEqualTo("182");
        assertThat(one(events("A suicide bomber blew himself up at a police checkpoint in Baghdad."), "IRQREB", "IRQCOP", "18")
                .code()).isEqualTo("183");
    }

    @Test
    void readinessCounterpartsAndPromisesOfReform() {
        assertThat(one(events("Pakistan said it was prepared to meet Indian officials to discuss the border."),
                "PAK", "INDGOV", "03").modality()).isEqualTo(Event.Modality.INTENDED);
        one(events("The British foreign secretary received his Iranian counterpart in London."), "GBRGOV", "IRNGOV", "04");
        assertThat(one(events("The Yemeni president promised to hold elections within two years."), "YEMGOV", null, "03")
                .code()).isEqualTo("034");
        // "in March" is a month, not a march.
        assertThat(events("The summit of the African Union is planned for March in Addis Ababa."))
                .noneMatch(e -> e.root().equals("14"));
    }

    @Test
    void aDeedPromisedOnAConditionIsAThreat() {
        Event threat = one(events("Trump said, \"If Turkey does anything that I consider to be off limits, I will totally "
                + "destroy and obliterate the Economy of Turkey.\""), "USAGOV", "TUR", "13");
        assertThat(threat.code()).isEqualTo("131");
        // A mere possibility is no threat.
        assertThat(events("If the talks fail, Iran could attack Israel.")).isEmpty();
    }

    @Test
    void aHeadlineTakesTheDateOfTheStorysTelling() {
        Event e = one(events("Germany bans Mahan Air of Iran\n\nGermany on Monday banned Iranian airline Mahan Air from "
                + "flying in the European nation."), "DEU", "IRNBUS", "16");
        assertThat(e.date()).isEqualTo("2019-01-07");
        assertThat(events("Germany bans Mahan Air of Iran\n\nGermany on Monday banned Iranian airline Mahan Air from "
                + "flying in the European nation.")).allSatisfy(ev -> assertThat(ev.date()).isEqualTo("2019-01-07"));
    }

    @Test
    void wordsBesideADeedAreNotItsDeeds() {
        // A noun of reason is no deed of the clause's subject; a rally with an object is no protest.
        assertThat(events("The European Union sanctioned Iran over alleged assassination plots in Denmark."))
                .noneMatch(e -> e.root().equals("18"));
        assertThat(events("The French president rallied European leaders behind the mission in Mali."))
                .noneMatch(e -> e.root().equals("14"));
        // What one is encouraged to do is not done.
        assertThat(events("The United States has been encouraging Germany to restrict Iranian airlines."))
                .noneMatch(e -> e.root().equals("17"));
        // One does not do the deed one suppresses or condemns.
        assertThat(events("The Hong Kong authorities have chosen to suppress protests in a grossly unlawful way."))
                .noneMatch(e -> e.root().equals("14"));
        // An infinitive that says what a noun is about is no deed; a pronoun names no target.
        assertThat(events("The Kurdish forces said it was the duty of the Syrian army to protect the Turkish border."))
                .noneMatch(e -> e.root().equals("07"));
        assertThat(events("Iraqi Prime Minister Adil Abdul-Mahdi condemned the strike, calling it an aggression."))
                .allSatisfy(e -> assertThat(e.target() == null || e.target().code() != null).isTrue());
        // Naming a group a terrorist organisation is blame.
        one(events("Turkey named the Kurdistan Workers' Party (PKK) a terrorist organization."), "TUR", "TURREB", "11");
    }

    @Test
    void aPassiveTakesItsAgentAsSource() {
        one(events("The Syrian Army was attacked by Israel on Sunday."), "ISR", "SYRMIL", "19");
    }

    @Test
    void coordinatedActorsGiveAnEventEach() {
        List<Event> es = events("Russia and China condemned Israel on Tuesday.");
        one(es, "RUS", "ISR", "11");
        one(es, "CHN", "ISR", "11");
    }

    @Test
    void aNegatedEventIsNotInTheDefaultOutput() {
        assertThat(events("Iran did not attack Israel.")).noneMatch(e -> e.root().equals("19"));
    }

    @Test
    void anAnnouncedAttackIsAThreatAndAnAnnouncedVisitAnIntent() {
        Event threat = one(events("Iran will attack Israel."), "IRN", "ISR", "13");
        assertThat(threat.code()).isEqualTo("138");
        assertThat(threat.modality()).isEqualTo(Event.Modality.INTENDED);
        Event intent = one(events("Iran plans to sign an agreement with Syria."), "IRN", "SYR", "03");
        assertThat(intent.modality()).isEqualTo(Event.Modality.INTENDED);
        // A body's resolution is what it means to do; "troops" is a troop though the lemmatizer keeps it plural.
        Event resolution = one(events("The Kenyan parliament passed a resolution to expel Somali troops."),
                "KENLEG", "SOMMIL", "13");
        assertThat(resolution.modality()).isEqualTo(Event.Modality.INTENDED);
        assertThat(one(events("Kenya expelled Somali troops."), "KEN", "SOMMIL", "16").code()).isEqualTo("166");
    }

    @Test
    void anIntentIsDatedWhenItIsSaidNotWhenItIsMeantToHappen() {
        Event intent = one(events("Indian Prime Minister Narendra Modi said he plans to visit Pakistan next month."),
                "INDGOV", "PAK", "03");
        assertThat(intent.date()).isEqualTo("2019-01-08");
        assertThat(intent.dateAssumed()).isTrue();
        Event past = one(events("On Monday, Iran said it will sign an agreement with Syria."), "IRN", "SYR", "03");
        assertThat(past.date()).isEqualTo("2019-01-07");
    }

    @Test
    void aHypotheticalEventIsNotInTheDefaultOutput() {
        assertThat(events("If Israel attacks Syria, Iran could respond.")).noneMatch(e -> e.root().equals("19"));
    }

    @Test
    void aNominalEventAndSanctionsWithTheirDate() {
        Event e = one(events("U.S. President Donald Trump ordered sanctions against Iran in May 2018."), "USAGOV", "IRN", "16");
        assertThat(e.date()).isEqualTo("2018-05");
    }

    @Test
    void aReportedEventCarriesItsReporterAndWeIsTheSpeaker() {
        List<Event> es = events("\"We will retaliate against Israel,\" Iranian Foreign Minister Mohammad Javad Zarif said.");
        Event threat = es.stream().filter(e -> e.target() != null && "ISR".equals(e.target().code())).findFirst().orElseThrow();
        assertThat(threat.source().code()).isEqualTo("IRNGOV");
        assertThat(threat.reportedBy()).isNotNull();
    }

    @Test
    void aStatementOfBlameIsCriticism() {
        one(events("Ali Shamkhani said the Israeli aggressions against Syria are unacceptable."), "IRNGOV", "ISR", "11");
    }

    @Test
    void oneEventPerInteractionKeepsAllItsEvidence() {
        List<Event> es = events("Iran condemned Israel. Later on Tuesday, Iran again condemned Israel.");
        Event e = one(es, "IRN", "ISR", "11");
        assertThat(e.mentions()).hasSize(2);
    }
    @Test
    void threateningToActIsAThreatAndReadinessToActAnIntent() {
        assertThat(one(events("Hezbollah threatened to fire rockets at Israel."), "LBNREB", "ISR", "13").code()).isEqualTo("138");
        one(events("Venezuela said it was ready to resume talks with Colombia."), "VEN", "COL", "03");
    }

    @Test
    void aDeedToAThingTakesItsPlaceAndArmedForcesBombFromTheAir() {
        assertThat(one(events("Sudanese warplanes bombed rebel positions in Darfur."), "SDNMIL", "SDN", "19").code())
                .isEqualTo("195");
    }

    @Test
    void aStateBodysDeedAtHomeTargetsItsOwnCountry() {
        one(events("Cuban police arrested the opposition leader."), "CUBCOP", "CUB", "17");
    }

    @Test
    void unnamedAttackers() {
        // no country named: the roles alone
        one(events("Rebels ambushed a government convoy."), "REB", "GOV", "19");
        // a bomb's makers are an armed group of the country attacked, and what it does a bombing
        assertThat(one(events("A roadside bomb struck a convoy of Iraqi soldiers."), "IRQREB", "IRQMIL", "18").code())
                .isEqualTo("183");
        one(events("Unidentified gunmen killed a Nigerian judge."), "NGAREB", "NGAJUD", "18");
    }

    @Test
    void civiliansAttacksAreViolentProtest() {
        assertThat(one(events("Rioters attacked police stations in Kenya."), "KENCVL", "KENCOP", "14").code()).isEqualTo("145");
    }
}

package org.dateline.actors;

import org.dateline.geo.Gazetteer;
import org.dateline.geo.GeoName;
import org.dateline.model.Actor;
import org.dateline.model.Mention;
import org.dateline.nlp.CoreNlpAnalyzer;
import org.dateline.testing.Corpus;
import org.dateline.testing.Slow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@Slow
class ActorRecognizerTest {
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Dictionaries.standard(),
            name -> Gazetteer.standard().lookup(name, List.of()).map(GeoName::country).orElse(null));
    private static final LocalDate DATE = LocalDate.of(2019, 1, 8);

    private static List<Actor> actors(String text) {
        return actors(text, DATE);
    }

    private static List<Actor> actors(String text, LocalDate date) {
        return RECOGNIZER.recognize(CoreNlpAnalyzer.shared().analyze(text), date, null).actors();
    }

    private static Actor named(List<Actor> actors, String name) {
        Optional<Actor> found = actors.stream().filter(a -> a.name().equals(name)).findFirst();
        assertThat(found).as("actor named %s among %s", name, actors.stream().map(Actor::name).toList()).isPresent();
        return found.get();
    }

    private static List<String> mentionTexts(Actor a) {
        return a.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aTitleBeforeTheNameGivesCountryAndRole() {
        List<Actor> found = actors("Iranian Foreign Minister Mohammad Javad Zarif met U.S. President Donald Trump.");
        assertThat(named(found, "Mohammad Javad Zarif").code()).isEqualTo("IRNGOV");
        assertThat(named(found, "Donald Trump").code()).isEqualTo("USAGOV");
        // "U.S." is part of a title here, not an actor of its own.
        assertThat(found).noneMatch(a -> a.name().equals("United States"));
    }

    @Test
    void anAppositiveTitleCodesThePersonAndItsOrganisationIsAnActorToo() {
        List<Actor> found = actors("Ali Shamkhani, secretary of the Supreme National Security Council, said on Tuesday "
                + "that talks would continue.");
        Actor shamkhani = named(found, "Ali Shamkhani");
        assertThat(shamkhani.code()).isEqualTo("IRNGOV");
        assertThat(shamkhani.title()).isEqualTo("secretary of the Supreme National Security Council");
        assertThat(named(found, "Supreme National Security Council").code()).isEqualTo("IRNGOV");
    }

    @Test
    void aFormerOfficialIsAnElite() {
        assertThat(named(actors("Former US Ambassador to the United Nations Nikki Haley wrote on Twitter."), "Nikki Haley")
                .code()).isEqualTo("USAELI");
        assertThat(named(actors("The acting Iraqi prime minister Adil Abdul-Mahdi spoke out."), "Adil Abdul-Mahdi")
                .code()).isEqualTo("IRQGOV");
    }

    @Test
    void aSpokesmanForAnOrganisationSpeaksForIt() {
        Actor spokesman = named(actors("Ahmed al-Assadi, a spokesman for the Popular Mobilization Forces, blamed Israel."),
                "Ahmed al-Assadi");
        assertThat(spokesman.code()).startsWith("IRQ");
    }

    @Test
    void anOfficeForACountryDoesNotMakeTheHolderItsCitizen() {
        Actor pedersen = named(actors("Zarif also met with new UN Special Envoy for Syria Geir Pedersen."), "Geir Pedersen");
        assertThat(pedersen.code()).isEqualTo("IGOUNO");
        Actor anami = named(actors("Wu Daiwei met with the Japanese ambassador to China Anami Koreshige in Beijing."),
                "Anami Koreshige");
        assertThat(anami.code()).isEqualTo("JPNGOV");
    }

    @Test
    void aHyphenatedModifierDoesNotHideTheDemonymBeforeIt() {
        List<Actor> found = actors("Relations were strained when a Chinese nuclear-powered submarine entered Japanese waters.");
        assertThat(found).anySatisfy(a -> {
            assertThat(a.name()).endsWith("submarine");
            assertThat(a.code()).isEqualTo("CHNMIL");
        });
    }

    @Test
    void theSouthAndTheNorthAreTheHalvesOfADividedCountryTheStoryNames() {
        List<Actor> found = actors("North Korea accused South Korea of provocation. The South retaliated, and the North "
                + "put its troops on alert in the north of the country.");
        assertThat(named(found, "South Korea").mentions()).extracting(Mention::text).contains("The South");
        assertThat(named(found, "North Korea").mentions()).extracting(Mention::text)
                .contains("the North").doesNotContain("the north");
        // With no divided country in the story, "the South" is a region, not an actor.
        assertThat(actors("Floods hit the South on Monday, Brazilian officials said."))
                .noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("the South")));
    }

    @Test
    void aBareNameIsCodedByTheOfficeHeldOnTheArticleDate() {
        Actor zarif = named(actors("Zarif said the talks were useful."), "Zarif");
        assertThat(zarif.code()).isEqualTo("IRNGOV");
    }

    @Test
    void surnamesDescriptionsAndPronounsJoinTheirActor() {
        List<Actor> found = actors("Syrian Foreign Minister Walid Muallem arrived in Tehran on Monday. "
                + "For his part, Muallem praised Iran's support. He said that the war was ending. "
                + "The chief Syrian diplomat also met lawmakers.");
        Actor muallem = named(found, "Walid Muallem");
        assertThat(mentionTexts(muallem)).contains("Muallem", "his", "He", "The chief Syrian diplomat");
        assertThat(muallem.code()).isEqualTo("SYRGOV");
    }

    @Test
    void aFullNameAfterAHeadlineSurnameIsTheSamePerson() {
        List<Actor> found = actors("Zarif highlights necessity of regional unity\n"
                + "Iranian Foreign Minister Mohammad Javad Zarif highlighted the necessity of unity.");
        assertThat(found.stream().filter(a -> a.kind() == Actor.Kind.PERSON)).hasSize(1);
        assertThat(mentionTexts(named(found, "Mohammad Javad Zarif"))).contains("Zarif", "Mohammad Javad Zarif");
    }

    @Test
    void organisationsAndTheirAcronymsAndDescriptionsAreOneActor() {
        List<Actor> found = actors("Leaders of African Union (AU) member states met in Niamey. "
                + "The AU said the agreement would start next year.");
        Actor au = named(found, "African Union");
        assertThat(au.code()).isEqualTo("IGOAFRAFU");
        assertThat(mentionTexts(au)).contains("AU");
    }

    @Test
    void groupsAreCodedByTheirCountryAndRoleNoun() {
        List<Actor> found = actors("The Iraqi government rejected the vote, while U.S. troops stayed in the country "
                + "and police in Northamptonshire said they had questioned the driver.");
        assertThat(named(found, "Iraqi government").code()).isEqualTo("IRQGOV");
        assertThat(named(found, "U.S. troops").code()).isEqualTo("USAMIL");
    }

    @Test
    void aCountryThatActsIsAnActorButOneThatIsOnlyAPlaceIsNot() {
        List<Actor> found = actors("Iran and Syria will continue cooperation, officials said in Damascus. "
                + "Tehran said the Zionist regime would be punished.");
        assertThat(found).anyMatch(a -> a.code() != null && a.code().equals("IRN"));
        assertThat(found).anyMatch(a -> "SYR".equals(a.code()));
        assertThat(found).anyMatch(a -> a.code() != null && a.code().startsWith("ISR"));
        assertThat(found).anyMatch(a -> "IRNGOV".equals(a.code()) && mentionTexts(a).contains("Tehran"));
    }

    @Test
    void theSeedArticleFindsEveryActorOfItsGoldReading() throws IOException {
        String text = Files.readString(Corpus.txt("mehr-2019-iran-syria"));
        List<Actor> found = actors(text);
        assertThat(named(found, "Ali Shamkhani").code()).isEqualTo("IRNGOV");
        assertThat(mentionTexts(named(found, "Ali Shamkhani"))).contains("The Iranian security chief");
        assertThat(named(found, "Walid Muallem").code()).isEqualTo("SYRGOV");
        assertThat(named(found, "Mohammad Javad Zarif").code()).isEqualTo("IRNGOV");
        assertThat(named(found, "Geir Pedersen").code()).isEqualTo("IGOUNO");
        assertThat(named(found, "Ali Larijani").code()).isEqualTo("IRNLEG");
        assertThat(named(found, "Donald Trump").code()).isEqualTo("USAGOV");
        assertThat(named(found, "Syrian Army").code()).isEqualTo("SYRMIL");
    }
}

package org.sitrep.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountriesTest {
    private final Countries countries = Countries.load();

    private List<String> found(String text) {
        return countries.find(text).stream().map(m -> m.country().name()).toList();
    }

    @Test
    void nigerienSoldiersMeansNiger() {
        String text = "Nigerien soldiers repelled an attack on their base near Tillaberi.";
        List<CountryMention> mentions = countries.find(text);
        assertEquals(1, mentions.size());
        CountryMention mention = mentions.get(0);
        assertEquals("Niger", mention.country().name());
        assertTrue(mention.demonym());
        assertEquals("Nigerien", text.substring(mention.start(), mention.end()));
    }

    @Test
    void nigerStateIsNotNiger() {
        assertEquals(List.of(), found("Gunmen abducted 20 pupils from a school in Niger State on Friday."));
    }

    @Test
    void nigerRiverIsNotNiger() {
        assertEquals(List.of(), found("The boat capsized on the Niger River near Ansongo."));
    }

    @Test
    void nigeriaAndNigerAreTwoCountries() {
        assertEquals(List.of("Nigeria", "Niger"),
                found("Troops from Nigeria and Niger launched a joint operation around Lake Chad."));
    }

    @Test
    void nigerianMeansNigeria() {
        CountryMention mention = countries.find("Nigerian troops killed 12 insurgents.").get(0);
        assertEquals("Nigeria", mention.country().name());
        assertTrue(mention.demonym());
    }

    @Test
    void burkinabeMeansBurkinaFaso() {
        assertEquals(List.of("Burkina Faso", "Burkina Faso"),
                found("The Burkinabe army said Burkinabè volunteers were ambushed near Djibo."));
        assertEquals("Burkina Faso", countries.byName("burkinabe").orElseThrow().name());
    }

    @Test
    void nameOfCountryBeforeAPossessiveCounts() {
        assertEquals(List.of("Niger"), found("At least 29 soldiers were killed in Niger's Tahoua region."));
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("Papua New Guinea", "South Sudan"),
                found("Papua New Guinea and South Sudanese officials met."));
    }

    @Test
    void lakeChadIsNotChad() {
        assertEquals(List.of(), found("Fighters attacked an island on Lake Chad."));
    }

    @Test
    void lowerCaseWordsAreNotCountries() {
        assertEquals(List.of(), found("They shared a turkey and a bottle of polish."));
    }

    @Test
    void abbreviationsCountOnlyInCapitals() {
        assertEquals(List.of(), found("Car bomb kills three in the capital."));
        assertEquals(List.of("Central African Republic"), found("Rebels seized a town in the CAR."));
    }

    @Test
    void otherNamesFindTheirCountry() {
        assertEquals("Myanmar", countries.byName("Burma").orElseThrow().name());
        assertEquals("Ivory Coast", countries.byName("Côte d’Ivoire").orElseThrow().name());
        assertEquals("Ivory Coast", countries.byName("cote d'ivoire").orElseThrow().name());
        assertEquals("Democratic Republic of the Congo", countries.byName("DR Congo").orElseThrow().name());
        assertEquals(List.of("Democratic Republic of the Congo"), found("M23 rebels advanced in eastern DRC."));
    }

    @Test
    void unknownNameIsEmpty() {
        assertFalse(countries.byName("Atlantis").isPresent());
    }

    @Test
    void codesFindTheirCountry() {
        assertEquals("Mali", countries.byIso2("ml").orElseThrow().name());
        assertEquals("Burkina Faso", countries.byIso3("BFA").orElseThrow().name());
        assertFalse(countries.byIso3("XXX").isPresent());
    }

    @Test
    void tableCoversEveryCountry() {
        assertTrue(countries.all().size() >= 249, "countries: " + countries.all().size());
        for (Country country : countries.all()) {
            assertEquals(2, country.iso2().length(), country.toString());
            assertEquals(3, country.iso3().length(), country.toString());
        }
    }
}

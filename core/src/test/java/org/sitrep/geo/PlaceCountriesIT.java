package org.sitrep.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceCountriesIT {
    private final PlaceCountries places = PlaceCountries.load();

    private String countryOf(String... names) {
        return places.countryOf(List.of(names)).map(Country::name).orElse("");
    }

    @Test
    void sourouProvinceIsInBurkinaFaso() {
        assertEquals("Burkina Faso", countryOf("Sourou"));
    }

    @Test
    void villageWithItsDistrictsIsInBurkinaFaso() {
        // "... abducted two farmers in the village of Seme (Toeni, Sourou)."
        assertEquals("Burkina Faso", countryOf("Seme", "Toeni", "Sourou"));
    }

    @Test
    void tahouaIsInNiger() {
        assertEquals("Niger", countryOf("Tahoua"));
    }

    @Test
    void moptiIsInMali() {
        assertEquals("Mali", countryOf("Mopti"));
    }

    @Test
    void gaoWithAnsongoIsInMali() {
        assertEquals("Mali", countryOf("Gao", "Ansongo"));
    }

    @Test
    void bornoIsInNigeria() {
        assertEquals("Nigeria", countryOf("Borno"));
    }

    @Test
    void rakhineIsInMyanmar() {
        assertEquals("Myanmar", countryOf("Rakhine"));
    }

    @Test
    void caboDelgadoIsInMozambique() {
        assertEquals("Mozambique", countryOf("Cabo Delgado"));
    }

    @Test
    void unknownNameGivesNoCountry() {
        assertEquals(Optional.empty(), places.countryOf(List.of("Xqzzyville")));
        assertEquals(Optional.empty(), places.countryOf(List.of()));
    }

    @Test
    void nigerStateIsInNigeria() {
        assertEquals("Nigeria", countryOf("Niger State"));
    }

    @Test
    void nigerAloneIsTheCountry() {
        assertEquals("Niger", countryOf("Niger"));
    }

    @Test
    void areaWordAfterTheNameIsIgnored() {
        assertEquals("Mali", countryOf("Mopti Region"));
        assertEquals("Kenya", countryOf("Mandera County"));
    }

    @Test
    void frenchAndEnglishSpellingsMeet() {
        // GeoNames writes "Niafunké"; ACLED and the press write "Niafounke".
        assertEquals("Mali", countryOf("Niafounke"));
    }

    @Test
    void townInsideANamedProvinceBeatsALargerRegionElsewhere() {
        // "Comoé" is a district of Ivory Coast and a province of Burkina Faso, where Mangodara lies.
        assertEquals("Burkina Faso", countryOf("Mangodara", "Comoe"));
    }

    @Test
    void alternateSpellingsOfATownAreFound() {
        // GeoNames' cities500 lists "Tombouctou", "Timbuctoo" and others as names of Timbuktu.
        assertEquals("Mali", countryOf("Tombouctou"));
        assertEquals("Mali", countryOf("Timbuctoo"));
    }

    @Test
    void bigTownBeatsAHamletOfTheSameName() {
        // Bafia: a town of 70,000 in Cameroon and a hamlet of some 600 people in Italy.
        List<Country> bafia = places.candidates("Bafia");
        assertEquals("Cameroon", bafia.get(0).name());
        assertTrue(bafia.stream().anyMatch(c -> c.name().equals("Italy")), bafia.toString());
    }

    @Test
    void regionIsNamedByItsSeatsOtherNames() {
        // "Timbuktu" names the town and, through it, the region GeoNames calls "Tombouctou",
        // where Goundam lies: together they score more than apart.
        double together = places.rank(List.of("Goundam", "Timbuktu")).get(0).score();
        double apart = places.rank(List.of("Goundam")).get(0).score()
                + places.rank(List.of("Timbuktu")).get(0).score();
        assertTrue(together > apart, together + " <= " + apart);
    }

    @Test
    void nonLatinAndLowerCaseAlternateNamesAreLeftOut() {
        // Cyrillic "Тимбукту" and the transliteration "tang pu tu" are alternate names of Timbuktu.
        assertEquals(Optional.empty(), places.countryOf(List.of("Тимбукту")));
        assertEquals(Optional.empty(), places.countryOf(List.of("tang pu tu")));
    }

    @Test
    void candidatesListEveryCountryWithTheNameBestFirst() {
        List<Country> gao = places.candidates("Gao");
        assertEquals("Mali", gao.get(0).name());
        assertTrue(gao.stream().anyMatch(c -> c.name().equals("Burkina Faso")), gao.toString());
    }

    @Test
    void rankGivesScores() {
        List<CountryScore> ranked = places.rank(List.of("Gao", "Ansongo"));
        assertEquals("Mali", ranked.get(0).country().name());
        assertEquals(2, ranked.get(0).names());
        assertTrue(ranked.get(0).score() > ranked.get(1).score());
    }
}

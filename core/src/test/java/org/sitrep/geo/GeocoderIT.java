package org.sitrep.geo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Place names resolved by context, against the real gazetteer built in a temporary cache. */
class GeocoderIT {

    @TempDir
    static Path temp;
    static Gazetteer gazetteer;
    static Geocoder geocoder;

    @BeforeAll
    static void open() {
        gazetteer = Gazetteer.open(GazetteerConfig.of(temp.resolve("cache"), List.of(), List.of()));
        geocoder = new Geocoder(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    /** Resolves the given names, each at its first occurrence in the text. */
    private static List<Toponym> resolve(String text, String... names) {
        List<int[]> spans = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            assertTrue(at >= 0, name + " is not in the text");
            spans.add(new int[]{at, at + name.length()});
        }
        return geocoder.resolve(text, spans);
    }

    private static GazetteerEntry place(Toponym t) {
        assertNotNull(t.place(), t.name() + " was not resolved");
        return t.place();
    }

    @Test
    void nigerInASahelReportIsTheCountryNotTheNigerianState() {
        List<Toponym> found = resolve("Jihadists killed 29 soldiers in Niger near the border with Mali, "
                + "the defence ministry in Niamey said.", "Niger", "Mali", "Niamey");
        assertEquals(PlaceLevel.COUNTRY, place(found.get(0)).level());
        assertEquals("NE", place(found.get(0)).countryCode());
    }

    @Test
    void nigerFollowedByStateIsTheNigerianState() {
        List<Toponym> found = resolve("Bandits abducted 20 pupils from a school in Niger State, Nigeria, on Friday.",
                "Niger", "Nigeria");
        assertEquals(PlaceLevel.ADMIN1, place(found.get(0)).level());
        assertEquals("NG", place(found.get(0)).countryCode());
    }

    @Test
    void georgiaBesideTbilisiIsTheCountry() {
        List<Toponym> found = resolve("Protesters marched through Tbilisi on Sunday, the largest rally Georgia "
                + "has seen since the election.", "Tbilisi", "Georgia");
        assertEquals(PlaceLevel.COUNTRY, place(found.get(1)).level());
        assertEquals("GE", place(found.get(1)).countryCode());
    }

    @Test
    void georgiaBesideAtlantaIsTheUsState() {
        List<Toponym> found = resolve("Police in Atlanta arrested two men after a shooting, the deadliest "
                + "this year in Georgia, officials said.", "Atlanta", "Georgia");
        assertEquals(PlaceLevel.ADMIN1, place(found.get(1)).level());
        assertEquals("US", place(found.get(1)).countryCode());
    }

    @Test
    void parisCommaTexasIsTheTexasTown() {
        List<Toponym> found = resolve("A tornado tore through Paris, Texas, late on Tuesday.", "Paris", "Texas");
        GazetteerEntry paris = place(found.get(0));
        assertEquals("US", paris.countryCode());
        assertEquals("Texas", paris.admin1());
    }

    @Test
    void areaNamesInBracketsPickTheTownOfThatArea() {
        List<Toponym> found = resolve("Gunmen killed 12 civilians in Koro (Bankass, Mopti) on Sunday.", "Koro");
        GazetteerEntry koro = place(found.get(0));
        assertEquals("ML", koro.countryCode());
        assertEquals("Mopti", koro.admin1());
    }

    @Test
    void aDemonymIsItsCountry() {
        List<Toponym> found = resolve("Nigerien troops repelled the attack, the army said.", "Nigerien");
        assertEquals(PlaceLevel.COUNTRY, place(found.get(0)).level());
        assertEquals("NE", place(found.get(0)).countryCode());
    }

    @Test
    void anUnknownNameLeavesTheOthersResolved() {
        List<Toponym> found = resolve("Fighting spread from Qxzvorrtaville to Gao and Timbuktu.",
                "Qxzvorrtaville", "Gao", "Timbuktu");
        assertNull(found.get(0).place());
        assertEquals("ML", place(found.get(1)).countryCode());
        assertEquals("ML", place(found.get(2)).countryCode());
    }

    @Test
    void aStateAbbreviationAfterATownIsThatState() {
        List<Toponym> found = resolve("The plant in Springfield, Ill., closed after the blast.", "Springfield", "Ill.");
        assertEquals("Illinois", place(found.get(0)).admin1());
        assertEquals(PlaceLevel.ADMIN1, place(found.get(1)).level());
    }

    @Test
    void findsCountriesDemonymsAndTownsInTextOrder() {
        List<Toponym> found = geocoder.find("Nigerien soldiers clashed with gunmen near Tillabéri on Monday, "
                + "two days after an attack in Mali.");
        List<String> names = found.stream().map(Toponym::name).toList();
        assertEquals(List.of("Nigerien", "Tillabéri", "Mali"), names);
        assertEquals("NE", place(found.get(1)).countryCode());
    }

    @Test
    void jordanAsAFirstNameIsNotAPlace() {
        List<Toponym> found = geocoder.find("Jordan Peterson spoke to students in Toronto on Friday.");
        assertFalse(found.stream().anyMatch(t -> t.name().startsWith("Jordan")), found::toString);
        assertTrue(found.stream().anyMatch(t -> t.name().equals("Toronto")), found::toString);
    }

    @Test
    void aPersonsNameAfterATitleIsNotAPlace() {
        List<Toponym> found = geocoder.find("President Chad Mahamat met the governor in Mopti.");
        assertFalse(found.stream().anyMatch(t -> t.name().equals("Chad")), found::toString);
        assertTrue(found.stream().anyMatch(t -> t.name().equals("Mopti")), found::toString);
    }
}

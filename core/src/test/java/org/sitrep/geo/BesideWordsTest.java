package org.sitrep.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BesideWordsTest {

    private static BesideWords beside(String text, String name) {
        int at = text.indexOf(name);
        return BesideWords.read(text, at, at + name.length());
    }

    @Test
    void namesInBracketsAreTheAreasOfThePlace() {
        assertEquals(List.of("Toeni", "Sourou"), beside("Armed men attacked Seme (Toeni, Sourou) at dawn.", "Seme").names());
    }

    @Test
    void aNameAfterACommaIsItsArea() {
        assertEquals(List.of("Texas"), beside("A tornado hit Paris, Texas, on Tuesday.", "Paris").names());
    }

    @Test
    void regionAfterTheNameMakesItAnArea() {
        BesideWords words = beside("Soldiers died in the western Tahoua region on Monday.", "Tahoua");
        assertTrue(words.area());
        assertFalse(words.town());
    }

    @Test
    void theTownOfBeforeTheNameMakesItATown() {
        assertTrue(beside("Militants seized the town of Hombori overnight.", "Hombori").town());
    }

    @Test
    void theCountryAfterARegionOfIsNotAnArea() {
        assertFalse(beside("Soldiers died in the Tahoua region of Niger.", "Niger").area());
        assertTrue(beside("Jets struck the province of Idlib.", "Idlib").area());
    }
}

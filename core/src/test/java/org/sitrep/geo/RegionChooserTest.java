package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Vague phrases pointing into a country: a compass direction, a border. */
class RegionChooserTest {
    // Niger's regions by their seats (approximate public coordinates), without the capital district.
    private static final List<GazetteerEntry> NIGER = List.of(
            area("Agadez", 16.97, 7.99), area("Diffa", 13.32, 12.61), area("Dosso", 13.05, 3.19),
            area("Maradi", 13.50, 7.10), area("Tahoua", 14.89, 5.27), area("Tillaberi", 14.21, 1.45),
            area("Zinder", 13.80, 8.99));

    private static GazetteerEntry area(String name, double lat, double lon) {
        return new GazetteerEntry(0, name, lat, lon, PlaceLevel.ADMIN1, "ADM1", "NE", name, "", 0, "test");
    }

    @Test
    void southWesternNigerIsTillaberiOrDosso() {
        String chosen = RegionChooser.inDirection(NIGER, "south-western").orElseThrow().name();
        assertTrue(chosen.equals("Tillaberi") || chosen.equals("Dosso"), chosen);
    }

    @Test
    void northernNigerIsAgadez() {
        assertEquals("Agadez", RegionChooser.inDirection(NIGER, "northern").orElseThrow().name());
    }

    @Test
    void easternNigerIsDiffa() {
        assertEquals("Diffa", RegionChooser.inDirection(NIGER, "eastern").orElseThrow().name());
    }

    @Test
    void aWordThatIsNoDirectionChoosesNothing() {
        assertTrue(RegionChooser.inDirection(NIGER, "troubled").isEmpty());
    }

    @Test
    void theBorderWithBurkinaFasoIsTillaberi() {
        GazetteerEntry burkina = new GazetteerEntry(0, "Burkina Faso", 12.24, -1.56, PlaceLevel.COUNTRY, "PCLI", "BF", "", "", 0, "test");
        assertEquals("Tillaberi", RegionChooser.closestTo(NIGER, burkina).orElseThrow().name());
    }

    @Test
    void kilometresBetweenNiameyAndOuagadougou() {
        double km = Geo.km(13.51, 2.11, 12.37, -1.53);
        assertTrue(km > 390 && km < 430, String.valueOf(km));
    }
}

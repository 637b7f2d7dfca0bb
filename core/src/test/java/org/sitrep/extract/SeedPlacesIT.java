package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;

/**
 * The seed's events on the map (the geocoding issue's acceptance): the Tahoua attack in Tahoua
 * region, the attack in south-western Niger in Tillabéri or Dosso, the attack near the border with
 * Burkina Faso in Tillabéri; all coded to their region (geo_precision 3).
 */
class SeedPlacesIT {
    private static List<Event> events;

    @BeforeAll
    static void read() throws Exception {
        Path seed = Path.of(SeedPlacesIT.class.getResource("/articles/niger-tahoua-attack.txt").toURI());
        events = Models.EXTRACTOR.extract(new ArticleReader().read(seed.toString(), null));
    }

    private static void inNigerRegion(Place p) {
        assertEquals("Niger", p.country());
        assertEquals("NER", p.iso3());
        assertEquals(GeoPrecision.REGION, p.precision());
        assertNotNull(p.latitude());
        assertNotNull(p.longitude());
    }

    @Test
    void tahouaAttackIsInTahouaRegion() {
        Place p = events.get(0).place();
        inNigerRegion(p);
        assertEquals("Tahoua", p.admin1());
        // Tahoua region spans about 13.5-18.5 N and 3-7 E
        assertTrue(p.latitude() > 13.5 && p.latitude() < 18.5 && p.longitude() > 3 && p.longitude() < 7, p.toString());
    }

    @Test
    void southWesternNigerIsTillaberiOrDosso() {
        Place p = events.get(1).place();
        inNigerRegion(p);
        assertTrue(p.admin1().equals("Tillabéri") || p.admin1().equals("Dosso"), p.admin1());
    }

    @Test
    void nearTheBorderWithBurkinaFasoIsTillaberi() {
        Place p = events.get(2).place();
        inNigerRegion(p);
        assertEquals("Tillabéri", p.admin1());
    }
}

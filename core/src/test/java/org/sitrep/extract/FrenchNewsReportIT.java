package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * A French news report as a page gives it: a date line, the main attack, a witness's quote, a
 * trend, a second attack "le même jour", a mourning decree and a promise, then a share bar and a
 * "read also" link. Two events; the rest is background or furniture.
 */
class FrenchNewsReportIT {
    private static final String REPORT = """
            13 juillet 2024

            Au moins 40 civils ont été tués jeudi dans une attaque attribuée à des jihadistes contre le village de Mansila, \
            dans la province du Yagha, dans le nord-est du Burkina Faso, ont indiqué samedi des sources locales.

            « Les assaillants sont arrivés à moto vers 17 heures et ont tiré sur tout ce qui bougeait », a raconté un habitant \
            joint par téléphone.

            Les attaques jihadistes se sont multipliées depuis 2015 dans le pays, faisant des milliers de morts et plus de \
            deux millions de déplacés.

            Le même jour, deux soldats ont été tués lors de l'explosion d'un engin explosif improvisé au passage de leur \
            patrouille près de Sebba.

            Le gouvernement a décrété un deuil national de 72 heures. Le capitaine Ibrahim Traoré, arrivé au pouvoir par un \
            coup d'État en septembre 2022, a promis de reconquérir le territoire.

            Partager sur Facebook

            À lire aussi : Niger : le bilan de l'attaque de Tassia s'alourdit
            """;

    @Test
    void theReportGivesItsTwoAttacksOnTheSameThursday() throws Exception {
        Article article = new ArticleReader().fromText("report", REPORT, null);
        assertEquals("fr", article.language());
        assertEquals(LocalDate.of(2024, 7, 13), article.published());
        assertFalse(article.body().contains("Partager") || article.body().contains("lire aussi"), article.body());
        List<Event> events = Models.MULTILINGUAL.extract(article);
        assertEquals(2, events.size(), Models.describe(events));

        Event massacre = events.get(0);
        assertEquals(SubEventType.ATTACK, massacre.subType(), Models.describe(events));
        assertEquals(LocalDate.of(2024, 7, 11), massacre.date().date());
        assertEquals(40, massacre.fatalities().best());
        assertEquals("Unidentified Armed Group (Burkina Faso)", massacre.actor1().name());
        assertEquals("Civilians (Burkina Faso)", massacre.actor2().name());
        assertEquals("Burkina Faso", massacre.place().country());

        Event ied = events.get(1);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, ied.subType(), Models.describe(events));
        assertEquals(LocalDate.of(2024, 7, 11), ied.date().date(), "le même jour");
        assertEquals(2, ied.fatalities().best());
        assertEquals("Military Forces of Burkina Faso", ied.actor2().name());
        assertEquals("Sebba", ied.place().location());
        assertEquals(List.of("IED"), ied.tags());
    }
}

package org.sitrep.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.Language;
import org.sitrep.nlp.Sentence;

/**
 * French counts of the dead with ACLED's conventions (EVENT-SCHEMA.md, Fatalities): "au moins 29"
 * = 29, "une vingtaine" = 20, "une trentaine" = 30, "une dizaine" = 10, "des dizaines" and
 * "plusieurs dizaines" = 12, "des centaines" = 100, "plusieurs" = 3. Real French sentences through
 * CoreNLP's French tagger, hence an integration test.
 */
class FrenchCountsIT {
    private final FatalityCounter counter = new FatalityCounter(Language.FRENCH);

    private int killed(String text) {
        List<Sentence> sentences = Annotator.french().annotate(text).sentences();
        assertEquals(1, sentences.size(), () -> "one sentence expected: " + text);
        return counter.count(sentences.get(0)).stream().mapToInt(d -> d.count().best()).sum();
    }

    @Test
    void auMoinsTwentyNineIsTwentyNine() {
        assertEquals(29, killed("Au moins 29 soldats ont été tués au Niger dans l'attaque la plus meurtrière depuis le coup d'État."));
    }

    @Test
    void uneVingtaineIsTwenty() {
        assertEquals(20, killed("Une vingtaine de civils ont été tués lundi dans l'attaque de leur village par des hommes armés."));
    }

    @Test
    void uneTrentaineIsThirty() {
        assertEquals(30, killed("Une trentaine de jihadistes ont été tués par l'armée malienne lors de combats près de Mopti."));
    }

    @Test
    void uneDizaineIsTen() {
        assertEquals(10, killed("Une dizaine de villageois ont été tués par des individus armés non identifiés."));
    }

    @Test
    void desDizainesIsTwelve() {
        assertEquals(12, killed("Des dizaines de personnes ont été tuées dans le massacre du village de Solhan."));
    }

    @Test
    void plusieursDizainesIsTwelve() {
        assertEquals(12, killed("Le ministère a ajouté que « plusieurs dizaines de terroristes » avaient également été tués."));
    }

    @Test
    void desCentainesIsAHundred() {
        assertEquals(100, killed("Des centaines de civils ont été tués dans la région depuis le début de l'année."));
    }

    @Test
    void plusieursIsThree() {
        assertEquals(3, killed("Plusieurs soldats ont été tués lors de l'embuscade tendue au convoi près de Tessit."));
    }

    @Test
    void aNumberAfterTheVerbIsItsObject() {
        assertEquals(12, killed("Jeudi dernier, des centaines de combattants à moto ont tué 12 soldats dans le sud-ouest du Niger."));
    }

    @Test
    void aFigureWrittenInWordsCounts() {
        assertEquals(3, killed("Trois gendarmes ont été tués dimanche à Falagountou."));
    }

    @Test
    void anAdjectiveAfterTheNounIsPartOfTheGroup() {
        assertEquals(2, killed("Deux soldats tchadiens ont été tués et quatre autres blessés lors d'une attaque de Boko Haram à Ngouboua."));
    }

    @Test
    void ontPerduLaVieCountsTheDead() {
        assertEquals(25, killed("Vingt-cinq personnes ont perdu la vie mardi lors d'une attaque contre un convoi près de Djibo."));
    }

    @Test
    void compoundNumbersAreAddedUp() {
        assertEquals(32, killed("Trente-deux soldats ont été tués lors de l'attaque du camp de Boulkessi."));
        assertEquals(83, killed("Quatre-vingt-trois civils ont été tués dans le massacre de Solhan."));
        assertEquals(21, killed("Vingt-et-un villageois ont été tués par des hommes armés."));
    }

    @Test
    void plusDeAndPresDeKeepTheStatedFigure() {
        assertEquals(50, killed("Plus de 50 civils ont été tués dans l'attaque de Barsalogho."));
        assertEquals(30, killed("Près de 30 soldats ont été tués dans une embuscade près de Tessit."));
    }

    @Test
    void theWoundedAreNotDead() {
        assertEquals(0, killed("Quatre soldats ont été blessés lors de l'attaque du poste de Boni."));
    }
}

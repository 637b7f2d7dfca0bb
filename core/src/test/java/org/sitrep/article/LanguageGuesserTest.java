package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    @Test
    void englishIsGuessed() {
        assertEquals("en", LanguageGuesser.guess("The soldiers were killed by hundreds of jihadists, the ministry said."));
    }

    @Test
    void frenchIsGuessed() {
        assertEquals("fr", LanguageGuesser.guess(
                "Jeudi dernier, des centaines de combattants à moto ont tué 12 soldats dans le sud-ouest du Niger."));
    }

    @Test
    void frenchElisionsCountAsFunctionWords() {
        // only "l'", "d'" and "qu'" say it is French here
        assertEquals("fr", LanguageGuesser.guess("L'armée d'Abidjan qu'Ouattara commande."));
    }

    @Test
    void anEnglishReportQuotingFrenchIsEnglish() {
        assertEquals("en", LanguageGuesser.guess("The ministry said the attackers \"ont bénéficié d'une expertise extérieure\","
                + " adding that the soldiers were killed by hundreds of jihadists in the west of the country."));
    }

    @Test
    void spanishIsGuessed() {
        assertEquals("es", LanguageGuesser.guess(
                "Al menos 29 soldados murieron en Níger en el ataque más mortífero desde el golpe de Estado, "
                        + "según el ministerio de Defensa."));
    }

    @Test
    void portugueseIsGuessed() {
        assertEquals("pt", LanguageGuesser.guess(
                "Pelo menos 29 soldados foram mortos no Níger no ataque mais mortal desde o golpe, "
                        + "segundo o ministério da Defesa, que não deu mais detalhes."));
    }

    @Test
    void germanIsGuessed() {
        assertEquals("de", LanguageGuesser.guess(
                "Mindestens 29 Soldaten wurden bei dem Angriff im Niger getötet, teilte das Verteidigungsministerium mit, "
                        + "das auch von vielen getöteten Angreifern sprach."));
    }

    @Test
    void tooLittleTextDefaultsToEnglish() {
        assertEquals("en", LanguageGuesser.guess("Niamey 2024"));
    }

    @Test
    void languageTagGivesItsPrimaryCode() {
        assertEquals("fr", LanguageGuesser.fromTag("fr-FR"));
        assertEquals("pt", LanguageGuesser.fromTag("pt_BR"));
        assertNull(LanguageGuesser.fromTag("x-klingon"));
    }
}

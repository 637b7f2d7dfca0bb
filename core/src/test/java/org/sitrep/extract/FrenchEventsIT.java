package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * French reports, one event each, coded into the schema's spelling: ACLED's English actor names,
 * English country and type names, places found under their French names. Published on Saturday
 * 13 July 2024.
 */
class FrenchEventsIT {

    private static Event onlyEvent(String text) {
        List<Event> events = Models.MULTILINGUAL.extract(
                new Article("test", null, "", Models.SATURDAY_13_JULY_2024, "fr", "", text));
        assertEquals(1, events.size(), () -> "expected one event from: " + text + "\ngot: " + Models.describe(events));
        Event e = events.get(0);
        assertEquals("fr", e.language());
        return e;
    }

    private static String describe(Event e) {
        return Models.describe(List.of(e));
    }

    @Test
    void unidentifiedArmedMenKillingVillagersIsAnAttackOnCivilians() {
        Event e = onlyEvent("Mardi, des hommes armés non identifiés ont attaqué le village de Seytenga, dans le nord du Burkina Faso, "
                + "tuant 12 civils.");
        assertEquals(SubEventType.ATTACK, e.subType(), describe(e));
        assertEquals("Unidentified Armed Group (Burkina Faso)", e.actor1().name(), describe(e));
        assertEquals("Civilians (Burkina Faso)", e.actor2().name(), describe(e));
        assertTrue(e.civilianTargeting(), describe(e));
        assertEquals(12, e.fatalities().best());
        assertEquals(LocalDate.of(2024, 7, 9), e.date().date());
    }

    @Test
    void theFamaRepellingAnAttackIsAnArmedClashOfMalisArmy() {
        Event e = onlyEvent("Mercredi, les Forces armées maliennes (FAMa) ont repoussé une attaque jihadiste contre leur camp de Boni, au Mali.");
        assertEquals(SubEventType.ARMED_CLASH, e.subType(), describe(e));
        assertEquals("Military Forces of Mali", e.actor1().name(), describe(e));
        assertEquals("Mali", e.place().country());
        assertEquals(LocalDate.of(2024, 7, 10), e.date().date());
    }

    @Test
    void anAmbushOfTheVdpByJnimGsimIsAnArmedClashBetweenThem() {
        Event e = onlyEvent("Vendredi, des Volontaires pour la défense de la patrie (VDP) sont tombés dans une embuscade tendue "
                + "par le JNIM/GSIM près de Djibo, au Burkina Faso.");
        assertEquals(SubEventType.ARMED_CLASH, e.subType(), describe(e));
        // ACLED does not imply a direction: the pair is what counts
        assertEquals(java.util.Set.of("JNIM: Group for Support of Islam and Muslims", "VDP: Volunteers for the Defense of the Homeland"),
                java.util.Set.of(e.actor1().name(), e.actor2().name()), describe(e));
        assertEquals("Burkina Faso", e.place().country());
    }

    @Test
    void theIslamicStateInTheSahelAttackingAPostInTillaberyIsPlacedInTillaberi() {
        Event e = onlyEvent("Samedi, des combattants de l'État islamique au Sahel (EIS) ont attaqué un poste militaire à Tillabéry, "
                + "au Niger, tuant quatre soldats.");
        assertEquals(SubEventType.ARMED_CLASH, e.subType(), describe(e));
        assertEquals("Islamic State (Sahel)", e.actor1().name(), describe(e));
        assertEquals("Military Forces of Niger", e.actor2().name(), describe(e));
        assertEquals(4, e.fatalities().best());
        assertEquals("Niger", e.place().country());
        assertEquals("Tillabéri", e.place().admin1(), describe(e));
    }

    @Test
    void anEnlevementIsAnAbduction() {
        Event e = onlyEvent("Vendredi, des hommes armés ont enlevé trois enseignants près de Djibo, au Burkina Faso.");
        assertEquals(SubEventType.ABDUCTION, e.subType(), describe(e));
        assertEquals("Civilians (Burkina Faso)", e.actor2().name(), describe(e));
        assertEquals(0, e.fatalities().best());
    }

    @Test
    void aPeacefulManifestationInBamakoIsAPeacefulProtestInMali() {
        Event e = onlyEvent("Samedi, des milliers de personnes ont participé à une manifestation pacifique à Bamako contre la présence française.");
        assertEquals(SubEventType.PEACEFUL_PROTEST, e.subType(), describe(e));
        assertEquals("Protesters (Mali)", e.actor1().name(), describe(e));
        assertEquals("Bamako", e.place().location(), describe(e));
        assertEquals(LocalDate.of(2024, 7, 6), e.date().date());
    }

    @Test
    void tombouctouIsFoundUnderItsFrenchName() {
        Event e = onlyEvent("Jeudi, une embuscade a visé un convoi de l'armée malienne près de Tombouctou, faisant deux morts parmi les soldats.");
        assertEquals(SubEventType.ARMED_CLASH, e.subType(), describe(e));
        assertEquals("Mali", e.place().country());
        assertEquals("Tombouctou", e.place().admin1(), describe(e));
        assertEquals("Military Forces of Mali", e.actor2().name(), describe(e));
        assertEquals(2, e.fatalities().best());
    }

    @Test
    void aDroneStrikeIsAnAirStrike() {
        Event e = onlyEvent("Une frappe de drone a tué huit civils dimanche dans un marché près de Kidal, au Mali.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subType(), describe(e));
        assertEquals(8, e.fatalities().best());
        assertEquals("Kidal", e.place().admin1(), describe(e));
    }

    @Test
    void anEnlevementNounIsAnAbduction() {
        Event e = onlyEvent("L'enlèvement de trois enseignants par des hommes armés a eu lieu vendredi près de Djibo, au Burkina Faso.");
        assertEquals(SubEventType.ABDUCTION, e.subType(), describe(e));
        assertEquals(LocalDate.of(2024, 7, 12), e.date().date());
    }

    @Test
    void anEmeuteIsAViolentDemonstrationByRioters() {
        Event e = onlyEvent("Une émeute a éclaté jeudi à Niamey après la mort d'un jeune homme, les émeutiers ont incendié un commissariat.");
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, e.subType(), describe(e));
        assertEquals("Rioters (Niger)", e.actor1().name(), describe(e));
        assertEquals("Niamey", e.place().location(), describe(e));
    }

    @Test
    void leLendemainIsAnotherOccurrenceOnTheNextDay() {
        List<Event> events = Models.MULTILINGUAL.extract(new Article("test", null, "", Models.SATURDAY_13_JULY_2024, "fr", "",
                "Mardi, des jihadistes ont attaqué le poste de gendarmerie de Falagountou, au Burkina Faso, tuant cinq gendarmes.\n\n"
                        + "Le lendemain, une embuscade contre un convoi de ravitaillement a fait trois morts près de Dori."));
        assertEquals(2, events.size(), Models.describe(events));
        assertEquals(LocalDate.of(2024, 7, 9), events.get(0).date().date());
        assertEquals(5, events.get(0).fatalities().best());
        assertEquals("Falagountou", events.get(0).place().location(), Models.describe(events));
        assertEquals(LocalDate.of(2024, 7, 10), events.get(1).date().date());
        assertEquals(3, events.get(1).fatalities().best());
        assertEquals("Dori", events.get(1).place().location(), Models.describe(events));
    }

    @Test
    void aGroupNamedAfterAucunGroupeNaRevendiqueIsNotTheDoer() {
        Event e = onlyEvent("Lundi, trois civils ont été tués à Djibo par des hommes armés. Aucun groupe n'a revendiqué l'attaque,"
                + " mais le JNIM est actif dans la zone.");
        assertEquals("Unidentified Armed Group (Burkina Faso)", e.actor1().name(), describe(e));
        assertEquals(3, e.fatalities().best());
    }

    @Test
    void aDroneStrikeOfTheArmyOnCiviliansIsTheArmysStrike() {
        Event e = onlyEvent("Une frappe de drone de l'armée burkinabè a tué une dizaine de civils lors d'un marché hebdomadaire"
                + " à Bourasso le 3 mars.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subType(), describe(e));
        assertEquals("Military Forces of Burkina Faso", e.actor1().name(), describe(e));
        assertEquals("Civilians (Burkina Faso)", e.actor2().name(), describe(e));
        assertEquals(10, e.fatalities().best(), "une dizaine = 10");
        assertEquals(LocalDate.of(2024, 3, 3), e.date().date());
    }

    @Test
    void protestersDispersedByThePoliceIsAProtestWithIntervention() {
        Event e = onlyEvent("Des centaines de manifestants se sont rassemblés vendredi à Ouagadougou pour dénoncer la présence des"
                + " forces françaises, avant d'être dispersés par la police à coups de gaz lacrymogènes.");
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subType(), describe(e));
        assertEquals("Protesters (Burkina Faso)", e.actor1().name(), describe(e));
        assertEquals("Police Forces of Burkina Faso", e.actor2().name(), describe(e));
        assertEquals("Ouagadougou", e.place().location(), describe(e));
    }

    @Test
    void soldiersArrestingAFormerMinisterIsAnArrest() {
        Event e = onlyEvent("Les militaires ont arrêté samedi à Bamako un ancien ministre accusé d'avoir financé des groupes terroristes.");
        assertEquals(SubEventType.ARRESTS, e.subType(), describe(e));
        assertEquals("Military Forces of Mali", e.actor1().name(), describe(e));
        assertEquals("Bamako", e.place().location(), describe(e));
        assertEquals(LocalDate.of(2024, 7, 6), e.date().date());
    }

    @Test
    void jihadistTrendsAndPlansAreNotEvents() {
        List<Event> events = Models.MULTILINGUAL.extract(new Article("test", null, "", Models.SATURDAY_13_JULY_2024, "fr", "",
                "Les attaques jihadistes contre l'armée se sont multipliées depuis la prise du pouvoir par les militaires. "
                        + "Le Mali compte désormais sur le groupe Wagner pour combattre les jihadistes."));
        assertEquals(List.of(), events, Models.describe(events));
    }
}

package org.sitrep.store;

import org.sitrep.geo.Geo;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;

import java.util.Locale;

/**
 * Decides whether two coded events are one occurrence reported twice, so the store keeps one event
 * with two sources. All five conditions must hold:
 *
 * <ol>
 *   <li>the same country (a known one: events of unknown countries are never merged);</li>
 *   <li>the same place: within {@value #MAX_KM} km when both are coded to a town, else the same admin1;</li>
 *   <li>dates that may be the same day, each read with its own precision;</li>
 *   <li>compatible types: the same event type, or a battle and an explosion (one attack with IEDs
 *       and gunfire is coded either way); never a protest with a battle;</li>
 *   <li>compatible actors: taking the pairs either way round (ACLED implies no direction), one side
 *       names the same actor and the other side does not contradict it.</li>
 * </ol>
 */
final class SameOccurrence {
    /** How far apart two town-coded reports of one occurrence may be placed. */
    static final double MAX_KM = 50.0;

    private SameOccurrence() {
    }

    /** Returns true when {@code a} and {@code b} describe one occurrence. */
    static boolean test(Event a, Event b) {
        return sameCountry(a.place(), b.place())
                && samePlace(a.place(), b.place())
                && a.date().overlaps(b.date())
                && compatibleTypes(a.type(), b.type())
                && compatibleActors(a, b);
    }

    static boolean sameCountry(Place a, Place b) {
        return !a.iso3().isEmpty() && a.iso3().equals(b.iso3());
    }

    static boolean samePlace(Place a, Place b) {
        if (atTown(a) && atTown(b)) {
            return Geo.km(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= MAX_KM;
        }
        return !a.admin1().isEmpty() && a.admin1().equalsIgnoreCase(b.admin1());
    }

    private static boolean atTown(Place p) {
        return p.latitude() != null && p.longitude() != null && p.precision() != GeoPrecision.REGION;
    }

    static boolean compatibleTypes(EventType a, EventType b) {
        if (a == b) return true;
        return a == EventType.BATTLES && b == EventType.EXPLOSIONS || a == EventType.EXPLOSIONS && b == EventType.BATTLES;
    }

    static boolean compatibleActors(Event a, Event b) {
        return pairsOverlap(a.actor1(), a.actor2(), b.actor1(), b.actor2())
                || pairsOverlap(a.actor1(), a.actor2(), b.actor2(), b.actor1());
    }

    /** One side is the same actor by name and the other side is the same or left open by one report. */
    private static boolean pairsOverlap(Actor a1, Actor a2, Actor b1, Actor b2) {
        return sameName(a1, b1) && (sameName(a2, b2) || open(a2, b2))
                || sameName(a2, b2) && open(a1, b1);
    }

    private static boolean sameName(Actor a, Actor b) {
        return !a.isNone() && !b.isNone() && a.name().trim().equalsIgnoreCase(b.name().trim());
    }

    /**
     * True when one report leaves this side unknown, or calls it unidentified where the other names
     * it: then the inter codes must agree, except that ACLED codes unnamed attackers as a political
     * militia (3) while the movement they turn out to be is a rebel group (2), so any two non-state
     * armed groups (2 to 4) agree.
     */
    private static boolean open(Actor a, Actor b) {
        if (a.isNone() || b.isNone()) return true;
        if (!unidentified(a) && !unidentified(b)) return false;
        return a.type() == b.type() || nonStateArmed(a.type()) && nonStateArmed(b.type());
    }

    private static boolean unidentified(Actor a) {
        return a.name().toLowerCase(Locale.ROOT).startsWith("unidentified");
    }

    private static boolean nonStateArmed(ActorType t) {
        return t == ActorType.REBEL_GROUP || t == ActorType.POLITICAL_MILITIA || t == ActorType.IDENTITY_MILITIA;
    }
}

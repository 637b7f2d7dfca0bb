package org.sitrep.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the first-level area a vague phrase points to, from the areas of the event's country:
 * "south-western Niger" is the area lying furthest south-west of the country's middle, "near the
 * border with Burkina Faso" the area closest to Burkina Faso. A capital district is left out of
 * both: a phrase this vague never means a city.
 */
public final class RegionChooser {
    private RegionChooser() {
    }

    /**
     * Returns the area of {@code areas} furthest in {@code direction} ("south-western", "north",
     * "central", "eastern"...) from the middle of all their points, or empty when the direction
     * is not one of the compass words or no area is left.
     */
    public static Optional<GazetteerEntry> inDirection(List<GazetteerEntry> areas, String direction) {
        if (areas.isEmpty()) return Optional.empty();
        String d = direction.toLowerCase(Locale.ROOT).replace("-", "").trim();
        double north = d.startsWith("north") ? 1 : d.startsWith("south") ? -1 : 0;
        double east = d.contains("east") ? 1 : d.contains("west") ? -1 : 0;
        double midLat = areas.stream().mapToDouble(GazetteerEntry::latitude).average().orElse(0);
        double midLon = areas.stream().mapToDouble(GazetteerEntry::longitude).average().orElse(0);
        if (d.startsWith("central") || d.startsWith("centre") || d.startsWith("center") || d.startsWith("middle")) {
            return areas.stream().min(Comparator.comparingDouble(a -> Geo.km(a.latitude(), a.longitude(), midLat, midLon)));
        }
        if (north == 0 && east == 0) return Optional.empty();
        double norm = Math.hypot(north, east);
        double cos = Math.cos(Math.toRadians(midLat));
        return areas.stream().max(Comparator.comparingDouble(
                a -> ((a.latitude() - midLat) * north + (a.longitude() - midLon) * cos * east) / norm));
    }

    /** Returns the area of {@code areas} whose point lies closest to {@code neighbour}'s point. */
    public static Optional<GazetteerEntry> closestTo(List<GazetteerEntry> areas, GazetteerEntry neighbour) {
        return areas.stream().min(Comparator.comparingDouble(
                a -> Geo.km(a.latitude(), a.longitude(), neighbour.latitude(), neighbour.longitude())));
    }
}

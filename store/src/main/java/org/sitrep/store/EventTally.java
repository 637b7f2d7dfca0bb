package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/** Matching events counted rather than listed: what a map of many events and a timeline draw. */
public final class EventTally {
    private EventTally() {
    }

    /**
     * The events of one grid cell and one event type.
     *
     * @param row        the cell's row: floor(latitude / cell size)
     * @param column     the cell's column: floor(longitude / cell size)
     * @param eventType  ACLED's event type
     * @param count      how many events
     * @param fatalities their fatalities added up
     * @param latitudes  their latitudes added up (divide by count for the mean)
     * @param longitudes their longitudes added up
     * @param anyEventId the smallest of their event ids (the only one when count is 1)
     */
    public record Cell(long row, long column, String eventType, long count, long fatalities, double latitudes,
                       double longitudes, String anyEventId) {
    }

    /**
     * The cells of the events with coordinates, and how many have none.
     *
     * @param cells     one entry per cell and event type
     * @param unlocated the matching events without coordinates
     */
    public record Cells(List<Cell> cells, long unlocated) {
        public Cells {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The events of one day.
     *
     * @param date       the event date
     * @param count      how many events
     * @param fatalities their fatalities added up
     */
    public record Day(LocalDate date, long count, long fatalities) {
    }
}

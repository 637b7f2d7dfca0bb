-- Sitrep's store, version 6: public views leave rejected events out, so every index the API reads
-- from holds the status too, and the filter is answered from the index alone.
DROP INDEX events_date_idx;
DROP INDEX events_iso3_date_idx;
DROP INDEX events_iso3_type_date_idx;
DROP INDEX events_iso3_admin1_date_idx;
DROP INDEX events_iso3_fatalities_idx;
DROP INDEX events_type_fatalities_idx;
DROP INDEX events_point_date_idx;
DROP INDEX events_fatalities_idx;
DROP INDEX events_updated_idx;

CREATE INDEX events_date_idx ON events (event_date, status);
CREATE INDEX events_iso3_date_idx ON events (iso3, event_date, status);
CREATE INDEX events_iso3_type_date_idx ON events (iso3, event_type, event_date, status);
CREATE INDEX events_iso3_admin1_date_idx ON events (iso3, admin1, event_date, status);
CREATE INDEX events_iso3_fatalities_idx ON events (iso3, fatalities, event_date, status);
CREATE INDEX events_type_fatalities_idx ON events (event_type, fatalities, event_date, status);
CREATE INDEX events_point_date_idx ON events (latitude, longitude, event_date, status);
CREATE INDEX events_fatalities_idx ON events (fatalities, status);
CREATE INDEX events_updated_idx ON events (updated_at, status);

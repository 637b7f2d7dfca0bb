-- Sitrep's store, version 2: what GET /api/events needs to stay fast with hundreds of thousands of
-- events. Each index holds the columns of one common filter and the event date, so the store can
-- find a page's event ids, count the matches and order them from the index alone, then read only
-- the page's rows.
CREATE INDEX events_iso3_type_date_idx ON events (iso3, event_type, event_date);
CREATE INDEX events_iso3_admin1_date_idx ON events (iso3, admin1, event_date);
CREATE INDEX events_iso3_fatalities_idx ON events (iso3, fatalities, event_date);
CREATE INDEX events_type_fatalities_idx ON events (event_type, fatalities, event_date);
CREATE INDEX events_point_date_idx ON events (latitude, longitude, event_date);
CREATE INDEX events_fatalities_idx ON events (fatalities);
CREATE INDEX events_updated_idx ON events (updated_at);

-- Notes and evidence as bounded text rather than large objects: H2 copies a large object for every
-- row it returns. 100,000 characters is far more than any coded event's notes or evidence.
ALTER TABLE events ALTER COLUMN notes SET DATA TYPE VARCHAR(100000);
ALTER TABLE events ALTER COLUMN evidence SET DATA TYPE VARCHAR(100000);

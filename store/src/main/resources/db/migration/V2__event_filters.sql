-- Sitrep's store, version 2: indexes for the API's filters and orders (GET /api/events), so a
-- filtered page stays fast with hundreds of thousands of events.
CREATE INDEX events_type_date_idx ON events (event_type, event_date);
CREATE INDEX events_admin1_idx ON events (admin1);
CREATE INDEX events_fatalities_idx ON events (fatalities);
CREATE INDEX events_updated_idx ON events (updated_at);

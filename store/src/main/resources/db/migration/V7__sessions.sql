-- Sitrep's store, version 7: reviewers' logins, kept in the store so that a restarted server (or a
-- second one on the same PostgreSQL) knows them. Only the SHA-256 of a session's id (the cookie's
-- value) is kept, so a copy of the database logs no one in; csrf is the token the session's forms carry.
CREATE TABLE sessions (
    id_hash    VARCHAR(64)              PRIMARY KEY,
    account_id BIGINT                   NOT NULL REFERENCES accounts (id),
    csrf       VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sessions_last_seen_idx ON sessions (last_seen);

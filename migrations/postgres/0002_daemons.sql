-- Running daemons: each refreshes its row; `status` lists those heard from lately.
-- (= migrations/sqlite/0012_daemons.sql)
CREATE TABLE daemons (
    owner        TEXT PRIMARY KEY,
    pid          BIGINT NOT NULL,
    host         TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    sources      TEXT NOT NULL,
    url          TEXT
);

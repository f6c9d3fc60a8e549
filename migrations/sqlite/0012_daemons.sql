-- Running daemons: each refreshes its row; `status` lists those heard from lately.
CREATE TABLE daemons (
    owner        TEXT PRIMARY KEY,
    pid          INTEGER NOT NULL,
    host         TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    -- JSON array of the pipelines whose sources it reads.
    sources      TEXT NOT NULL,
    url          TEXT
);

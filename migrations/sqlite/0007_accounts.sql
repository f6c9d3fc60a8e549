-- Accounts (people), API tokens (machines) and browser sessions. Secrets are stored only as
-- hashes: argon2id for passwords, SHA-256 for tokens and session ids (both 256-bit random,
-- so a fast hash is enough and lookups stay indexable).
CREATE TABLE accounts (
    name          TEXT PRIMARY KEY,
    source        TEXT NOT NULL DEFAULT 'local',   -- local | ldap
    password_hash TEXT,                             -- NULL for ldap accounts
    roles         TEXT NOT NULL,                    -- comma-separated role names
    departments   TEXT NOT NULL DEFAULT '',         -- one per line
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    token_hash  TEXT NOT NULL UNIQUE,
    roles       TEXT NOT NULL,
    departments TEXT NOT NULL DEFAULT '',
    pipeline    TEXT,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

CREATE TABLE sessions (
    id_hash    TEXT PRIMARY KEY,
    account    TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions(account);

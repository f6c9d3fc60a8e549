-- Extracted fields with the text span each value came from.
CREATE TABLE fields (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    page        INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    raw         TEXT NOT NULL
);
CREATE INDEX fields_by_document ON fields(document_id);
CREATE INDEX fields_by_value ON fields(name, value);

-- Every routing decision, oldest first: by a rule, by the model, to triage, or by a person.
CREATE TABLE routings (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id           INTEGER NOT NULL REFERENCES documents(id),
    decided_at            TEXT NOT NULL,
    -- rule | model | triage | manual
    source                TEXT NOT NULL,
    department            TEXT,
    class                 TEXT,
    class_confidence      REAL,
    department_confidence REAL,
    tags                  TEXT NOT NULL,
    priority              TEXT,
    deadline              TEXT,
    rules_version         TEXT,
    -- JSON: matched rules, evidence with spans, the model's ranking, the triage reason.
    explanation           TEXT NOT NULL,
    decided_by            TEXT
);
CREATE INDEX routings_by_document ON routings(document_id);

-- The current routing, for lists and search.
ALTER TABLE documents ADD COLUMN routing_id INTEGER REFERENCES routings(id);
ALTER TABLE documents ADD COLUMN department TEXT;
ALTER TABLE documents ADD COLUMN class TEXT;
ALTER TABLE documents ADD COLUMN priority TEXT;
ALTER TABLE documents ADD COLUMN deadline TEXT;
ALTER TABLE documents ADD COLUMN tags TEXT;
CREATE INDEX documents_by_department ON documents(department);

-- A document in a department's inbox: neu, in_bearbeitung, erledigt, weitergeleitet.
CREATE TABLE assignments (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    department  TEXT NOT NULL,
    state       TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    notified_at TEXT,
    PRIMARY KEY (document_id, department)
);
CREATE INDEX assignments_by_department ON assignments(department, state);
CREATE INDEX assignments_unnotified ON assignments(department) WHERE notified_at IS NULL;

-- Routings a person confirmed or corrected: what the model learns from.
CREATE TABLE training (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    class       TEXT,
    department  TEXT,
    -- confirmed | corrected
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL
);

-- Arrival notifications to departments, kept until delivered (retried with backoff).
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    department      TEXT NOT NULL,
    -- webhook | email
    kind            TEXT NOT NULL,
    target          TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at         TEXT,
    last_error      TEXT
);
CREATE INDEX notifications_due ON notifications(next_attempt_at) WHERE sent_at IS NULL;

-- dotterel store schema (DuckDB). THE column layout of the store; the Parquet layout written by
-- dotterel.store.schema.events_to_arrow / articles_to_arrow has exactly the same columns (see
-- dotterel/store/SCHEMA.md). No PRIMARY KEY constraints: replacing an article deletes and inserts rows
-- inside one transaction, and the writer (dotterel.store.Store) guarantees uniqueness of doc_id and id.

CREATE TABLE IF NOT EXISTS articles (
    doc_id VARCHAR NOT NULL,          -- the input record's id
    content_hash VARCHAR NOT NULL,    -- sha256 of doc_id + text as read; decides "already stored"
    url VARCHAR,
    title VARCHAR,
    source VARCHAR,                   -- the outlet as the input named it
    outlet VARCHAR,                   -- canonical outlet key (domain), see query/data/outlets.csv
    published VARCHAR,                -- publication date, YYYY-MM-DD
    text VARCHAR,                     -- repaired text: evidence offsets point into it
    origin VARCHAR,                   -- file or file:line it was read from
    sentences INTEGER,
    n_events INTEGER
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    date VARCHAR,                     -- publication date of the article
    event VARCHAR NOT NULL,           -- PLOVER category
    mode VARCHAR,
    aux VARCHAR,                      -- NULL, historical, future, hypothetical, negated
    event_date VARCHAR,               -- when it happened, as the text says (YYYY, YYYY-MM or YYYY-MM-DD)
    effective_date DATE,              -- event_date when given, else date; year-only -> Jan 1
    date_precision VARCHAR,           -- day | month | year (of effective_date)
    event_loc VARCHAR,
    event_text VARCHAR,               -- trigger words
    text VARCHAR,                     -- evidence sentence
    text_info STRUCT(sequence INTEGER, "start" INTEGER, "end" INTEGER,
                     trigger_start INTEGER, trigger_end INTEGER),
    quad_code INTEGER,
    event_scale DOUBLE,
    reciprocal BOOLEAN,
    actor STRUCT(code VARCHAR, sector VARCHAR, entity_text VARCHAR, "start" INTEGER, "end" INTEGER)[],
    recipient STRUCT(code VARCHAR, sector VARCHAR, entity_text VARCHAR, "start" INTEGER, "end" INTEGER)[],
    actor_codes VARCHAR[],            -- flat, sorted, distinct codes for filtering
    recipient_codes VARCHAR[],
    actor_sectors VARCHAR[],
    recipient_sectors VARCHAR[],
    context VARCHAR[],
    cite_info VARCHAR,                -- JSON object
    outlet VARCHAR,                   -- canonical outlet key (domain, or the source name if unknown)
    outlet_name VARCHAR,
    outlet_country VARCHAR,
    outlet_state_affiliated BOOLEAN,  -- NULL when the outlet is not in the outlet table
    content_hash VARCHAR,             -- of the article the event came from
    cluster_id VARCHAR                -- event cluster (same real-world event); set by recluster()
);

CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR NOT NULL,
    event VARCHAR,
    quad_code INTEGER,
    actor_codes VARCHAR[],
    recipient_codes VARCHAR[],
    first_date DATE,
    last_date DATE,
    date_precision VARCHAR,
    n_reports INTEGER,                -- event records in the cluster
    n_articles INTEGER,
    n_outlets INTEGER,                -- distinct outlets
    n_independent_outlets INTEGER,    -- distinct outlets not marked state-affiliated
    state_affiliated_only BOOLEAN,    -- every report comes from state-affiliated outlets
    mean_scale DOUBLE,
    outlets VARCHAR[],
    representative_id VARCHAR         -- earliest report
);

-- Dateline store, schema version 1. Applied in one transaction to an empty file.
-- Every child table is keyed by (hash, index): the article's content hash and the
-- position of the item in its record, so an article's rows are found and replaced as one.
-- Offsets are UTF-16 code-unit offsets into articles.text, end exclusive.

CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    hash              VARCHAR PRIMARY KEY,   -- SHA-256 hex of text (ContentHash)
    id                VARCHAR NOT NULL,      -- the article's own id; not unique across sources
    seq               BIGINT NOT NULL UNIQUE,-- ingest order, 1, 2, ...
    title             VARCHAR,
    source            VARCHAR,
    url               VARCHAR,
    published         DATE,
    language          VARCHAR,
    license           VARCHAR,
    authors           VARCHAR[] NOT NULL,
    origin            VARCHAR,               -- path or URI it was read from
    dateline_place    VARCHAR,
    dateline_country  VARCHAR,
    text              VARCHAR NOT NULL,
    duplicate_of      VARCHAR,               -- id of the first stored copy, or null
    duplicate_of_hash VARCHAR,               -- hash of that copy, or null
    similarity        DOUBLE,                -- estimated Jaccard with that copy, or null
    minhash           BLOB,                  -- MinHash signature, 128 x int32 big-endian; null: no words
    record_json       VARCHAR NOT NULL,      -- the record exactly as RecordJson.toLine wrote it
    ingested_at       TIMESTAMP NOT NULL
);

CREATE TABLE actors (
    hash          VARCHAR NOT NULL,
    actor_index   INTEGER NOT NULL,
    actor_id      VARCHAR NOT NULL,          -- record-local id, a1, a2, ...
    name          VARCHAR,
    code          VARCHAR,
    country       VARCHAR,
    sector        VARCHAR,
    title         VARCHAR,
    kind          VARCHAR,                   -- person, organization, country, group
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (hash, actor_index)
);

CREATE TABLE mentions (
    hash          VARCHAR NOT NULL,
    actor_index   INTEGER NOT NULL,
    mention_index INTEGER NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    text          VARCHAR,
    PRIMARY KEY (hash, actor_index, mention_index)
);

CREATE TABLE quotes (
    hash          VARCHAR NOT NULL,
    quote_index   INTEGER NOT NULL,
    text          VARCHAR,
    kind          VARCHAR,                   -- direct, indirect, term
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    speaker_actor VARCHAR,
    speaker_name  VARCHAR,
    speaker_code  VARCHAR,
    verb          VARCHAR,
    PRIMARY KEY (hash, quote_index)
);

CREATE TABLE events (
    hash           VARCHAR NOT NULL,
    event_index    INTEGER NOT NULL,
    code           VARCHAR NOT NULL,         -- CAMEO, three or four digits
    root           VARCHAR NOT NULL,
    goldstein      DOUBLE,
    quad_class     INTEGER,
    plover_type    VARCHAR,
    plover_mode    VARCHAR,
    source_actor   VARCHAR,
    source_name    VARCHAR,
    source_code    VARCHAR,
    target_actor   VARCHAR,
    target_name    VARCHAR,
    target_code    VARCHAR,
    date           VARCHAR,                  -- ISO 8601, as precise as the text
    date_assumed   BOOLEAN NOT NULL,
    place_name     VARCHAR,
    place_country  VARCHAR,
    place_lat      DOUBLE,
    place_lon      DOUBLE,
    reported_by    VARCHAR,
    negated        BOOLEAN NOT NULL,
    modality       VARCHAR,                  -- asserted, intended, hypothetical, denied
    evidence_start INTEGER,
    evidence_end   INTEGER,
    evidence_text  VARCHAR,
    PRIMARY KEY (hash, event_index)
);

CREATE TABLE event_evidence (
    hash        VARCHAR NOT NULL,
    event_index INTEGER NOT NULL,
    span_index  INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        VARCHAR,
    PRIMARY KEY (hash, event_index, span_index)
);

CREATE TABLE times (
    hash       VARCHAR NOT NULL,
    time_index INTEGER NOT NULL,
    text       VARCHAR,
    value      VARCHAR,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    tense      VARCHAR,
    PRIMARY KEY (hash, time_index)
);

CREATE TABLE places (
    hash        VARCHAR NOT NULL,
    place_index INTEGER NOT NULL,
    name        VARCHAR,
    country     VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    span_start  INTEGER,
    span_end    INTEGER,
    PRIMARY KEY (hash, place_index)
);

-- The events of every article with the key that GDELT-style aggregation groups by.
-- An absent part of the key is the empty string, so that absent equals absent.
CREATE VIEW keyed_events AS
SELECT e.*,
       a.id AS article_id, a.url AS article_url, a.source AS article_source,
       a.published AS article_published, a.seq AS article_seq,
       a.duplicate_of_hash IS NULL AS original,
       coalesce(e.source_code, '') AS key_source,
       coalesce(e.target_code, '') AS key_target,
       coalesce(e.date, '') AS key_date,
       coalesce(e.place_name, '') AS key_place,
       coalesce(e.place_country, '') AS key_country,
       e.evidence_start = min(e.evidence_start) OVER (PARTITION BY e.hash) AS lead_event
FROM events e JOIN articles a ON a.hash = e.hash;

-- One row per distinct event across articles (GDELT style). The rows are the keys of the
-- events of original articles; an event of a near-duplicate adds mentions to the row of
-- the same key and is never a row of its own.
CREATE VIEW aggregated_events AS
WITH rows AS (
    SELECT key_source, key_target, code, key_date, key_place, key_country
    FROM keyed_events WHERE original
    GROUP BY ALL
), matched AS (
    SELECT k.* FROM keyed_events k
    SEMI JOIN rows r USING (key_source, key_target, code, key_date, key_place, key_country)
), spans AS (
    SELECT m.key_source, m.key_target, m.code, m.key_date, m.key_place, m.key_country,
           count(*) AS num_mentions,
           list({'article_id': m.article_id, 'url': m.article_url, 'start': v.span_start,
                 'end': v.span_end, 'text': v.text} ORDER BY m.article_seq, v.span_start) AS evidence
    FROM matched m JOIN event_evidence v ON v.hash = m.hash AND v.event_index = m.event_index
    GROUP BY ALL
)
SELECT
    m.key_source AS source_code, m.key_target AS target_code, m.code, m.key_date AS date,
    m.key_place AS place_name, m.key_country AS place_country,
    arg_min(m.root, (NOT m.original, m.article_seq, m.event_index)) AS root,
    arg_min(m.goldstein, (NOT m.original, m.article_seq, m.event_index)) AS goldstein,
    arg_min(m.quad_class, (NOT m.original, m.article_seq, m.event_index)) AS quad_class,
    arg_min(m.plover_type, (NOT m.original, m.article_seq, m.event_index)) AS plover_type,
    arg_min(m.plover_mode, (NOT m.original, m.article_seq, m.event_index)) AS plover_mode,
    arg_min(m.source_name, (NOT m.original, m.article_seq, m.event_index)) AS source_name,
    arg_min(m.target_name, (NOT m.original, m.article_seq, m.event_index)) AS target_name,
    arg_min(m.place_lat, (NOT m.original, m.article_seq, m.event_index)) AS place_lat,
    arg_min(m.place_lon, (NOT m.original, m.article_seq, m.event_index)) AS place_lon,
    bool_or(m.lead_event AND m.original) AS root_event,
    any_value(s.num_mentions) AS num_mentions,
    count(DISTINCT m.article_source) AS num_sources,
    count(DISTINCT m.hash) AS num_articles,
    min(m.article_published) AS first_seen,
    max(m.article_published) AS last_seen,
    arg_min(m.article_id, (NOT m.original, m.article_seq, m.event_index)) AS first_article_id,
    arg_min(m.article_url, (NOT m.original, m.article_seq, m.event_index)) AS first_url,
    any_value(s.evidence) AS evidence
FROM matched m
JOIN spans s USING (key_source, key_target, code, key_date, key_place, key_country)
GROUP BY m.key_source, m.key_target, m.code, m.key_date, m.key_place, m.key_country;

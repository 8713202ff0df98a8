-- Regional Timeline schema. Portable SQL where a portable form exists (H2 2.x and PostgreSQL).

CREATE TABLE region (
    code        VARCHAR(6)   NOT NULL PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    short_name  VARCHAR(64)  NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(6)   REFERENCES region (code),
    aliases     VARCHAR(1000) NOT NULL DEFAULT ''
);
CREATE INDEX region_parent_idx ON region (parent_code, code);
CREATE INDEX region_level_idx ON region (level, code);

CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE source (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    region_code VARCHAR(6)   REFERENCES region (code)
);

CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE article (
    id           BIGINT        NOT NULL PRIMARY KEY,
    source_id    BIGINT        REFERENCES source (id),
    published_on DATE,
    title        VARCHAR(500),
    subtitle     VARCHAR(1000),
    byline       VARCHAR(500),
    dateline     VARCHAR(200),
    kind         VARCHAR(20)   NOT NULL,
    body         CLOB          NOT NULL,
    content_hash VARCHAR(64)   NOT NULL UNIQUE,
    hidden       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX article_list_idx ON article (published_on, id);
CREATE INDEX article_source_idx ON article (source_id, published_on, id);

CREATE SEQUENCE project_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE project (
    id              BIGINT        NOT NULL PRIMARY KEY,
    slug            VARCHAR(100)  NOT NULL UNIQUE,
    name            VARCHAR(200)  NOT NULL,
    merge_key       VARCHAR(200)  NOT NULL UNIQUE,
    -- denormalized activity span, kept current by the services that add or change events
    first_date      DATE,
    last_date       DATE,
    event_count     INTEGER       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
-- "most recently active first": keyset on (last_date, id); projects without events sort last
CREATE INDEX project_activity_idx ON project (last_date, id);

CREATE TABLE project_alias (
    alias_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    alias      VARCHAR(200) NOT NULL,
    project_id BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX project_alias_project_idx ON project_alias (project_id);

CREATE SEQUENCE event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    article_id   BIGINT        NOT NULL REFERENCES article (id),
    start_date   DATE          NOT NULL,
    end_date     DATE          NOT NULL,
    precision    VARCHAR(10)   NOT NULL,
    time_of_day  VARCHAR(10),
    status       VARCHAR(10)   NOT NULL,
    date_text    VARCHAR(100),
    summary      VARCHAR(4000) NOT NULL,
    approximate  BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
-- the timeline keyset: (start_date, id) both directions
CREATE INDEX event_timeline_idx ON event (start_date, id);
CREATE INDEX event_article_idx ON event (article_id);

CREATE SEQUENCE figure_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE event_figure (
    id        BIGINT         NOT NULL PRIMARY KEY,
    event_id  BIGINT         NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position  INTEGER        NOT NULL,
    text      VARCHAR(200)   NOT NULL,
    amount    DECIMAL(30, 4),
    unit      VARCHAR(20)
);
CREATE INDEX event_figure_event_idx ON event_figure (event_id, position);

-- Event to region links. An event named in 呼图壁县 is linked to 呼图壁县 (direct) and to 昌吉州 and 新疆 (inherited),
-- so a region timeline including its descendants is one index range scan; start_date is copied for the keyset.
CREATE TABLE event_region (
    event_id    BIGINT     NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    region_code VARCHAR(6) NOT NULL REFERENCES region (code),
    direct      BOOLEAN    NOT NULL,
    start_date  DATE       NOT NULL,
    PRIMARY KEY (event_id, region_code)
);
CREATE INDEX event_region_timeline_idx ON event_region (region_code, start_date, event_id);

CREATE TABLE event_project (
    event_id   BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    start_date DATE   NOT NULL,
    PRIMARY KEY (event_id, project_id)
);
CREATE INDEX event_project_timeline_idx ON event_project (project_id, start_date, event_id);

CREATE TABLE article_region (
    article_id  BIGINT     NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    region_code VARCHAR(6) NOT NULL REFERENCES region (code),
    direct      BOOLEAN    NOT NULL,
    PRIMARY KEY (article_id, region_code)
);
CREATE INDEX article_region_region_idx ON article_region (region_code, article_id);

CREATE TABLE article_project (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, project_id)
);
CREATE INDEX article_project_project_idx ON article_project (project_id, article_id);

-- The change feed behind GET /api/changes: one row per created, updated or deleted entity, in commit order.
CREATE SEQUENCE change_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE change_log (
    seq         BIGINT      NOT NULL PRIMARY KEY,
    entity_type VARCHAR(10) NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    operation   VARCHAR(10) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- compacted: one row per entity, moved to a new seq on every change
CREATE UNIQUE INDEX change_log_entity_idx ON change_log (entity_type, entity_id);

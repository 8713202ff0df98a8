-- Who may write (users with bcrypt password hashes, API tokens stored as SHA-256 hashes), the audit trail of every
-- change, and the slugs of merged projects (an old slug keeps resolving to the project it was merged into).

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id, id);

CREATE SEQUENCE audit_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(20)  NOT NULL,
    entity_id    VARCHAR(100) NOT NULL,
    before_state CLOB,
    after_state  CLOB
);
CREATE INDEX audit_entity_idx ON audit_entry (entity_type, entity_id, id);
CREATE INDEX audit_actor_idx ON audit_entry (actor, id);

CREATE TABLE project_redirect (
    old_slug   VARCHAR(100) NOT NULL PRIMARY KEY,
    project_id BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE
);

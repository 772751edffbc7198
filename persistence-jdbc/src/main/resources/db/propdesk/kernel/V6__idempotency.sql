-- Idempotency keys (幂等键): the first result of a retry-safe command, per office and key. A retry
-- with the same key reads it back; the primary key makes two concurrent first runs collide.
CREATE TABLE pd_idempotency (
    office_id      VARCHAR(64)  NOT NULL,
    idem_key       VARCHAR(128) NOT NULL,
    fingerprint    VARCHAR(128) NOT NULL,
    aggregate_type VARCHAR(64)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL,
    document       ${json_type} NOT NULL,
    created_at     ${instant} NOT NULL,
    PRIMARY KEY (office_id, idem_key)
) ${table_options};

-- Company seals (印章使用, PROCEDURES §10): the seal registry and the use requests, one table per
-- aggregate type, the snapshot as a JSON document and a real, indexed column for every index field.

-- The seal registry (印章登记), Seal.TYPE.
CREATE TABLE pd_seal (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id     VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    document      ${json_type} NOT NULL,
    state         VARCHAR(200),
    seal_type     VARCHAR(200),
    custodian_id  VARCHAR(200),
    pending       VARCHAR(200),
    replaces      VARCHAR(200),
    registered_at ${instant}
) ${table_options};
CREATE INDEX pd_seal_office_state ON pd_seal (office_id, state, registered_at);

-- Seal use requests (用印申请), SealUse.TYPE: a stamped one is a line of the use register.
CREATE TABLE pd_seal_use (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    document     ${json_type} NOT NULL,
    state        VARCHAR(200),
    seal_id      VARCHAR(200),
    requester_id VARCHAR(200),
    requested_at ${instant},
    stamped_at   ${instant},
    impressions  BIGINT
) ${table_options};
CREATE INDEX pd_seal_use_office_state ON pd_seal_use (office_id, state, requested_at);
CREATE INDEX pd_seal_use_seal_stamped ON pd_seal_use (seal_id, stamped_at);
CREATE INDEX pd_seal_use_office_stamped ON pd_seal_use (office_id, stamped_at);

-- Property archives (物业档案管理, PROCEDURES §9): items and loans, one table per aggregate type, the
-- snapshot as a JSON document and a real, indexed column for every index field. No column holds a
-- name or an ID number.

-- Archive items (档案), ArchiveItem.TYPE.
CREATE TABLE pd_archive_item (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    document        ${json_type} NOT NULL,
    state           VARCHAR(200),
    category        VARCHAR(200),
    confidentiality VARCHAR(200),
    owner_id        VARCHAR(200),
    unit_id         VARCHAR(200),
    created_at      ${instant},
    filing_due      ${instant},
    filed_at        ${instant},
    retention_ends  DATE
) ${table_options};
CREATE INDEX pd_archive_item_office_state ON pd_archive_item (office_id, state, created_at);
CREATE INDEX pd_archive_item_office_retention ON pd_archive_item (office_id, retention_ends);
CREATE INDEX pd_archive_item_owner ON pd_archive_item (owner_id);

-- Archive loans (档案借阅), ArchiveLoan.TYPE: the loan register 《档案借阅登记表》.
CREATE TABLE pd_archive_loan (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    document     ${json_type} NOT NULL,
    state        VARCHAR(200),
    item_id      VARCHAR(200),
    borrower_id  VARCHAR(200),
    take_out     BOOLEAN,
    requested_at ${instant},
    return_by    ${instant},
    issued_at    ${instant},
    returned_at  ${instant},
    overdue      BOOLEAN
) ${table_options};
CREATE INDEX pd_archive_loan_office_requested ON pd_archive_loan (office_id, requested_at);
CREATE INDEX pd_archive_loan_office_state ON pd_archive_loan (office_id, state, return_by);
CREATE INDEX pd_archive_loan_item ON pd_archive_loan (item_id);

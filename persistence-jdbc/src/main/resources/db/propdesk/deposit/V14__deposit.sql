-- Deposits (押金收退, PROCEDURES §8): one table per aggregate type, the snapshot as a JSON document (its
-- double-entry ledger inside) and a real, indexed column for every index field the type declares.
-- Amounts are exact: whole fen in BIGINT columns, decimal text in the documents. No column holds the
-- payer's name or phone.

-- Deposits (押金), Deposit.TYPE.
CREATE TABLE pd_deposit (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    document        ${json_type} NOT NULL,
    state           VARCHAR(200),
    deposit_type    VARCHAR(200),
    unit_id         VARCHAR(200),
    receipt_no      VARCHAR(200),
    method          VARCHAR(200),
    collected_at    ${instant},
    collected_on    DATE,
    collected_fen   BIGINT,
    held_fen        BIGINT,
    unbanked_fen    BIGINT,
    banking_due     DATE,
    banked_on       DATE,
    banking_overdue BOOLEAN,
    last_entry_at   ${instant},
    settled_at      ${instant},
    refunded_fen    BIGINT,
    deducted_fen    BIGINT
) ${table_options};
CREATE INDEX pd_deposit_office_state ON pd_deposit (office_id, state, collected_at);
CREATE INDEX pd_deposit_office_unbanked ON pd_deposit (office_id, unbanked_fen, banking_due);
CREATE INDEX pd_deposit_office_collected ON pd_deposit (office_id, collected_at);
CREATE INDEX pd_deposit_office_last_entry ON pd_deposit (office_id, last_entry_at);
CREATE INDEX pd_deposit_unit ON pd_deposit (unit_id);

-- The receipt register (收据登记), DepositReceipt.TYPE: one row per receipt number and office; the id is
-- derived from both, so a number is registered once per office on every storage.
CREATE TABLE pd_deposit_receipt (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    document    ${json_type} NOT NULL,
    receipt_no  VARCHAR(200),
    deposit_id  VARCHAR(200),
    issued_at   ${instant}
) ${table_options};
CREATE INDEX pd_deposit_receipt_office_issued ON pd_deposit_receipt (office_id, issued_at);

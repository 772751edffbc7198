-- The journal without an office-wide lock per command: a command inserts its entry unsealed (seq,
-- prev_hash and hash NULL); sealing (Journal.seal, run by the timer sweep and before every audit)
-- chains the office's unsealed entries after pd_journal_head under that head's lock, in one short
-- transaction per office instead of one lock held through every command's commit.
CREATE TABLE pd_journal_entry (
    entry_id       BIGINT ${identity} PRIMARY KEY,
    office_id      VARCHAR(64)   NOT NULL,
    happened_at    ${instant} NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    aggregate_type VARCHAR(64)   NOT NULL,
    aggregate_id   VARCHAR(64)   NOT NULL,
    action_name    VARCHAR(64)   NOT NULL,
    from_state     VARCHAR(64)   NOT NULL,
    to_state       VARCHAR(64)   NOT NULL,
    payload        ${long_text} NOT NULL,  -- JSON text, hashed as stored: never JSONB
    seq            BIGINT,
    prev_hash      VARCHAR(64),
    hash           VARCHAR(64)
) ${table_options};
CREATE UNIQUE INDEX pd_journal_entry_office_seq ON pd_journal_entry (office_id, seq);
CREATE INDEX pd_journal_entry_office_unsealed ON pd_journal_entry (office_id, seq, entry_id);
CREATE INDEX pd_journal_entry_aggregate ON pd_journal_entry (aggregate_type, aggregate_id);

-- Entries written by the earlier layout are already chained: keep them, in order.
INSERT INTO pd_journal_entry (office_id, happened_at, actor, aggregate_type, aggregate_id, action_name, from_state,
    to_state, payload, seq, prev_hash, hash)
SELECT office_id, happened_at, actor, aggregate_type, aggregate_id, action_name, from_state, to_state, payload, seq,
    prev_hash, hash
FROM pd_journal ORDER BY office_id, seq;
DROP TABLE pd_journal;

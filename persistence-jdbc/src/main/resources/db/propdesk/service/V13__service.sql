-- Special contracted services (特约服务, PROCEDURES §12): one table per aggregate type, the snapshot as a
-- JSON document and a real, indexed column for every index field the type declares. Amounts are exact:
-- whole fen in BIGINT columns, decimal text in the documents. No column holds a contact's name or phone.

-- Orders (特约服务单), ServiceOrder.TYPE.
CREATE TABLE pd_service_order (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    document        ${json_type} NOT NULL,
    desk_id         VARCHAR(200),
    state           VARCHAR(200),
    kind            VARCHAR(200),
    origin          VARCHAR(200),
    origin_ref      VARCHAR(200),
    unit_id         VARCHAR(200),
    worker_id       VARCHAR(200),
    requested_at    ${instant},
    requested_on    DATE,
    quoted_at       ${instant},
    quoted_on_time  BOOLEAN,
    unlisted        BOOLEAN,
    quote_total_fen BIGINT,
    consent         VARCHAR(200),
    scheduled_for   ${instant},
    done_at         ${instant},
    charged_at      ${instant},
    charged_on      DATE,
    charged_fen     BIGINT,
    payment_method  VARCHAR(200),
    receipt_no      VARCHAR(200),
    last_callback   VARCHAR(200),
    closed_at       ${instant}
) ${table_options};
CREATE INDEX pd_service_order_office_requested ON pd_service_order (office_id, requested_at);
CREATE INDEX pd_service_order_office_state ON pd_service_order (office_id, state, requested_at);
CREATE INDEX pd_service_order_origin_ref ON pd_service_order (origin_ref);
CREATE INDEX pd_service_order_office_charged_on ON pd_service_order (office_id, charged_on);
CREATE INDEX pd_service_order_office_closed ON pd_service_order (office_id, closed_at);

-- Price lists (维修项目收费标准), PriceList.TYPE: one row per office, every version in the document.
CREATE TABLE pd_price_list (
    id                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id             VARCHAR(64)  NOT NULL,
    version               BIGINT       NOT NULL,
    document              ${json_type} NOT NULL,
    latest_version        BIGINT,
    latest_effective_from ${instant}
) ${table_options};
CREATE INDEX pd_price_list_office ON pd_price_list (office_id);

-- Recurring contracts (定期服务合同), ServiceContract.TYPE.
CREATE TABLE pd_service_contract (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id     VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    document      ${json_type} NOT NULL,
    state         VARCHAR(200),
    kind          VARCHAR(200),
    unit_id       VARCHAR(200),
    owner_id      VARCHAR(200),
    start_on      DATE,
    end_on        DATE,
    next_visit_on DATE,
    price_fen     BIGINT
) ${table_options};
CREATE INDEX pd_service_contract_office_state ON pd_service_contract (office_id, state);
CREATE INDEX pd_service_contract_office_unit ON pd_service_contract (office_id, unit_id);

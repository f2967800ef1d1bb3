-- Contact center "Dering DJPK" (DOMAIN.md §4): contacts, tickets with their thread and topics, the Layer 2
-- escalation, the satisfaction survey and the knowledge base. Plain types only, for H2 and PostgreSQL alike.

-- Requesters, deduplicated by e-mail address or phone number.
CREATE TABLE helpdesk_contact (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    email         VARCHAR(200),
    phone         VARCHAR(30),
    region_code   VARCHAR(13),
    institution   VARCHAR(300),
    category      VARCHAR(20),
    consent       BOOLEAN NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    version       INTEGER NOT NULL
);
CREATE INDEX ix_contact_email ON helpdesk_contact(email);
CREATE INDEX ix_contact_phone ON helpdesk_contact(phone);
CREATE INDEX ix_contact_region ON helpdesk_contact(region_code);

-- The last ticket number given out per year: TIK-<year>-<6 digits>.
CREATE TABLE helpdesk_counter (
    counter_year INTEGER PRIMARY KEY,
    last_value   INTEGER NOT NULL
);

CREATE TABLE helpdesk_ticket (
    id                  BIGINT PRIMARY KEY,
    ticket_number       VARCHAR(20) NOT NULL,
    access_hash         VARCHAR(64) NOT NULL,
    channel             VARCHAR(20) NOT NULL,
    -- where a channel integration (or the import) took the ticket from: its own id of the conversation,
    -- so that a source handing in the same conversation twice makes one ticket
    source_ref          VARCHAR(120),
    contact_id          BIGINT NOT NULL REFERENCES helpdesk_contact(id),
    requester_name      VARCHAR(200) NOT NULL,
    requester_email     VARCHAR(200),
    requester_phone     VARCHAR(30),
    region_code         VARCHAR(13),
    institution         VARCHAR(300),
    category            VARCHAR(20),
    subject             VARCHAR(300) NOT NULL,
    status              VARCHAR(20) NOT NULL,
    agent               VARCHAR(60),
    service_hours       VARCHAR(15) NOT NULL,
    time_zone           VARCHAR(4),
    created_at          TIMESTAMP NOT NULL,
    created_month       VARCHAR(7) NOT NULL,
    first_response_at   TIMESTAMP,
    escalated_at        TIMESTAMP,
    l2_unit             VARCHAR(20),
    escalation_summary  VARCHAR(4000),
    callback_due        DATE,
    l2_draft            VARCHAR(20000),
    l2_answered_at      TIMESTAMP,
    l2_answered_by      VARCHAR(60),
    l2_score            INTEGER,
    closed_at           TIMESTAMP,
    merged_into         VARCHAR(20),
    survey_hash         VARCHAR(64),
    survey_expires      TIMESTAMP,
    rating_service      INTEGER,
    rating_answer       INTEGER,
    rating_comment      VARCHAR(2000),
    rated_at            TIMESTAMP,
    version             INTEGER NOT NULL,
    CONSTRAINT uq_ticket_number UNIQUE (ticket_number),
    CONSTRAINT uq_ticket_source UNIQUE (channel, source_ref)
);
CREATE INDEX ix_ticket_status ON helpdesk_ticket(status, created_at);
CREATE INDEX ix_ticket_agent ON helpdesk_ticket(agent, status);
CREATE INDEX ix_ticket_unit ON helpdesk_ticket(l2_unit, status);
CREATE INDEX ix_ticket_month ON helpdesk_ticket(created_month);
CREATE INDEX ix_ticket_contact ON helpdesk_ticket(contact_id);
CREATE INDEX ix_ticket_region ON helpdesk_ticket(region_code);
CREATE INDEX ix_ticket_callback ON helpdesk_ticket(callback_due);

CREATE TABLE helpdesk_ticket_topic (
    ticket_id   BIGINT NOT NULL REFERENCES helpdesk_ticket(id),
    topic_code  VARCHAR(30) NOT NULL,
    PRIMARY KEY (ticket_id, topic_code)
);
CREATE INDEX ix_ticket_topic_code ON helpdesk_ticket_topic(topic_code);

-- The thread: the requester's messages, replies, internal notes, logged calls, the L2 draft.
CREATE TABLE helpdesk_message (
    id         BIGINT PRIMARY KEY,
    ticket_id  BIGINT NOT NULL REFERENCES helpdesk_ticket(id),
    at         TIMESTAMP NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    channel    VARCHAR(20),
    author     VARCHAR(200) NOT NULL,
    body       VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_message_ticket ON helpdesk_message(ticket_id, at);

CREATE TABLE kb_article (
    id            BIGINT PRIMARY KEY,
    question      VARCHAR(500) NOT NULL,
    answer        VARCHAR(20000) NOT NULL,
    topic_code    VARCHAR(30) NOT NULL,
    unit_code     VARCHAR(20),
    status        VARCHAR(20) NOT NULL,
    published     BOOLEAN NOT NULL,
    review_reason VARCHAR(500),
    updated_at    TIMESTAMP NOT NULL,
    updated_by    VARCHAR(60) NOT NULL,
    reviewed_at   TIMESTAMP,
    reviewed_by   VARCHAR(60),
    version       INTEGER NOT NULL
);
CREATE INDEX ix_kb_topic ON kb_article(topic_code, status);

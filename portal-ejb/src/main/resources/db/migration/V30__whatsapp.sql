-- WhatsApp channel (issue #13). Store first, work after the commit: every message and status a signed webhook
-- delivery carries is kept under its own key (a wamid; wamid/status), so a repeated delivery changes nothing,
-- and is worked in order per sender after the delivery was answered.
CREATE TABLE wa_event (
    id            BIGINT PRIMARY KEY,
    event_key     VARCHAR(200) NOT NULL,
    kind          VARCHAR(10) NOT NULL,
    wa_id         VARCHAR(30),
    occurred_at   TIMESTAMP,
    payload       VARCHAR(30000) NOT NULL,
    state         VARCHAR(10) NOT NULL,
    stored_at     TIMESTAMP NOT NULL,
    processed_at  TIMESTAMP,
    error         VARCHAR(1000),
    CONSTRAINT uq_wa_event UNIQUE (event_key)
);
CREATE INDEX ix_wa_event_pending ON wa_event(state, wa_id, occurred_at);
CREATE INDEX ix_wa_event_sender ON wa_event(wa_id, occurred_at);

-- One row per WhatsApp number: where its dialogue with the bot is, the identity it gave, when it last wrote
-- (the Cloud API's 24-hour customer-service window), the ticket an agent has it in.
CREATE TABLE wa_conversation (
    wa_id          VARCHAR(30) PRIMARY KEY,
    profile_name   VARCHAR(200),
    stage          VARCHAR(15) NOT NULL,
    asking         VARCHAR(15),
    menu_item      INTEGER NOT NULL,
    choices        VARCHAR(2000),
    name           VARCHAR(200),
    region_text    VARCHAR(300),
    region_code    VARCHAR(13),
    institution    VARCHAR(300),
    email          VARCHAR(200),
    question       VARCHAR(4000),
    identity_at    TIMESTAMP,
    last_in_at     TIMESTAMP,
    ticket_number  VARCHAR(20),
    ticket_ref     VARCHAR(200),
    session_id     BIGINT,
    consent        BOOLEAN NOT NULL,
    version        INTEGER NOT NULL
);
CREATE INDEX ix_wa_conversation_ticket ON wa_conversation(ticket_number);

-- The chatbot's figures: a session is a number's messages without a pause of 30 minutes, counted in the
-- office month of its first message's own timestamp; menu choices in the month of theirs.
CREATE TABLE wa_session (
    id             BIGINT PRIMARY KEY,
    wa_id          VARCHAR(30) NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    started_month  VARCHAR(7) NOT NULL,
    last_at        TIMESTAMP NOT NULL,
    menu_chosen    BOOLEAN NOT NULL,
    handed_over    BOOLEAN NOT NULL
);
CREATE INDEX ix_wa_session_month ON wa_session(started_month);
CREATE INDEX ix_wa_session_number ON wa_session(wa_id, last_at);

CREATE TABLE wa_menu_choice (
    id            BIGINT PRIMARY KEY,
    wa_id         VARCHAR(30) NOT NULL,
    item          INTEGER NOT NULL,
    chosen_at     TIMESTAMP NOT NULL,
    chosen_month  VARCHAR(7) NOT NULL
);
CREATE INDEX ix_wa_menu_month ON wa_menu_choice(chosen_month, item);

-- Everything sent to the Cloud API: the bot's replies, agents' answers, blasts; retried with growing pauses on
-- 429/5xx, the status callbacks move it on (SENT, DELIVERED, READ, FAILED with Meta's error).
CREATE TABLE wa_outbox (
    id               BIGINT PRIMARY KEY,
    created_at       TIMESTAMP NOT NULL,
    to_wa_id         VARCHAR(30) NOT NULL,
    kind             VARCHAR(12) NOT NULL,
    payload          VARCHAR(30000) NOT NULL,
    transcript       VARCHAR(20000) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    wamid            VARCHAR(200),
    attempts         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP,
    last_error       VARCHAR(1000),
    ticket_number    VARCHAR(20),
    ticket_message_id BIGINT,
    blast_id         BIGINT,
    version          INTEGER NOT NULL
);
CREATE INDEX ix_wa_outbox_status ON wa_outbox(status, next_attempt_at);
CREATE INDEX ix_wa_outbox_wamid ON wa_outbox(wamid);
CREATE INDEX ix_wa_outbox_to ON wa_outbox(to_wa_id, created_at);
CREATE INDEX ix_wa_outbox_blast ON wa_outbox(blast_id, status);

-- Message templates approved by Meta, kept by admins: the only messages WhatsApp takes outside the 24-hour window
-- (blasts, late answers). Seeded with Meta's sample template; ids of seeded rows are negative (the sequence's are not).
CREATE TABLE wa_template (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(512) NOT NULL,
    language    VARCHAR(15) NOT NULL,
    parameters  INTEGER NOT NULL,
    description VARCHAR(500),
    CONSTRAINT uq_wa_template UNIQUE (name, language)
);
INSERT INTO wa_template (id, name, language, parameters, description)
    VALUES (-1, 'hello_world', 'en_US', 0, 'Templat contoh dari Meta');

-- Announcements (blasts) to consenting contacts of a segment, by WhatsApp template or by e-mail; what each
-- recipient got is in wa_outbox (blast_id) or mail_message (about BLAST/<id>).
CREATE TABLE blast (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    channel           VARCHAR(10) NOT NULL,
    template          VARCHAR(512),
    language          VARCHAR(15),
    parameters        VARCHAR(4000),
    subject           VARCHAR(300),
    body              VARCHAR(20000),
    segment_category  VARCHAR(20),
    segment_province  VARCHAR(13),
    segment_region    VARCHAR(13),
    segment_topic     VARCHAR(30),
    state             VARCHAR(10) NOT NULL,
    send_at           TIMESTAMP NOT NULL,
    recipients        INTEGER NOT NULL,
    created_at        TIMESTAMP NOT NULL,
    created_by        VARCHAR(60) NOT NULL,
    version           INTEGER NOT NULL
);
CREATE INDEX ix_blast_state ON blast(state, send_at);

-- The "stop receiving announcements" link of a blast e-mail: the digest of its code and the contact it withdraws.
CREATE TABLE contact_unsubscribe (
    code_hash   VARCHAR(64) PRIMARY KEY,
    contact_id  BIGINT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);

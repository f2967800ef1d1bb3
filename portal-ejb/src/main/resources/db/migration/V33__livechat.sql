-- Live chat on the public site (issue #14). A chat is a LIVE_CHAT ticket (its messages are the ticket's thread);
-- this row holds what the socket needs besides: the resume token (its digest), whether the chat is still open, and
-- when the visitor last wrote (an idle visitor is closed after 10 minutes). Each instance polls the open chats'
-- threads for what it has not yet delivered to its own sockets, so no message lives in one JVM's memory.
CREATE TABLE livechat_chat (
    id               BIGINT PRIMARY KEY,
    ticket_number    VARCHAR(20) NOT NULL,
    token_hash       VARCHAR(100) NOT NULL,
    state            VARCHAR(10) NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    last_visitor_at  TIMESTAMP NOT NULL,
    closed_at        TIMESTAMP,
    closed_by        VARCHAR(100),
    version          INTEGER NOT NULL,
    CONSTRAINT uq_livechat_token UNIQUE (token_hash)
);
CREATE INDEX ix_livechat_state ON livechat_chat(state, last_visitor_at);
CREATE INDEX ix_livechat_ticket ON livechat_chat(ticket_number);

-- An agent's availability for the live queue, in the database so that every instance agrees: available and
-- seen (console open or an API call) within the last 2 minutes; otherwise away.
CREATE TABLE livechat_presence (
    username   VARCHAR(100) PRIMARY KEY,
    available  BOOLEAN NOT NULL,
    seen_at    TIMESTAMP NOT NULL
);

package id.djpk.portal.site.livechat;

import id.djpk.portal.livechat.ChatInput;
import id.djpk.portal.livechat.LiveChat;
import id.djpk.portal.livechat.LiveChatService;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.site.web.RegionPicker;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /ws/chat}: the visitor's side of the live chat, JSON text frames of the chat's contract ({@link ChatFrames}). The
 * language of the texts is {@code ?lang=en} or Indonesian. Every message of the chat, the visitor's own included,
 * comes back as a {@code message} frame once it is stored (by {@link ChatRelay}), so a resumed chat or a second tab
 * shows the same conversation.
 */
@ServerEndpoint(value = "/ws/chat", configurator = ChatHandshake.class)
public class ChatEndpoint {

    /** A frame may carry 2.000 characters, escaped in JSON; more is refused by the container before it is read. */
    static final int MAX_FRAME = 64 * 1024;
    /** A socket with no frame either way for this long is closed by the container (set as its default by {@link ChatIdleTimeout}). */
    static final Duration IDLE = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

    @Inject
    private ChatRelay relay;

    @Inject
    private LiveChatService chats;

    @Inject
    private OfficeClock clock;

    @Inject
    private ReferenceData reference;

    @OnOpen
    public void open(Session session, EndpointConfig config) {
        socket(session, config.getUserProperties().get(ChatHandshake.CLIENT));
    }

    /** This socket's state in the relay, made on its first use (its language from {@code ?lang}, the client's address). */
    private ChatRelay.Socket socket(Session session, Object configAddress) {
        session.setMaxTextMessageBufferSize(MAX_FRAME);
        List<String> lang = session.getRequestParameterMap().get("lang");
        Locale locale = lang != null && lang.contains("en") ? Locale.ENGLISH : Locale.forLanguageTag("id");
        Object address = session.getUserProperties().getOrDefault(ChatHandshake.CLIENT, configAddress);
        return relay.add(session, locale, address == null ? "" : address.toString());
    }

    @OnMessage
    public void message(Session session, String text) {
        ChatRelay.Socket s = relay.of(session);
        if (s == null) {
            if (!session.isOpen()) {
                return;
            }
            // a frame read before this socket's @OnOpen has run (the visitor may send at once after the handshake):
            // answered, not dropped (a dropped first frame left the visitor waiting for an answer that never came)
            s = socket(session, null);
        }
        JsonObject frame;
        try {
            JsonValue v = Jsonp.JSON.createReader(new StringReader(text)).readValue();
            frame = v instanceof JsonObject o ? o : null;
        } catch (JsonException e) {
            frame = null;
        }
        String type = frame == null ? null : ChatFrames.text(frame, "type");
        if (type == null) {
            s.send(ChatFrames.error("type", s.text("livechat.badFrame")));
            return;
        }
        try {
            switch (type) {
                case "start" -> start(s, frame);
                case "message" -> write(s, frame);
                case "resume" -> resume(s, frame);
                case "close" -> close(s);
                default -> s.send(ChatFrames.error("type", s.text("livechat.badFrame")));
            }
        } catch (InvalidInputException e) {
            Violation v = e.getViolations().get(0);
            s.send(ChatFrames.error(v.field(), s.text(v.key(), v.arguments().toArray())));
        } catch (BusinessException e) {
            s.send(ChatFrames.error(null, Messages.text(s.locale, e)));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "live chat " + type + " frame failed", e);
            s.send(ChatFrames.error(null, s.text("livechat.failed")));
        } catch (RuntimeException e) {
            // anything else the container or a library throws: the visitor is told, the socket stays usable
            LOG.log(Level.SEVERE, "live chat " + type + " frame failed unexpectedly", e);
            s.send(ChatFrames.error(null, s.text("livechat.failed")));
        }
    }

    private void start(ChatRelay.Socket s, JsonObject f) {
        if (s.ticket != null) {
            s.send(ChatFrames.error("type", s.text("livechat.badFrame")));
            return;
        }
        LiveChatService.Start start = chats.start(ChatFrames.text(f, "name"), ChatFrames.text(f, "email"),
                RegionPicker.code(reference, ChatFrames.text(f, "regionCode")), ChatFrames.text(f, "message"), s.address);
        switch (start.outcome()) {
            case TOO_MANY -> {
                s.send(ChatFrames.error(null, s.text("livechat.tooMany")));
                s.close();
            }
            case OFFLINE -> s.send(ChatFrames.offline(start.ticket(), s.text("livechat.offline", start.ticket())));
            case STARTED -> {
                s.join(start.ticket(), start.token(), clock.now().minusSeconds(60), ChatFrames.started(start.ticket(), start.token()));
            }
        }
    }

    private void write(ChatRelay.Socket s, JsonObject f) {
        if (s.token == null) {
            s.send(ChatFrames.error(null, s.text("livechat.notStarted")));
            return;
        }
        String body = ChatFrames.text(f, "body");
        List<Violation> v = ChatInput.message("body", body);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Instant now = clock.now();
        if (ChatInput.tooSoon(s.lastMessage, now)) {
            s.send(ChatFrames.error("body", s.text("livechat.tooFast")));
            return;
        }
        s.lastMessage = now;
        try {
            chats.write(s.token, body);
        } catch (BusinessException e) {
            if ("livechat.closed".equals(e.getKey())) {
                s.send(ChatFrames.error(null, Messages.text(s.locale, e)));
                s.send(ChatFrames.closed());
                s.leave();
                s.close();
                return;
            }
            throw e;
        }
    }

    private void resume(ChatRelay.Socket s, JsonObject f) {
        String token = ChatFrames.text(f, "token");
        Optional<LiveChat> chat = chats.resume(token);
        if (chat.isEmpty()) {
            s.send(ChatFrames.error("token", s.text("livechat.unknownToken")));
            return;
        }
        // the whole conversation again, from its start
        s.join(chat.get().getTicketNumber(), token, chat.get().getStartedAt().minusSeconds(60),
                ChatFrames.started(chat.get().getTicketNumber(), token));
    }

    private void close(ChatRelay.Socket s) {
        if (s.token != null) {
            chats.closeByVisitor(s.token);
        }
        s.send(ChatFrames.closed());
        s.leave();
        s.close();
    }

    @OnClose
    public void closed(Session session) {
        relay.remove(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        // a visitor who went away is the ordinary case; anything else is worth an operator's look
        LOG.log(error instanceof IOException ? Level.FINE : Level.WARNING, "live chat socket failed", error);
        relay.remove(session);
    }
}

package id.djpk.portal.web.livechat;

import id.djpk.portal.livechat.LiveChatService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every half minute, live chats whose visitor wrote nothing for 10 minutes are closed politely (transcript and
 * survey by e-mail; the visitor's socket is told by the public site's relay). Run by the staff portal, once per
 * instance; a chat closed twice is closed once.
 */
@Singleton
public class IdleChatsTimer {

    private static final Logger LOG = Logger.getLogger(IdleChatsTimer.class.getName());

    @Inject
    private LiveChatService chats;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void closeIdle() {
        int closed = chats.closeIdle();
        if (closed > 0) {
            LOG.info(() -> "live chat: " + closed + " idle chat(s) closed");
        }
    }
}

package id.djpk.portal.site.livechat;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;
import java.util.logging.Logger;

/**
 * Makes the chat's idle timeout ({@link ChatEndpoint#IDLE}) the WebSocket container's default, before the first socket
 * opens, instead of setting it on each socket when it opens. Tyrus (Payara 6) schedules a session's idle check when it
 * makes the session, after the container's default: with no default (0) that check runs at once and closes the session
 * if a timeout is set by then, so a socket whose endpoint set its own timeout first was closed "because of the idle
 * timeout" right after it opened (one chat in 200 under load in bench/livechat-benchmark.sh: its "started" frame never
 * came). With the default already the chat's, every check is 15 minutes away and each frame moves it on.
 */
@WebListener
public class ChatIdleTimeout implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ChatIdleTimeout.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (event.getServletContext().getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxSessionIdleTimeout(ChatEndpoint.IDLE.toMillis());
        } else {
            LOG.warning("no WebSocket container in this application: the live chat's idle timeout is not set");
        }
    }
}

package id.djpk.portal.site.livechat;

import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Keeps the client's address, as the rate limits count it ({@link id.djpk.portal.system.ClientAddress}: behind our
 * proxies the right-most untrusted {@code X-Forwarded-For} hop), in the connection's user properties. The socket
 * address comes from the WebSocket implementation's request (Tyrus's {@code getRemoteAddr()}); the standard API
 * has none. Tyrus gives each handshake its own copy of the properties.
 */
public class ChatHandshake extends ServerEndpointConfig.Configurator {

    static final String CLIENT = "portal.livechat.client";

    @Override
    public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
        List<String> forwarded = request.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("X-Forwarded-For")).flatMap(e -> e.getValue().stream()).toList();
        String address = CDI.current().select(PortalConfig.class).get().clientAddress()
                .counted(remoteAddress(request), forwarded);
        sec.getUserProperties().put(CLIENT, address == null ? "" : address);
    }

    private static String remoteAddress(HandshakeRequest request) {
        try {
            return String.valueOf(request.getClass().getMethod("getRemoteAddr").invoke(request));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }
}

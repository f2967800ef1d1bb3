/**
 * The public site's live chat: the WebSocket {@code /ws/chat} ({@link ChatEndpoint}, JSON frames as the
 * issue's contract says) and {@link ChatRelay}, which delivers to this instance's open sockets what the database
 * holds newer than it delivered (the agents' answers, the visitor's own messages, a close), every
 * {@value ChatRelay#POLL_MILLIS} ms. The panel is {@code resources/js/livechat.js}, included on every page by
 * {@code WEB-INF/includes/livechat.xhtml}.
 */
package id.djpk.portal.site.livechat;

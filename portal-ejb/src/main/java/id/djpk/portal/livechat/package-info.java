/**
 * Live chat on the public site: a visitor's chat is a {@code LIVE_CHAT} ticket from its first message,
 * its messages the ticket's thread, written through {@link id.djpk.portal.helpdesk.HelpdeskService} and answered
 * through {@link id.djpk.portal.helpdesk.AgentDesk} like any ticket ({@link LiveChatSender} hands an answer to the
 * chat while it is open, e-mail after). {@link LiveChat} adds the resume token and the open/closed state,
 * {@link AgentPresence} who is available. Everything goes through the database: each instance delivers to its own
 * sockets what it finds newer than it delivered ({@link LiveChatService#pending}), so the public site and the staff
 * portal may run on different instances.
 */
package id.djpk.portal.livechat;

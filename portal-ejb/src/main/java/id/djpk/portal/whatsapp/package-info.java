/**
 * The WhatsApp channel on Meta's WhatsApp Business Cloud API: the webhook's signed deliveries stored
 * first and worked after the commit ({@link id.djpk.portal.whatsapp.WhatsAppInbox}), the office's chatbot
 * ({@link id.djpk.portal.whatsapp.Chatbot}, a plain rule class), hand-over to agents as tickets with channel
 * WHATSAPP, answers and bot messages through an outbox to the Cloud API ({@link id.djpk.portal.whatsapp.CloudApi}),
 * and the chatbot's monthly figures. Depends on helpdesk (tickets, knowledge base) and reference data; nothing
 * depends on it except through {@link id.djpk.portal.helpdesk.ChannelSender}.
 */
package id.djpk.portal.whatsapp;

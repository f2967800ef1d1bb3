/**
 * The contact center "Dering DJPK" (DOMAIN.md §4): tickets from every channel, their requesters kept as
 * contacts, Layer 1 agents who answer or escalate, Layer 2 units who draft the answer within the callback
 * deadline and are scored for speed, the satisfaction survey, the knowledge base that new regulations make
 * stale, the import of the previous CRM's history and the monthly figures.
 *
 * <p>Channels plug in as sources: whatever takes a conversation in (the public form, an agent logging a
 * call, the import, later e-mail and WhatsApp) hands an {@link id.djpk.portal.helpdesk.Intake} to
 * {@link id.djpk.portal.helpdesk.HelpdeskService#open}, with its own reference so that the same conversation
 * handed in twice stays one ticket.
 */
package id.djpk.portal.helpdesk;

/**
 * The contact center's public side: the "Buat Tiket" form and {@code POST /api/tickets}, the ticket page
 * reached by its access link (answers and the requester's replies), the one-use satisfaction survey and the
 * FAQ search over the published knowledge base. Stateless like the PPID pages: plain forms, transient views.
 */
package id.djpk.portal.site.helpdesk;

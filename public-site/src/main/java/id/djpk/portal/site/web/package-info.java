/**
 * Web plumbing shared by every page: clean addresses forwarded to the Faces views (which live under
 * {@code WEB-INF} and are not reachable by their {@code .xhtml} names), common response headers, the static
 * assets' cache-busting version, and what every public form shares.
 *
 * <h2>Two ways a public page is served, on purpose</h2>
 * <ul>
 *   <li>{@link id.djpk.portal.site.web.PageServlet} with {@link id.djpk.portal.site.web.Routes}: the reading pages
 *   (home, publications, a publication, search). GET only, the same for every reader, so the page cache keeps them;
 *   their view asks request-scoped beans for its content. One servlet mapped in {@code web.xml} to exactly these
 *   addresses.</li>
 *   <li>One {@code @WebServlet} per capability ({@code PpidServlet}, {@code VisitServlet}, {@code HelpdeskServlet},
 *   and the reading servlets of DIP, reports and letter checks), mapped to the {@link id.djpk.portal.system.Links}
 *   paths: pages that take a POST (a multipart form read within {@link id.djpk.portal.site.web.RequestLimits}, an
 *   access code that must never travel in a URL), answer with their own status (400, 404, 413, 422, 429,
 *   post/redirect/get) and are never cached. The servlet decides, builds a model and hands it to a transient view
 *   with {@link id.djpk.portal.site.web.Pages#render}; no session, no view state.</li>
 * </ul>
 * A new reading page is a route; a new page that takes input is a servlet of its capability.
 *
 * <h2>Public forms</h2>
 * A form's page shows a {@link id.djpk.portal.site.web.FormModel} (typed values, messages beside fields, a general
 * message) through the one field include {@code WEB-INF/includes/form-field.xhtml}; lists are
 * {@link id.djpk.portal.site.web.Option}s. The page and the JSON API of a capability hand a submission to the same
 * intake ({@code PpidIntake}, {@code VisitIntake}, {@code TicketIntake}), which checks it, asks the
 * {@link id.djpk.portal.site.web.SubmissionLimit} and calls the service; it answers with an
 * {@link id.djpk.portal.site.web.Outcome}: accepted, or a {@link id.djpk.portal.site.web.Refusal} that the page shows
 * on the form and the API as JSON with the same status.
 */
package id.djpk.portal.site.web;

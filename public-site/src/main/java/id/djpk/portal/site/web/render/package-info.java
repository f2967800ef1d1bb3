/**
 * Faces components of the public site that write a list in one Java loop: the parts of the reading pages that repeat
 * (the filters' choices, publication cards, page links, the main menu).
 *
 * <p>A list written in Facelets with {@code ui:repeat} evaluates every expression of its body once per row through
 * the whole EL resolver chain (the row variable, the bean, the message bundle), and every {@code ui:fragment} of the
 * body decides per row whether it is shown: on a listing page that was 60% of the render's time (JFR, 5 December
 * 2026; docs/benchmarks.md, "Listing misses"). These components take the list as one value and write the same markup
 * with the page's {@link jakarta.faces.context.ResponseWriter}, which escapes text and attributes as Facelets does.
 * Their tags are declared by annotation in the namespace {@link id.djpk.portal.site.web.render.SiteComponents#NAMESPACE}.
 */
package id.djpk.portal.site.web.render;

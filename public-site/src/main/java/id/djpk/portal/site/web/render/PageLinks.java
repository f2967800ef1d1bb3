package id.djpk.portal.site.web.render;

import id.djpk.portal.site.publication.Pager;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code <s:pager value="#{listingPage}"/>}: the page links of a long list ({@link Pager.Paged}) as a
 * {@code <nav class="pager">}: previous, first, a few around the current page with gaps ("…") between, last, next;
 * the current page marked {@code aria-current="page"}. Nothing when the list has one page.
 */
@FacesComponent(value = PageLinks.TYPE, createTag = true, tagName = "pager", namespace = SiteComponents.NAMESPACE)
public class PageLinks extends SiteComponents<Pager.Paged> {

    static final String TYPE = "id.djpk.portal.site.PageLinks";

    @Override
    void write(FacesContext context, ResponseWriter out, Pager.Paged pages) throws IOException {
        List<Pager.PageLink> links = pages.getPageLinks();
        if (links == null || links.isEmpty()) {
            return;
        }
        ResourceBundle msg = messages(context);
        String pageWord = msg.getString("pager.page") + " ";
        out.startElement("nav", this);
        out.writeAttribute("class", "pager", null);
        out.writeAttribute("aria-label", msg.getString("pager.label"), null);
        out.startElement("ul", this);
        link(out, pages.getPreviousUrl(), "prev", msg.getString("pager.previous"));
        for (Pager.PageLink link : links) {
            out.startElement("li", this);
            if (link.isGap()) {
                out.startElement("span", this);
                out.writeAttribute("class", "pager-gap", null);
                out.writeAttribute("aria-hidden", "true", null);
                out.writeText("…", null);
                out.endElement("span");
            } else {
                out.startElement("a", this);
                out.writeAttribute("href", link.getUrl(), null);
                if (link.isCurrent()) {
                    out.writeAttribute("aria-current", "page", null);
                }
                out.startElement("span", this);
                out.writeAttribute("class", "visually-hidden", null);
                out.writeText(pageWord, null);
                out.endElement("span");
                out.writeText(Integer.toString(link.getNumber()), null);
                out.endElement("a");
            }
            out.endElement("li");
        }
        link(out, pages.getNextUrl(), "next", msg.getString("pager.next"));
        out.endElement("ul");
        out.endElement("nav");
    }

    private void link(ResponseWriter out, String url, String rel, String text) throws IOException {
        if (url == null || url.isEmpty()) {
            return;
        }
        out.startElement("li", this);
        out.startElement("a", this);
        out.writeAttribute("href", url, null);
        out.writeAttribute("rel", rel, null);
        out.writeText(text, null);
        out.endElement("a");
        out.endElement("li");
    }
}

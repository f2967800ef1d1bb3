package id.djpk.portal.site.web.render;

import id.djpk.portal.site.publication.ItemCard;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * {@code <s:publications value="#{listingPage.items}"/>}: one {@code <article class="pub-item">} per
 * {@link ItemCard} (home, listing, search results): the title as a heading linking to the publication, its type and
 * date, its summary if it has one. The heading is an {@code h2}, or an {@code h3} with {@code subheading="true"}
 * (cards under a section's own {@code h2}). Titles and summaries are written in Indonesian whatever the interface
 * language: {@code lang="id"} lets screen readers pronounce them right.
 */
@FacesComponent(value = PublicationCards.TYPE, createTag = true, tagName = "publications",
        namespace = SiteComponents.NAMESPACE)
public class PublicationCards extends SiteComponents<List<ItemCard>> {

    static final String TYPE = "id.djpk.portal.site.PublicationCards";

    @Override
    void write(FacesContext context, ResponseWriter out, List<ItemCard> cards) throws IOException {
        Object subheading = attribute("subheading");
        String heading = Boolean.TRUE.equals(subheading) || "true".equals(subheading) ? "h3" : "h2";
        for (ItemCard card : cards) {
            out.startElement("article", this);
            out.writeAttribute("class", "pub-item", null);

            out.startElement(heading, this);
            out.writeAttribute("class", "pub-heading", null);
            out.writeAttribute("lang", "id", null);
            out.startElement("a", this);
            out.writeAttribute("class", "pub-title", null);
            out.writeAttribute("href", card.getUrl(), null);
            out.writeText(card.getTitle(), null);
            out.endElement("a");
            out.endElement(heading);

            out.startElement("p", this);
            out.writeAttribute("class", "pub-meta", null);
            out.startElement("span", this);
            out.writeAttribute("class", "pub-type", null);
            out.writeText(card.getTypeLabel(), null);
            out.endElement("span");
            out.writeText(" ", null);
            out.startElement("span", this);
            out.writeAttribute("aria-hidden", "true", null);
            out.writeText("·", null);
            out.endElement("span");
            out.writeText(" ", null);
            out.startElement("time", this);
            out.writeAttribute("class", "pub-date", null);
            out.writeAttribute("datetime", card.getIsoDate(), null);
            out.writeText(card.getDate(), null);
            out.endElement("time");
            out.endElement("p");

            String summary = card.getSummary();
            if (summary != null && !summary.isEmpty()) {
                out.startElement("p", this);
                out.writeAttribute("class", "pub-summary", null);
                out.writeAttribute("lang", "id", null);
                out.writeText(summary, null);
                out.endElement("p");
            }
            out.endElement("article");
        }
    }
}

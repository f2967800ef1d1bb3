package id.djpk.portal.site.web.render;

import id.djpk.portal.site.web.SiteNav;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code <s:menu value="#{nav.items}"/>} inside the main menu's {@code <ul>}: one {@code <li>} with a link per
 * {@link SiteNav.Item}, its label translated, the entry of the page being shown marked {@code aria-current="page"}.
 */
@FacesComponent(value = MenuItems.TYPE, createTag = true, tagName = "menu", namespace = SiteComponents.NAMESPACE)
public class MenuItems extends SiteComponents<List<SiteNav.Item>> {

    static final String TYPE = "id.djpk.portal.site.MenuItems";

    @Override
    void write(FacesContext context, ResponseWriter out, List<SiteNav.Item> items) throws IOException {
        ResourceBundle msg = messages(context);
        for (SiteNav.Item item : items) {
            out.startElement("li", this);
            out.startElement("a", this);
            out.writeAttribute("href", item.getUrl(), null);
            if (item.isCurrent()) {
                out.writeAttribute("aria-current", "page", null);
            }
            out.writeText(msg.getString(item.getLabel()), null);
            out.endElement("a");
            out.endElement("li");
        }
    }
}

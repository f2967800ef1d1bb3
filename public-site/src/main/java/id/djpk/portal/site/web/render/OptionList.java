package id.djpk.portal.site.web.render;

import id.djpk.portal.site.web.Option;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * {@code <s:options value="#{listingPage.typeOptions}"/>} inside a {@code <select>}: one {@code <option>} per
 * {@link Option}, the chosen one marked {@code selected}.
 */
@FacesComponent(value = OptionList.TYPE, createTag = true, tagName = "options", namespace = SiteComponents.NAMESPACE)
public class OptionList extends SiteComponents<List<Option>> {

    static final String TYPE = "id.djpk.portal.site.OptionList";

    @Override
    void write(FacesContext context, ResponseWriter out, List<Option> options) throws IOException {
        for (Option option : options) {
            out.startElement("option", this);
            out.writeAttribute("value", option.value(), null);
            if (option.selected()) {
                out.writeAttribute("selected", "selected", null);
            }
            out.writeText(option.label(), null);
            out.endElement("option");
        }
    }
}

package id.djpk.portal.site.web.render;

import id.djpk.portal.site.web.Pages;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * What the site's components share: their tag namespace and family, the tag's {@code value} (the list to write;
 * nothing is written without one), and the page's messages.
 *
 * @param <T> what the {@code value} attribute gives
 */
public abstract class SiteComponents<T> extends UIComponentBase {

    /** The namespace of the components' tags in a view: {@code xmlns:s="https://djpk.kemenkeu.go.id/site"}. */
    public static final String NAMESPACE = "https://djpk.kemenkeu.go.id/site";

    static final String FAMILY = "id.djpk.portal.site";

    @Override
    public String getFamily() {
        return FAMILY;
    }

    /** Written whole by the component itself: no renderer, no children. */
    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // nothing: the list is written by encodeBegin
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        T value = attribute("value");
        if (value != null) {
            write(context, context.getResponseWriter(), value);
        }
    }

    /** Writes the markup of the tag's value. */
    abstract void write(FacesContext context, ResponseWriter out, T value) throws IOException;

    /** The value of a tag attribute: a literal, or an expression evaluated each time the page is written. */
    @SuppressWarnings("unchecked")
    <T> T attribute(String name) {
        return (T) getAttributes().get(name);
    }

    /** The site's texts (the views' {@code msg}) in the view's language. */
    static ResourceBundle messages(FacesContext context) {
        return Pages.bundle(context.getViewRoot().getLocale());
    }
}

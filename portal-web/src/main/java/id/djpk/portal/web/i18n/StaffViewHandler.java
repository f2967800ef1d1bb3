package id.djpk.portal.web.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A new view takes the staff member's chosen language ({@link LanguageBean}, Bahasa Indonesia unless they switch)
 * from the start, not the browser's Accept-Language. Faces would otherwise give the view the browser's language
 * until {@code <f:view locale>} is applied at render time, so texts a bean prepared earlier (in a view action,
 * e.g. the report's entry labels) came out in English on an English browser beside an Indonesian page.
 */
public class StaffViewHandler extends ViewHandlerWrapper {

    public StaffViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        try {
            return CDI.current().select(LanguageBean.class).get().getLocale();
        } catch (RuntimeException e) {
            // no request or session context (should not happen for a page): Faces' own choice
            return super.calculateLocale(context);
        }
    }
}

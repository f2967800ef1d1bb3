package id.djpk.portal.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The staff member's language: Bahasa Indonesia unless they switch to English. */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private Locale locale = INDONESIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public void switchTo(String code) {
        locale = "en".equals(code) ? Locale.ENGLISH : INDONESIAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}

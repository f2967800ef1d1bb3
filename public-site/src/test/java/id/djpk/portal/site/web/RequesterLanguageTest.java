package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.site.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The language a requester's e-mails are written in: the page's (its cookie's locale) or the API call's
 * ({@code Accept-Language}), unless the API's body names one in {@code language}.
 */
class RequesterLanguageTest {

    @Test
    void thePagesOrTheCallsLanguage() {
        assertEquals("en", Pages.requesterLanguage(null, Language.EN.locale()));
        assertEquals("id", Pages.requesterLanguage(" ", Language.ID.locale()));
    }

    @Test
    void theApisFieldWins() {
        assertEquals("en", Pages.requesterLanguage("en", Language.ID.locale()));
        assertEquals("id", Pages.requesterLanguage("id", Language.EN.locale()));
        assertEquals("id", Pages.requesterLanguage("fr", Language.EN.locale()), "a language the site has not: Indonesian");
    }
}

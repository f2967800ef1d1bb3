package id.djpk.portal.site.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    @Test
    void returnsOnlyToPathsOfThisSite() {
        assertEquals("/publikasi?jenis=berita", LanguageServlet.safeReturnPath("/publikasi?jenis=berita"));
        assertEquals("/", LanguageServlet.safeReturnPath(null));
        assertEquals("/", LanguageServlet.safeReturnPath(""));
        assertEquals("/", LanguageServlet.safeReturnPath("https://example.org/"));
        assertEquals("/", LanguageServlet.safeReturnPath("//example.org/"));
        assertEquals("/", LanguageServlet.safeReturnPath("/\\example.org"));
        assertEquals("/", LanguageServlet.safeReturnPath("/x\r\nSet-Cookie: a=b"));
    }
}

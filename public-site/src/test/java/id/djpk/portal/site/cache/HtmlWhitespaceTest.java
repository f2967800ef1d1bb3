package id.djpk.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlWhitespaceTest {

    private static String collapse(String html) {
        return new String(HtmlWhitespace.collapse(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void indentationAndEmptyLinesGo() {
        assertEquals("<ul>\n<li>Dana Desa</li>\n<li>Pajak Daerah</li>\n</ul>\n",
                collapse("<ul>\n    <li>Dana Desa</li>   \n\n\t<li>Pajak Daerah</li>\r\n  </ul>\n"));
    }

    @Test
    void blanksInsideALineStay() {
        assertEquals("<p>Peraturan <span>·</span> 16 Mei 2024</p>", collapse("<p>Peraturan <span>·</span> 16 Mei 2024</p>"));
        assertEquals("<p>Rp  1.000</p>", collapse("<p>Rp  1.000</p>"));
    }

    @Test
    void preformattedPagesAreLeftAlone() {
        String html = "<pre>\n    kode\n</pre>";
        assertEquals(html, collapse(html));
        String form = "<p>\n    Tanya</p>\n  <form>\n    <textarea>\n  baris\n</textarea></form>";
        assertEquals(form, collapse(form), "a verbatim tag after blanks already collapsed on the way");
    }

    @Test
    void onlyAWholeTagNameIsVerbatim() {
        assertEquals("<p>\na</p><pr", collapse("<p>\n   a</p><pr"));
        assertEquals("<p>\n<textare</p>", collapse("<p>\n  <textare</p>"));
    }

    @Test
    void tagsAtTheVeryEndAreRead() {
        assertEquals("x\n  <pre", collapse("x\n  <pre"), "a verbatim tag that ends the page");
        assertEquals("x\n<", collapse("x\n  <"));
        assertEquals("", collapse(""));
    }

    @Test
    void aPageWithNothingToCollapseIsTheSameArray() {
        byte[] html = "<p>Dana Desa</p>\n".getBytes(StandardCharsets.UTF_8);
        assertSame(html, HtmlWhitespace.collapse(html));
    }
}

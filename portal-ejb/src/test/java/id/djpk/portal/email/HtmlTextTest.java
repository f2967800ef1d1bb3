package id.djpk.portal.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsBreaksAndListsBecomeLinesAndScriptsDisappear() {
        String html = "<html><head><title>t</title><style>p{color:red}</style></head><body>"
                + "<script>alert('x')</script><p>Yth. Bapak/Ibu,</p><p>Mohon info:<br>1. DAU<br/>2.&nbsp;DBH</p>"
                + "<ul><li>satu</li><li>dua</li></ul><div>Salam,<br>Siti</div><!-- komentar --></body></html>";
        assertEquals("Yth. Bapak/Ibu,\n\nMohon info:\n1. DAU\n2. DBH\n\n- satu\n- dua\n\nSalam,\nSiti", HtmlText.toText(html));
    }

    @Test
    void linksKeepTheirAddressAndMarkupStaysText() {
        assertEquals("Lihat laman <https://djpk.kemenkeu.go.id/> ini.",
                HtmlText.toText("Lihat <a href=\"https://djpk.kemenkeu.go.id/\">laman</a> ini."));
        assertEquals("https://a.id", HtmlText.toText("<a href=\"https://a.id\">https://a.id</a>"));
        assertEquals("<b>bukan tag</b>", HtmlText.toText("&lt;b&gt;bukan tag&lt;/b&gt;"));
        assertEquals("x", HtmlText.toText("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("", HtmlText.toText(null));
    }
}

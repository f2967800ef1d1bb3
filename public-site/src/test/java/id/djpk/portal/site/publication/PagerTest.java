package id.djpk.portal.site.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static String shape(List<Pager.PageLink> links) {
        StringBuilder sb = new StringBuilder();
        for (Pager.PageLink l : links) {
            sb.append(l.isGap() ? "…" : l.isCurrent() ? "[" + l.getNumber() + "]" : String.valueOf(l.getNumber())).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void showsFirstLastAndNeighbours() {
        assertEquals("", shape(Pager.links(1, 1, p -> "/p" + p)));
        assertEquals("[1] 2 3", shape(Pager.links(1, 3, p -> "/p" + p)));
        assertEquals("1 … 8 9 [10] 11 12 … 64", shape(Pager.links(10, 64, p -> "/p" + p)));
        assertEquals("1 2 3 [4] 5 6 … 64", shape(Pager.links(4, 64, p -> "/p" + p)));
        List<Pager.PageLink> links = Pager.links(10, 64, p -> "/p" + p);
        assertEquals("/p64", links.get(links.size() - 1).getUrl());
    }

    @Test
    void pageNumbersFromRequestParameters() {
        assertEquals(1, Pager.pageNumber(null));
        assertEquals(1, Pager.pageNumber("abc"));
        assertEquals(1, Pager.pageNumber("-3"));
        assertEquals(1, Pager.pageNumber("99999999999"));
        assertEquals(3, Pager.pageNumber("3"));
    }

    @Test
    void downloadAddressesEncodeTheFileName() {
        assertEquals("/berkas/12/Data%20APBD%202024%2B.xlsx", Links.download(12, "Data APBD 2024+.xlsx"));
        assertEquals(12L, DownloadServlet.attachmentId("/12/Data APBD 2024+.xlsx"));
        assertEquals(null, DownloadServlet.attachmentId("/12/"));
        assertEquals(null, DownloadServlet.attachmentId("/abc/x.pdf"));
        assertEquals(null, DownloadServlet.attachmentId(null));
        assertEquals("inline; filename=\"Laporan_2024.pdf\"; filename*=UTF-8''Laporan%E2%80%942024.pdf",
                DownloadServlet.disposition("application/pdf", "Laporan—2024.pdf"));
        assertEquals("attachment; filename=\"a b.csv\"; filename*=UTF-8''a%20b.csv",
                DownloadServlet.disposition("text/csv", "a b.csv"));
    }
}

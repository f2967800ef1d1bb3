package id.djpk.portal.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmailIntakeTest {

    private static String name(String fileName, String mediaType) {
        return EmailIntake.fileName(new InboundEmail.Attachment(fileName, mediaType, 1, new byte[] {1}));
    }

    @Test
    void anUnnamedInlineImageOrPdfGetsANameItsContentCanBeCheckedAgainst() {
        assertEquals("laporan.pdf", name("laporan.pdf", "application/octet-stream"), "a name with an extension is kept");
        assertEquals("lampiran.png", name(null, "image/png"));
        assertEquals("lampiran.jpg", name("lampiran", "image/jpeg"));
        assertEquals("scan.pdf", name("scan", "application/pdf"));
        assertEquals("lampiran", name(null, "application/x-msdownload"), "no extension: refused as a type not allowed");
    }
}

package id.djpk.portal.letter;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the documents the portal writes for someone to keep share (a visit's confirmation letter, an Email Lapor
 * receipt): A4, one embedded font (any name a requester types prints as typed), the office's letterhead with its
 * address and contact center, and table cells. Each document adds its own body and the {@link QrFooter}.
 */
public final class OfficialPdf {

    /** The office's address in the letterhead. */
    public static final String ADDRESS = "Gedung Sutikno Slamet, Jalan Dr. Wahidin Raya Nomor 1, Jakarta Pusat 10710";
    /** The contact center under the address. */
    public static final String CONTACT = "Contact Center Dering DJPK \u2014 150420 \u2014 callcenter.djpk@kemenkeu.go.id";
    /** The last lines of every footer note. */
    public static final String ELECTRONIC = "Direktorat Jenderal Perimbangan Keuangan\n"
            + "Dokumen ini dibuat secara elektronik oleh portal layanan informasi DJPK.";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    /** The four sizes a document uses. */
    public record Fonts(Font title, Font normal, Font bold, Font small) {
    }

    private OfficialPdf() {
    }

    public static Fonts fonts() throws DocumentException, IOException {
        BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        return new Fonts(new Font(base, 12, Font.BOLD), new Font(base, 10), new Font(base, 10, Font.BOLD), new Font(base, 8));
    }

    /** An A4 document writing to {@code out}, titled and opened. */
    public static Document open(OutputStream out, String title) throws DocumentException {
        Document doc = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.addAuthor("Direktorat Jenderal Perimbangan Keuangan");
        doc.addCreator("Portal Layanan Informasi DJPK");
        doc.open();
        return doc;
    }

    /** The ministry and the directorate general, the address and the contact center, then {@code heading} if any. */
    public static void letterhead(Document doc, Fonts f, String heading) throws DocumentException {
        Paragraph head = new Paragraph("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PERIMBANGAN KEUANGAN", f.title());
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph sub = new Paragraph(ADDRESS + "\n" + CONTACT, f.small());
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(14);
        doc.add(sub);
        if (heading != null) {
            Paragraph h = new Paragraph(heading, f.title());
            h.setAlignment(Element.ALIGN_CENTER);
            h.setSpacingAfter(14);
            doc.add(h);
        }
    }

    /** A padded cell; an empty value shows as "-". */
    public static void cell(PdfPTable t, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null || text.isBlank() ? "-" : text, font));
        cell.setPadding(4);
        t.addCell(cell);
    }

    /** A label and its value. */
    public static void row(PdfPTable t, String label, String value, Fonts f) {
        cell(t, label, f.bold());
        cell(t, value, f.normal());
    }
}

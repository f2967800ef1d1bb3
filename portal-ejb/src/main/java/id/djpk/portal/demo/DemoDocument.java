package id.djpk.portal.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.GrayColor;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationRules;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.RegulationMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text of a demo regulation or notice to regions as a PDF, written from its metadata and summary, so that the
 * first thing a visitor of a demo portal tries (download a regulation) works. Every page says in its header and
 * across the page that it is demo content and not an official document of DJPK.
 */
public final class DemoDocument {

    static final String MARK = "DOKUMEN CONTOH PORTAL — BUKAN DOKUMEN RESMI DJPK";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    private DemoDocument() {
    }

    /** Whether the demo data ships a document for this item: regulations and notices to regions. */
    public static boolean hasDocument(PublicationDraft draft) {
        return draft.getType() == PublicationType.PERATURAN || draft.getType() == PublicationType.PEMBERITAHUAN;
    }

    /** The file name of the document: the item's title as a slug, ".pdf". */
    public static String fileName(PublicationDraft draft) {
        String slug = PublicationRules.slugOf(draft.getTitle());
        return (slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug) + ".pdf";
    }

    public static byte[] render(PublicationDraft draft) {
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font body = new Font(base, 11f);
            Font small = new Font(base, 8.5f);
            Font bold = new Font(base, 11f, Font.BOLD);
            Font title = new Font(base, 13f, Font.BOLD);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 64, 64, 72, 64);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new DemoMark(base));
            doc.addTitle(draft.getTitle());
            doc.addSubject(MARK);
            doc.addCreator("Portal Layanan Informasi DJPK (data demo)");
            doc.open();

            centered(doc, "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PERIMBANGAN KEUANGAN", bold, 0);
            RegulationMetadata reg = draft.getType() == PublicationType.PERATURAN ? draft.getRegulation() : null;
            if (reg != null && reg.getKind() != null) {
                centered(doc, reg.getKind().toUpperCase(Locale.forLanguageTag("id-ID")), title, 18);
                if (reg.citation() != null) {
                    centered(doc, reg.citation().toUpperCase(Locale.forLanguageTag("id-ID")), bold, 4);
                }
                if (reg.getAbout() != null) {
                    centered(doc, "TENTANG\n" + reg.getAbout().toUpperCase(Locale.forLanguageTag("id-ID")), bold, 10);
                }
            } else {
                centered(doc, draft.getTitle(), title, 18);
                if (draft.getLetterNumber() != null) {
                    centered(doc, "Nomor " + draft.getLetterNumber(), body, 4);
                }
            }
            Paragraph date = new Paragraph("Jakarta, " + DATE.format(dated(draft)), body);
            date.setAlignment(Element.ALIGN_RIGHT);
            date.setSpacingBefore(18);
            doc.add(date);
            if (draft.getSummary() != null && !draft.getSummary().isBlank()) {
                Paragraph summary = new Paragraph(draft.getSummary(), body);
                summary.setAlignment(Element.ALIGN_JUSTIFIED);
                summary.setSpacingBefore(14);
                summary.setLeading(16f);
                doc.add(summary);
            }
            Paragraph note = new Paragraph("Dokumen ini dibuat otomatis oleh portal dari metadata dan ringkasan publikasi "
                    + "sebagai data demo. Isi resmi dokumen tersedia dari sumber resmi DJPK (JDIH Kementerian Keuangan).", small);
            note.setSpacingBefore(24);
            doc.add(note);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("demo document for " + draft.getTitle(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate dated(PublicationDraft draft) {
        RegulationMetadata reg = draft.getRegulation();
        return reg != null && reg.getDateEnacted() != null ? reg.getDateEnacted() : draft.getDocDate();
    }

    private static void centered(Document doc, String text, Font font, float before) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        doc.add(p);
    }

    /** The demo marking on every page: a header line and a light diagonal band. */
    private static final class DemoMark extends PdfPageEventHelper {
        private final BaseFont base;

        DemoMark(BaseFont base) {
            this.base = base;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte over = writer.getDirectContent();
            ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase(MARK, new Font(base, 8f, Font.NORMAL, GrayColor.GRAYBLACK)),
                    (document.left() + document.right()) / 2, document.top() + 30, 0);
            PdfContentByte under = writer.getDirectContentUnder();
            ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
                    new Phrase("CONTOH", new Font(base, 96f, Font.BOLD, new GrayColor(0.92f))),
                    (document.left() + document.right()) / 2, (document.top() + document.bottom()) / 2, 45);
        }
    }
}

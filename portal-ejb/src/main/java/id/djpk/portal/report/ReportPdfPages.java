package id.djpk.portal.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Color;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The page mechanics of {@link ReportPdf}, kept apart from what the report says: the table of contents on page 2,
 * each section's heading on a page of its own with its bookmark, and the running header and the footer "Halaman N
 * dari M" on every page but the cover.
 *
 * <p>All of it in one rendering pass: a section's page and the number of pages are not known while the table of
 * contents is written, so each entry's page number and the footer's total are {@link PdfTemplate}s, small pieces of
 * content the writer outputs only when the document closes. A section's number is written into its template when its
 * heading is laid out on a page ({@link #onGenericTag}, which names the exact page even if the heading did not land
 * where it was added); the total when the document closes. A section that was never begun gets "–", never a blank.
 * Every text here is in the embedded font: a viewer or printer never falls back to one of its own.
 */
final class ReportPdfPages extends PdfPageEventHelper {

    private static final Color GREY = new Color(0x5f, 0x6b, 0x7a);
    private static final Color RULE = new Color(0xd9, 0xe2, 0xec);
    private static final float RUNNING_SIZE = 8f;
    private static final float NUMBER_SIZE = 10f;
    /** Room for a page number in the contents and for the footer's total: three digits. */
    private static final String ROOM = "000";

    private final BaseFont base;
    private final String running;
    private final Runnable closing;
    private final Map<ReportPdf.Section, PdfTemplate> numbers = new EnumMap<>(ReportPdf.Section.class);
    private final Set<ReportPdf.Section> begun = EnumSet.noneOf(ReportPdf.Section.class);
    private PdfTemplate total;
    private int lastPage;

    /**
     * @param base the embedded font of every text this class writes
     * @param running the running header ("Laporan Layanan Informasi DJPK · November 2023")
     * @param closing told when the document closes, before the last templates are written (the progress step)
     */
    ReportPdfPages(BaseFont base, String running, Runnable closing) {
        this.base = base;
        this.running = running;
        this.closing = closing;
    }

    /**
     * The table of contents ("Daftar Isi") on the current page: one line per section in the report's order, its
     * title and page number linked to the section's heading, a dotted leader between them.
     */
    void contents(Document doc, PdfWriter writer, Font title, Font entry) throws DocumentException {
        Paragraph heading = new Paragraph("Daftar Isi", title);
        heading.setSpacingAfter(12);
        doc.add(heading);
        float width = base.getWidthPoint(ROOM, NUMBER_SIZE);
        float descent = -base.getFontDescriptor(BaseFont.DESCENT, NUMBER_SIZE);
        for (ReportPdf.Section s : ReportPdf.Section.values()) {
            PdfTemplate number = writer.getDirectContent().createTemplate(width, NUMBER_SIZE + descent);
            numbers.put(s, number);
            Paragraph line = new Paragraph("", entry); // its spacing is written in the paragraph's font: not Helvetica
            line.setSpacingAfter(4);
            line.add(new Chunk(s.title, entry).setLocalGoto(s.anchor()));
            line.add(new Chunk(" ", entry));
            line.add(new Chunk(new DottedLineSeparator()));
            // the template's baseline (descent above its bottom) on the line's baseline
            Chunk page = new Chunk(Image.getInstance(number), 0, -descent);
            line.add(page.setLocalGoto(s.anchor()));
            doc.add(line);
        }
    }

    /**
     * A section's heading: the named destination the contents link to, and the tag that tells this class on which
     * page the heading was laid out. The caller begins the page.
     */
    Paragraph heading(ReportPdf.Section s, Font font) {
        Chunk title = new Chunk(s.title, font);
        title.setLocalDestination(s.anchor());
        title.setGenericTag(s.name());
        Paragraph p = new Paragraph(title);
        p.setSpacingAfter(6);
        return p;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(base.getWidthPoint(ROOM, RUNNING_SIZE), RUNNING_SIZE + 2);
    }

    /** A section's heading was laid out: its page number into the contents, and its bookmark (the first time only). */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        ReportPdf.Section s = ReportPdf.Section.valueOf(text);
        if (!begun.add(s)) { // a heading wrapped on two lines is told twice
            return;
        }
        number(s, String.valueOf(writer.getPageNumber()));
        new PdfOutline(writer.getDirectContent().getRootOutline(), new PdfDestination(PdfDestination.FITH,
                rect.getTop() + 6), s.title);
    }

    private void number(ReportPdf.Section s, String text) {
        PdfTemplate t = numbers.get(s);
        t.beginText();
        t.setFontAndSize(base, NUMBER_SIZE);
        t.showTextAligned(Element.ALIGN_RIGHT, text, t.getWidth(), -base.getFontDescriptor(BaseFont.DESCENT, NUMBER_SIZE), 0);
        t.endText();
    }

    /** The running header and "Halaman N dari M" on every page but the cover. */
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        lastPage = writer.getPageNumber();
        if (lastPage == 1) {
            return;
        }
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 24;
        float bottom = document.bottom() - 30;
        cb.saveState();
        cb.setColorStroke(RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, top - 5);
        cb.lineTo(right, top - 5);
        cb.moveTo(left, bottom + 12);
        cb.lineTo(right, bottom + 12);
        cb.stroke();
        cb.setColorFill(GREY);
        cb.beginText();
        cb.setFontAndSize(base, RUNNING_SIZE);
        cb.showTextAligned(Element.ALIGN_LEFT, running, left, top, 0);
        String page = "Halaman " + lastPage + " dari ";
        float room = total.getWidth();
        cb.showTextAligned(Element.ALIGN_RIGHT, page, right - room, bottom, 0);
        cb.endText();
        cb.addTemplate(total, right - room, bottom);
        cb.restoreState();
    }

    /** The closing step; then the number of pages into every footer, and "–" for a section that was never begun. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        closing.run();
        total.beginText();
        total.setFontAndSize(base, RUNNING_SIZE);
        total.setColorFill(GREY);
        total.showTextAligned(Element.ALIGN_LEFT, String.valueOf(lastPage), 0, 0, 0);
        total.endText();
        for (ReportPdf.Section s : ReportPdf.Section.values()) {
            if (!begun.contains(s)) {
                number(s, "–");
            }
        }
    }
}

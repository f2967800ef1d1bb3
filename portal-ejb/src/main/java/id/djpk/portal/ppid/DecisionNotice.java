package id.djpk.portal.ppid;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The written notice of art. 22(7) UU 14/2008 as an A4 PDF: whether the information is held, the decision
 * with its reasons (and, when withholding, the art. 17 ground and the consequence test), the form of
 * delivery, what is given, and that no fee is charged. Fonts are embedded so the notice prints the same
 * everywhere.
 */
final class DecisionNotice {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private DecisionNotice() {
    }

    static byte[] render(InformationRequest r, List<ReleasedInformation> given, LocalDate day, String officerName,
            String letterNumber, PpidLetters letters) {
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font body = new Font(base, 10.5f);
            Font small = new Font(base, 8.5f);
            Font bold = new Font(base, 10.5f, Font.BOLD);
            Font title = new Font(base, 13f, Font.BOLD);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(letters.text("notice.title") + " " + r.getTrackingNumber());
            doc.addAuthor(letters.text("notice.signature"));
            doc.addCreator("Portal Layanan Informasi DJPK");
            doc.open();

            Paragraph head = new Paragraph(letters.text("office") + "\n" + letters.text("ppid"), bold);
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph heading = new Paragraph(letters.text("notice.title"), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingBefore(14);
            doc.add(heading);
            Paragraph number = new Paragraph(letters.text("notice.number", letterNumber), body);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(12);
            doc.add(number);

            doc.add(para(letters.text("notice.basis", r.getTrackingNumber(), PpidLetters.date(r.getReceiptDay())), body));

            PdfPTable table = new PdfPTable(new float[] {32, 68});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            row(table, letters.text("notice.requester"), r.getName(), bold, body);
            row(table, letters.text("notice.address"), r.getAddress(), bold, body);
            row(table, letters.text("notice.contact"), r.getPhone() + (r.getEmail() == null ? "" : " / " + r.getEmail()), bold, body);
            row(table, letters.text("notice.information"), r.getInformation(), bold, body);
            row(table, letters.text("notice.purpose"), r.getPurpose(), bold, body);
            boolean held = r.getDecision() != Decision.NOT_HELD;
            String heldText = held ? letters.text("notice.held.yes") : letters.text("notice.held.no") + " "
                    + (r.getHoldingBody() == null ? letters.text("notice.holderUnknown")
                            : letters.text("notice.holder", r.getHoldingBody()));
            row(table, letters.text("notice.held"), heldText, bold, body);
            row(table, letters.text("notice.decision"), letters.text("decision." + r.getDecision().name()), bold, bold);
            row(table, letters.text("notice.reasons"), r.getDecisionText(), bold, body);
            if (r.getExemptionGround() != null) {
                row(table, letters.text("notice.ground"), letters.text("ground." + r.getExemptionGround().name()), bold, body);
                row(table, letters.text("notice.consequence"), r.getConsequenceTest(), bold, body);
            }
            if (held) {
                row(table, letters.text("notice.form"), letters.text("obtain." + r.getObtainMethod().name()), bold, body);
                row(table, letters.text("notice.delivery"), letters.text("delivery." + r.getDeliveryMethod().name()), bold, body);
                StringBuilder list = new StringBuilder();
                for (ReleasedInformation g : given) {
                    if (g.getKind() == ReleasedInformation.Kind.FILE) {
                        list.append("• ").append(g.getTitle()).append(" (").append(g.getFileName()).append(")\n");
                    } else if (g.getKind() == ReleasedInformation.Kind.PUBLICATION) {
                        list.append("• ").append(g.getTitle()).append("\n  ").append(letters.publicationLink(g.getSlug())).append('\n');
                    }
                }
                row(table, letters.text("notice.released"), list.isEmpty() ? letters.text("notice.releasedNone")
                        : list.toString().strip(), bold, body);
            }
            row(table, letters.text("notice.fee"), letters.text("notice.fee.none"), bold, body);
            doc.add(table);

            Paragraph objection = para(letters.text("notice.objection"), body);
            objection.setSpacingBefore(10);
            doc.add(objection);

            Paragraph sign = new Paragraph(letters.text("notice.place", PpidLetters.date(day)) + "\n"
                    + letters.text("notice.signature") + "\n\n" + letters.text("notice.officer", officerName), body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(24);
            doc.add(sign);

            Paragraph foot = new Paragraph(letters.text("notice.footer", r.getTrackingNumber()), small);
            foot.setSpacingBefore(24);
            doc.add(foot);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the decision notice could not be written", e);
        }
    }

    private static Paragraph para(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setLeading(0, 1.3f);
        return p;
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell l = new PdfPCell(new Phrase(label, labelFont));
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "—" : value, valueFont));
        l.setPadding(5);
        v.setPadding(5);
        table.addCell(l);
        table.addCell(v);
    }
}

package id.djpk.portal.letter;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;

/**
 * The foot of every document the portal writes for someone to keep (a confirmation letter, a report's receipt): a QR
 * code that opens its public check, and beside it the note saying how to check it.
 */
public final class QrFooter {

    private QrFooter() {
    }

    public static void add(Document doc, String url, String note, Font font) throws DocumentException, IOException {
        Image qr = Image.getInstance(QrCode.png(url, 4));
        qr.scaleToFit(96, 96);
        PdfPTable foot = new PdfPTable(new float[] {1f, 3f});
        foot.setWidthPercentage(100);
        foot.setSpacingBefore(16);
        PdfPCell qrCell = new PdfPCell(qr, false);
        qrCell.setBorder(PdfPCell.NO_BORDER);
        foot.addCell(qrCell);
        PdfPCell text = new PdfPCell(new Phrase(note, font));
        text.setBorder(PdfPCell.NO_BORDER);
        foot.addCell(text);
        doc.add(foot);
    }
}

package id.djpk.portal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files of each kind, made in memory, for upload tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF whose text layer holds the given lines. */
    public static byte[] pdf(String... lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest spreadsheet package Tika recognises as XLSX. */
    public static byte[] xlsx() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv() {
        return "kode,daerah,pagu\n11.01,Kab. Aceh Selatan,1271000000\n".getBytes(StandardCharsets.UTF_8);
    }

    /** Text that only pretends to be a PDF by its name. */
    public static byte[] fakePdf() {
        return "<html><body>bukan PDF</body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A decompression bomb: a one-page PDF of about {@code gigabytes} MB whose page content inflates to
     * {@code gigabytes} GB of zeros. The compressed stream is one block of a MB of zeros repeated (the
     * inflater's window holds only zeros, so every copy decodes alike); nothing large is ever in memory.
     */
    public static byte[] pdfBomb(int gigabytes) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1024 * 1024]);
        byte[] buffer = new byte[64 * 1024];
        int n = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.SYNC_FLUSH);
        deflater.end();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.cos.COSStream content = doc.getDocument().createCOSStream();
            try (java.io.OutputStream raw = content.createRawOutputStream()) {
                raw.write(new byte[] {0x78, (byte) 0xda}); // zlib header, as FlateDecode expects
                for (int i = 0; i < gigabytes * 1024; i++) {
                    raw.write(buffer, 0, n);
                }
                raw.write(new byte[] {0x03, 0x00}); // the final, empty block
            }
            content.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, content);
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code pages} blank pages. */
    public static byte[] pdfWithPages(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.djpk.portal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The QR code on generated letters is a PNG that a reader decodes back to the verification address. */
class QrCodeTest {

    @Test
    void thePngDecodesToTheVerificationAddress() throws Exception {
        String url = LetterService.verificationUrl("https://djpk.example", "S-KJ-7QF3KX/PK.1/2026", LocalDate.of(2026, 11, 23));
        assertEquals("https://djpk.example/cek-surat?nomor=S-KJ-7QF3KX%2FPK.1%2F2026&tanggal=2026-11-23", url);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(url, 4)));
        assertEquals(0, image.getWidth() % 4, "whole modules");
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(url, new QRCodeReader().decode(bitmap).getText());
    }
}

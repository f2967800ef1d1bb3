package id.djpk.portal.whatsapp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The Cloud API's JSON for files an agent sends: the stored file named until sending, then Meta's media id. */
class CloudApiPayloadTest {

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void aDocumentCarriesItsNameAndIsSentByTheUploadsMediaId() {
        String queued = CloudApi.payload("6281234567890",
                new Outgoing.File("sealed/ab/" + "a".repeat(64), "jadwal-dau.pdf", "application/pdf", "Jadwal terlampir"));
        assertEquals("document", json(queued).getString("type"));
        assertArrayEquals(new String[] {"sealed/ab/" + "a".repeat(64), "application/pdf", "jadwal-dau.pdf"}, CloudApi.fileOf(queued));

        JsonObject sent = json(CloudApi.withMedia(queued, "1166846181421424"));
        JsonObject document = sent.getJsonObject("document");
        assertEquals("1166846181421424", document.getString("id"));
        assertEquals("jadwal-dau.pdf", document.getString("filename"));
        assertEquals("Jadwal terlampir", document.getString("caption"));
        assertFalse(document.containsKey(CloudApi.FILE_KEY) || document.containsKey(CloudApi.FILE_TYPE), sent.toString());
        assertEquals("6281234567890", sent.getString("to"));
        assertEquals("whatsapp", sent.getString("messaging_product"));
    }

    @Test
    void anImageGoesAsAnImageWithoutAFileName() {
        String queued = CloudApi.payload("6281234567890", new Outgoing.File("ab/" + "b".repeat(64), "peta.png", "image/png", null));
        JsonObject image = json(CloudApi.withMedia(queued, "MEDIA-1")).getJsonObject("image");
        assertEquals("MEDIA-1", image.getString("id"));
        assertFalse(image.containsKey("filename") || image.containsKey("caption"), image.toString());
    }

    @Test
    void otherMessagesNameNoFile() {
        assertNull(CloudApi.fileOf(CloudApi.payload("6281234567890", new Outgoing.Text("Halo"))));
        assertNull(CloudApi.fileOf("not json"));
        assertTrue(new Outgoing.File("k", "surat.pdf", "application/pdf", "Terlampir").transcript().contains("surat.pdf"));
    }
}

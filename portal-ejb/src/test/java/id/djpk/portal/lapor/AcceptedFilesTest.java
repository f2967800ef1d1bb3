package id.djpk.portal.lapor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.djpk.portal.document.FileKind;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The files a report type takes: kinds from the five, 1 to 50 MB a file, what is left out kept. */
class AcceptedFilesTest {

    static final AcceptedFiles PDF_10 = new AcceptedFiles(EnumSet.of(FileKind.PDF), 10);

    @Test
    void aNewTypeTakesEveryAllowedKindAndFiftyMegabytes() {
        assertEquals(EnumSet.of(FileKind.PDF, FileKind.XLSX, FileKind.XLS, FileKind.DOCX, FileKind.ZIP), AcceptedFiles.DEFAULT.kinds());
        assertEquals(50L * 1024 * 1024, AcceptedFiles.DEFAULT.maxBytes());
        assertEquals(AcceptedFiles.DEFAULT, AcceptedFiles.of(null, null, AcceptedFiles.DEFAULT));
    }

    @Test
    void whatIsLeftOutStaysAsItWas() {
        assertEquals(PDF_10, AcceptedFiles.of(null, null, PDF_10));
        assertEquals(new AcceptedFiles(EnumSet.of(FileKind.PDF), 3), AcceptedFiles.of(null, 3, PDF_10));
        AcceptedFiles kinds = AcceptedFiles.of(List.of("zip", " xlsx ", "PDF"), null, PDF_10);
        assertEquals(EnumSet.of(FileKind.PDF, FileKind.XLSX, FileKind.ZIP), kinds.kinds());
        assertEquals(List.of("PDF", "XLSX", "ZIP"), kinds.kindNames(), "in the order of the kinds, whatever the order written");
        assertEquals("PDF, XLSX, ZIP", kinds.kindsText());
        assertEquals(10, kinds.maxMb());
    }

    @ParameterizedTest(name = "{0} / {1} MB -> {2}")
    @CsvSource(delimiter = ';', value = {
        "PDF;1;",
        "PDF,XLSX,XLS,DOCX,ZIP;50;",
        "PDF;0;maxMb",
        "PDF;51;maxMb",
        "PDF;-5;maxMb",
        "PNG;10;accepts",
        "PDF,CSV;10;accepts",
        "PDF,NOPE;10;accepts",
        "'';10;accepts",
        "PPTX;0;accepts maxMb"})
    void kindsAndSizeAreChecked(String kinds, int maxMb, String fields) {
        List<String> written = kinds.isEmpty() ? List.of() : Arrays.asList(kinds.split(","));
        List<String> expected = fields == null ? List.of() : List.of(fields.split(" "));
        assertEquals(expected, AcceptedFiles.violations(written, maxMb).stream().map(Violation::field).toList());
        if (expected.isEmpty()) {
            assertEquals(maxMb, AcceptedFiles.of(written, maxMb, PDF_10).maxMb());
        } else {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AcceptedFiles.of(written, maxMb, PDF_10));
            assertEquals(expected, e.getViolations().stream().map(Violation::field).toList());
        }
    }

    @Test
    void theMessagesNameWhatFits() {
        List<Violation> v = AcceptedFiles.violations(List.of("PNG"), 0);
        assertEquals("lapor.acceptsKinds", v.get(0).key());
        assertEquals(List.of("PDF, XLSX, XLS, DOCX, ZIP"), v.get(0).arguments());
        assertEquals("lapor.maxMb", v.get(1).key());
        assertEquals(List.of(50), v.get(1).arguments());
    }

    @Test
    void aValueOutsideTheRulesCannotBeMade() {
        assertThrows(InvalidInputException.class, () -> new AcceptedFiles(EnumSet.of(FileKind.PNG), 10));
        assertThrows(InvalidInputException.class, () -> new AcceptedFiles(EnumSet.noneOf(FileKind.class), 10));
        assertThrows(InvalidInputException.class, () -> new AcceptedFiles(EnumSet.of(FileKind.PDF), 51));
    }
}

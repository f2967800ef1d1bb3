package id.djpk.portal.report.social;

import static id.djpk.portal.report.social.Samples.MARCH_2024;
import static id.djpk.portal.report.social.Samples.open;
import static id.djpk.portal.report.social.Samples.read;
import static id.djpk.portal.report.social.Samples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocialMediaExportsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "meta-instagram-content.csv                | INSTAGRAM_FEED INSTAGRAM_STORY | Meta Business Suite",
            "meta-facebook-content.csv                 | FACEBOOK                       | Meta Business Suite",
            "meta-facebook-page-insights.csv           | FACEBOOK                       | Meta Business Suite",
            "meta-insights-reach.csv                   | INSTAGRAM_FEED FACEBOOK        | Meta Business Suite",
            "meta-insights-instagram-profile-visits.csv| INSTAGRAM_FEED                 | Meta Business Suite",
            "x-tweet-activity.csv                      | X                              | X Analytics",
            "x-account-overview.csv                    | X                              | X Analytics",
            "youtube-table-data-content.csv            | YOUTUBE                        | YouTube Studio",
            "youtube-table-data-date.csv               | YOUTUBE                        | YouTube Studio",
            "tiktok-overview.csv                       | TIKTOK                         | TikTok Studio",
            "tiktok-follower-history.csv               | TIKTOK                         | TikTok Studio",
            "tiktok-content.csv                        | TIKTOK                         | TikTok Studio"})
    void recognisesEachExportByItsHeader(String file, String platforms, String export) {
        // the name says nothing: every sample is uploaded as "upload.csv"
        List<PlatformMonth> figures = SocialMediaExports.read("upload.csv", open(file), MARCH_2024);
        assertEquals(platforms, String.join(" ", figures.stream().map(f -> f.platform().name()).toList()));
        figures.forEach(f -> assertEquals(export + ": upload.csv", f.source()));
        figures.forEach(f -> assertEquals(MARCH_2024, f.month()));
    }

    @Test
    void refusesAFileItDoesNotRecognise() {
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> read("not-an-export.csv", MARCH_2024));
        assertEquals(SocialExportException.UNRECOGNISED, e.getKey());
        assertEquals("Berkas \"not-an-export.csv\" bukan ekspor Meta Business Suite, X, YouTube Studio atau TikTok "
                + "yang dikenali: kolom yang dikenal (mis. \"Publish time\", \"Tweet id\", \"Video publish time\", "
                + "\"Video Views\") tidak ditemukan. Kolom berkas: \"Tanggal Transaksi\", \"Keterangan\", \"Jumlah\".",
                e.getMessage());
        assertEquals("The file \"not-an-export.csv\" is not a Meta Business Suite, X, YouTube Studio or TikTok export "
                + "this portal knows: none of the known columns (e.g. \"Publish time\", \"Tweet id\", "
                + "\"Video publish time\", \"Video Views\") was found. Columns of the file: \"Tanggal Transaksi\", "
                + "\"Keterangan\", \"Jumlah\".", e.message(Locale.ENGLISH));
    }

    @Test
    void refusesAMonthTheFileDoesNotHoldAndSaysWhatItHolds() {
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> read("youtube-table-data-date.csv", YearMonth.of(2024, 6)));
        assertEquals(SocialExportException.NO_DATA_FOR_MONTH_RANGE, e.getKey());
        assertEquals(List.of("youtube-table-data-date.csv", YearMonth.of(2024, 6), LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 4, 1)), List.of(e.getArguments()));
        assertEquals("Berkas \"youtube-table-data-date.csv\" tidak memuat data untuk Juni 2024: datanya dari "
                + "29 Februari 2024 sampai 1 April 2024.", e.message(Locale.forLanguageTag("id-ID")));
        assertEquals("The file \"youtube-table-data-date.csv\" has no data for June 2024: its data runs from "
                + "29 February 2024 to 1 April 2024.", e.message(Locale.ENGLISH));
    }

    @Test
    void rowsOutsideTheMonthAreNotData() {
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> read("meta-instagram-content.csv", YearMonth.of(2024, 1)));
        assertEquals("Berkas \"meta-instagram-content.csv\" tidak memuat data untuk Januari 2024: datanya dari "
                + "29 Februari 2024 sampai 1 April 2024.", e.getMessage());
    }

    @Test
    void refusesAFileWithOnlyAHeader() {
        SocialExportException e = assertThrows(SocialExportException.class, () -> SocialMediaExports.read(
                "Overview.csv", text("\"Date\",\"Video Views\",\"Profile Views\"\n"), MARCH_2024));
        assertEquals("Berkas \"Overview.csv\" tidak memuat data untuk Maret 2024.", e.getMessage());
    }

    @Test
    void refusesAnotherFormatWhenOneIsAsked() {
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> new XAnalyticsExport().read("tiktok.csv", open("tiktok-overview.csv"), MARCH_2024));
        assertEquals(SocialExportException.NOT_THIS_FORMAT, e.getKey());
        assertEquals("Berkas \"tiktok.csv\" bukan ekspor X Analytics yang dikenali. Kolom berkas: \"Date\", "
                + "\"Video Views\", \"Profile Views\", \"Likes\", \"Comments\", \"Shares\".", e.getMessage());
    }

    @Test
    void refusesAZipOrWorkbook() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        SocialExportException e = assertThrows(SocialExportException.class, () -> SocialMediaExports.read(
                "Overview_2024-03-01_1711900000_ditjenpk.zip", new ByteArrayInputStream(zip), MARCH_2024));
        assertEquals(SocialExportException.NOT_CSV, e.getKey());
    }

    @Test
    void refusesAnEmptyFile() {
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> SocialMediaExports.read("kosong.csv", new ByteArrayInputStream(new byte[0]), MARCH_2024));
        assertEquals("Berkas \"kosong.csv\" kosong.", e.getMessage());
    }

    @Test
    void readsAFileAtTheByteLimitAndRefusesOneByteMore() {
        String csv = "\"Date\",\"Video Views\",\"Profile Views\"\n\"March 1\",\"5\",\"1\"\n";
        int size = csv.getBytes(StandardCharsets.UTF_8).length;
        SocialMediaExports.Limits exact = new SocialMediaExports.Limits(size, 10);
        assertEquals(5L, SocialMediaExports.read("o.csv", text(csv), MARCH_2024, exact).get(0).views());

        SocialMediaExports.Limits tight = new SocialMediaExports.Limits(size - 1, 10);
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> SocialMediaExports.read("o.csv", text(csv), MARCH_2024, tight));
        assertEquals(SocialExportException.TOO_LARGE, e.getKey());
    }

    @Test
    void refusesMoreThanTwentyMegabytes() {
        // a stream that never ends: the reader stops after the limit instead of reading it all
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> SocialMediaExports.read("besar.csv", endless, MARCH_2024));
        assertEquals("Berkas \"besar.csv\" lebih besar dari batas 20 MB untuk ekspor media sosial. Ekspor ulang "
                + "untuk rentang waktu yang lebih pendek.", e.getMessage());
        assertEquals("The file \"besar.csv\" is larger than the 20 MB limit for social-media exports. Export a "
                + "shorter period again.", e.message(Locale.ENGLISH));
    }

    @Test
    void readsTheRowLimitAndRefusesOneRowMore() {
        SocialMediaExports.Limits three = new SocialMediaExports.Limits(1_000_000, 3);
        String header = "Date,Views,Watch time (hours)\n";
        String rows = "2024-03-01,1,0\n2024-03-02,2,0\n2024-03-03,4,0\n";
        assertEquals(7L, SocialMediaExports.read("t.csv", text(header + rows), MARCH_2024, three).get(0).views());
        SocialExportException e = assertThrows(SocialExportException.class, () -> SocialMediaExports.read("t.csv",
                text(header + rows + "2024-03-04,8,0\n"), MARCH_2024, three));
        assertEquals("Berkas \"t.csv\" berisi lebih dari 3 baris. Ekspor ulang untuk rentang waktu yang lebih pendek.",
                e.getMessage());
    }

    @Test
    void refusesMoreThanTwoHundredThousandRows() {
        StringBuilder csv = new StringBuilder("Date,Views,Watch time (hours)\n");
        for (int i = 0; i <= 200_000; i++) {
            csv.append("2024-03-01,1,0\n");
        }
        SocialExportException e = assertThrows(SocialExportException.class,
                () -> SocialMediaExports.read("panjang.csv", text(csv.toString()), MARCH_2024));
        assertEquals(SocialExportException.TOO_MANY_ROWS, e.getKey());
        assertEquals("Berkas \"panjang.csv\" berisi lebih dari 200.000 baris. Ekspor ulang untuk rentang waktu yang "
                + "lebih pendek.", e.getMessage());
    }

    @Test
    void readsTwoHundredThousandRows() {
        StringBuilder csv = new StringBuilder("Date,Views,Watch time (hours)\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("2024-03-01,1,0\n");
        }
        assertEquals(200_000L, SocialMediaExports.read("panjang.csv", text(csv.toString()), MARCH_2024).get(0)
                .views());
    }
}

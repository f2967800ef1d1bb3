package id.djpk.portal.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The portal's addresses in one place: the paths of the public site (the servlets map these constants) and the
 * absolute links that letters, e-mails, QR codes and the staff portal hand to people. An access code only ever
 * travels in the fragment ({@code #kode=…}), which browsers do not send to the server or to other sites.
 */
@ApplicationScoped
public class Links {

    // ---------------------------------------------------------------- public site paths

    public static final String PUBLICATION = "/publikasi/";
    public static final String REPORTS = "/laporan";
    public static final String PPID_FORM = "/ppid/permohonan";
    public static final String PPID_STATUS = "/ppid/status";
    public static final String PPID_OBJECTION = "/ppid/keberatan";
    public static final String PPID_RECEIPT = "/ppid/diterima";
    public static final String PPID_DOWNLOAD = "/ppid/berkas";
    public static final String PPID_DIP = "/ppid/dip";
    public static final String VISIT_FORM = "/kunjungan/permohonan";
    public static final String VISIT_STATUS = "/kunjungan/status";
    public static final String VISIT_SCHEDULE = "/kunjungan/jadwal";
    public static final String TICKET_FORM = "/tiket/baru";
    public static final String TICKET = "/tiket/lihat";
    public static final String SURVEY = "/tiket/survei";
    public static final String FAQ = "/faq";
    public static final String LETTER_CHECK = "/cek-surat";
    public static final String LETTER_FILES = "/cek-surat/berkas/";
    /** Where a blast e-mail's link withdraws the consent to announcements (the code in the fragment). */
    public static final String UNSUBSCRIBE = "/berhenti";
    /** Email Lapor: the regions' report form, its receipt and the status by receipt number and access code. */
    public static final String LAPOR_FORM = "/lapor";
    public static final String LAPOR_RECEIPT = "/lapor/diterima";
    public static final String LAPOR_STATUS = "/lapor/status";
    public static final String LAPOR_RECEIPT_PDF = "/lapor/tanda-terima";

    // ---------------------------------------------------------------- staff portal paths (below /portal)

    public static final String STAFF_PPID_QUEUE = "/ppid/antrian.xhtml";
    public static final String STAFF_L2_TICKET = "/helpdesk/l2/tiket.xhtml";
    public static final String STAFF_REPORT = "/laporan/laporan.xhtml";

    @Inject
    PortalConfig config;

    private String publicBase;

    /** Links outside the container (unit tests, command-line tools). */
    public static Links of(String publicBaseUrl) {
        Links l = new Links();
        l.publicBase = trim(publicBaseUrl);
        return l;
    }

    /** The public site's address without a trailing slash ({@code portal.public.base-url}). */
    public String publicBase() {
        if (publicBase == null) {
            publicBase = trim(config.publicBaseUrl());
        }
        return publicBase;
    }

    /** The staff portal's address without a trailing slash. */
    public String staffBase() {
        return publicBase() + "/portal";
    }

    public String publication(String slug) {
        return publicBase() + PUBLICATION + slug;
    }

    /** The public page of a published monthly report; {@code suffix} {@code ""}, {@code "/pdf"} or {@code "/csv"}. */
    public String report(YearMonth month, String suffix) {
        return publicBase() + REPORTS + "/" + month + suffix;
    }

    /** The status page of a PPID request; the access code only in the first message (later ones must not carry it). */
    public String ppidStatus(String number, String accessCode) {
        return publicBase() + PPID_STATUS + "?nomor=" + url(number) + code("kode", accessCode);
    }

    public String visitStatus(String visitCode, String accessCode) {
        return publicBase() + VISIT_STATUS + "?kode=" + url(visitCode) + code("akses", accessCode);
    }

    public String ticket(String number, String accessCode) {
        return publicBase() + TICKET + "?nomor=" + url(number) + code("kode", accessCode);
    }

    /** The status page of an Email Lapor receipt; the access code only in the first message. */
    public String laporStatus(String receipt, String accessCode) {
        return publicBase() + LAPOR_STATUS + "?nomor=" + url(receipt) + code("kode", accessCode);
    }

    public String laporForm() {
        return publicBase() + LAPOR_FORM;
    }

    public String survey(String accessCode) {
        return publicBase() + SURVEY + code("kode", accessCode);
    }

    /** The public check of a DJPK letter (printed as the letter's QR code). */
    public String letterCheck(String number, LocalDate date) {
        return publicBase() + LETTER_CHECK + "?nomor=" + url(number) + "&tanggal=" + date;
    }

    public String staffPpidQueue() {
        return staffBase() + STAFF_PPID_QUEUE;
    }

    public String staffL2Ticket(String number) {
        return staffBase() + STAFF_L2_TICKET + "?nomor=" + url(number);
    }

    public String staffReport(YearMonth month) {
        return staffBase() + STAFF_REPORT + "?bulan=" + month;
    }

    private static String code(String parameter, String accessCode) {
        return accessCode == null ? "" : AccessCode.fragment(parameter, accessCode);
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String trim(String base) {
        return base.replaceAll("/+$", "");
    }

    public static final String REPORTS_API = "/api/reports/";

    /** The JSON of a published monthly report. */
    public String reportApi(YearMonth month) {
        return publicBase() + REPORTS_API + month;
    }
}

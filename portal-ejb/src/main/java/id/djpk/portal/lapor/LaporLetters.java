package id.djpk.portal.lapor;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.Links;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The e-mails to the region about its report, in Bahasa Indonesia ({@code letters.properties}). */
final class LaporLetters {

    static final String ABOUT = "LAPOR";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LetterTexts.ID);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", LetterTexts.ID);

    private final LetterTexts texts = new LetterTexts(LaporLetters.class);
    private final Links links;
    private final ZoneId zone;

    LaporLetters(Links links, ZoneId zone) {
        this.links = links;
        this.zone = zone;
    }

    Mail received(LaporSubmission s, LaporType type, String regionName, String accessCode) {
        String deadline = s.getDeadline() == null ? "—" : DATE.format(s.getDeadline());
        // sent by e-mail during the change-over: one sentence pointing to the form for next time
        String byEmail = s.getSourceMessageId() == null ? "" : "\n\n" + text("mail.received.byEmail", links.laporForm());
        return mail(s, "mail.received.subject", text("mail.received.text", s.getSenderName(), s.getReceipt(),
                TIME.withZone(zone).format(s.getReceivedAt()), type.getName(), s.getPeriod(), regionName, deadline,
                timeliness(s), files(s.getCurrentFiles()), accessCode, links.laporStatus(s.getReceipt(), accessCode), byEmail))
                .secret(accessCode)
                .attach(receiptFileName(s), "application/pdf", receiptPdf(s, type, regionName, accessCode));
    }

    /** The "Tanda Terima" PDF of the report as it stands (the files in force), with its QR code to the status. */
    byte[] receiptPdf(LaporSubmission s, LaporType type, String regionName, String accessCode) {
        List<String[]> rows = s.getCurrentFiles().stream()
                .map(f -> new String[] {f.getFileName(), Long.toString(f.getSizeBytes()), f.getSha256()}).toList();
        return ReceiptPdf.render(new ReceiptPdf.Content(s.getReceipt(), TIME.withZone(zone).format(s.getReceivedAt()) + " WIB",
                regionName, s.getInstitution(), s.getSenderName(), type.getName(), s.getPeriod(),
                s.getDeadline() == null ? "—" : DATE.format(s.getDeadline()), timeliness(s), rows,
                links.laporStatus(s.getReceipt(), accessCode)));
    }

    static String receiptFileName(LaporSubmission s) {
        return "tanda-terima-" + s.getReceipt() + ".pdf";
    }

    private String timeliness(LaporSubmission s) {
        return text(s.getOnTime() == null ? "mail.noDeadline" : s.getOnTime() ? "mail.onTime" : "mail.late");
    }

    Mail returned(LaporSubmission s, String typeName, String unitName) {
        return mail(s, "mail.returned.subject", text("mail.returned.text", s.getSenderName(), s.getReceipt(), typeName,
                s.getPeriod(), unitName, s.getReason(), links.laporStatus(s.getReceipt(), null)));
    }

    Mail accepted(LaporSubmission s, String typeName, String unitName) {
        return mail(s, "mail.accepted.subject", text("mail.accepted.text", s.getSenderName(), s.getReceipt(), typeName,
                s.getPeriod(), unitName, links.laporStatus(s.getReceipt(), null)));
    }

    Mail corrected(LaporSubmission s, List<LaporFile> added) {
        return mail(s, "mail.corrected.subject", text("mail.corrected.text", s.getSenderName(), s.getReceipt(),
                s.getFileVersion(), files(added), links.laporStatus(s.getReceipt(), null)));
    }

    /**
     * A reminder to one of a region's known addresses that its report is still missing, with the deadline and the
     * form's link; about {@code LAPOR_REMINDER} with {@code type/period/region}.
     */
    Mail reminder(String address, String regionName, String typeName, String period, LocalDate deadline, String unitName,
            String reference) {
        return Mail.to(address).subject(text("mail.reminder.subject", typeName, period, date(deadline)))
                .text(text("mail.reminder.text", regionName, typeName, period, date(deadline), unitName, links.laporForm()))
                .about(LaporReminders.ABOUT, reference);
    }

    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    private String files(List<LaporFile> files) {
        StringBuilder b = new StringBuilder();
        // the size as a plain number: MessageFormat would group it
        files.forEach(f -> b.append(text("mail.file", f.getFileName(), Long.toString(f.getSizeBytes()), f.getSha256())));
        return b.toString();
    }

    private Mail mail(LaporSubmission s, String subjectKey, String body) {
        return Mail.to(s.getEmail()).subject(text(subjectKey, s.getReceipt())).text(body).about(ABOUT, s.getReceipt());
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}

package id.djpk.portal.report;

import id.djpk.portal.helpdesk.Channel;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticket channels as the monthly report lists them, which is not quite how the helpdesk counts them: the public
 * "Buat Tiket" form is the office's own part of HAI Kemenkeu, so the report's HAI line counts {@code HELPDESK} and
 * {@code WEB_FORM} tickets together and says so in the report's notes ({@link #HAI_WITH_WEB_FORM}); the helpdesk's
 * own figures keep the two apart. Every other channel is its own line (live chat: {@code LIVE_CHAT}).
 *
 * <p>The report counts tickets the way the office does: "Tiket Konsultasi" are the tickets of WhatsApp, phone, e-mail,
 * HAI Kemenkeu (with the web form) and live chat ({@link #CONSULTATION}); every ticket figure of the report (total,
 * channels, user categories, topics, zones, escalations, Layer 2 units, top Pemda, ratings, trend) counts over these.
 * Chatbot users, Email Lapor, video conferences and visits are "Layanan lainnya", reported beside the tickets from
 * their own sources; tickets agents logged by hand for a video conference or a face-to-face consultation (or a
 * chatbot ticket) do not count again among the consultations ({@link #CONSULTATION_ONLY}).
 */
public final class ReportChannels {

    /** The snapshot's key of the notes the report prints (codes; each view words them in its language). */
    public static final String NOTES = "notes";
    /** The note: the HAI line holds the web form's tickets. */
    public static final String HAI_WITH_WEB_FORM = "HAI_WITH_WEB_FORM";

    /** The note: the tickets are the five consultation channels; the other services are reported beside them. */
    public static final String CONSULTATION_ONLY = "CONSULTATION_ONLY";

    /** The channels of the office's "Tiket Konsultasi" (HAI's line holds the web form's). */
    public static final Set<Channel> CONSULTATION = java.util.Collections.unmodifiableSet(EnumSet.of(Channel.WHATSAPP,
            Channel.TELEPON, Channel.EMAIL, Channel.HELPDESK, Channel.WEB_FORM, Channel.LIVE_CHAT));

    static final String HAI = "HELPDESK";
    static final String WEB_FORM = "WEB_FORM";

    private ReportChannels() {
    }

    /** Whether a channel's tickets are among the office's "Tiket Konsultasi" (an unknown code is not). */
    public static boolean isConsultation(String code) {
        return CONSULTATION.stream().anyMatch(c -> c.name().equals(code));
    }

    /**
     * The helpdesk's counts per channel as the report's lines: the consultation channels only, the web form's added
     * to HAI's, in the same order.
     */
    public static Map<String, Long> asReported(Map<String, Long> byChannel) {
        Map<String, Long> out = new LinkedHashMap<>();
        byChannel.forEach((code, n) -> {
            if (!WEB_FORM.equals(code) && isConsultation(code)) {
                out.put(code, n == null ? 0 : n);
            }
        });
        Long webForm = byChannel.get(WEB_FORM);
        if (out.containsKey(HAI) || byChannel.containsKey(WEB_FORM)) {
            out.merge(HAI, webForm == null ? 0L : webForm, Long::sum);
        }
        return out;
    }

    /** The notes a report compiled today carries. */
    public static List<String> notes() {
        return List.of(HAI_WITH_WEB_FORM, CONSULTATION_ONLY);
    }
}

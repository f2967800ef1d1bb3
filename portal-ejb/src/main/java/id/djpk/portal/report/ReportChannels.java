package id.djpk.portal.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ticket channels as the monthly report lists them, which is not quite how the helpdesk counts them: the public
 * "Buat Tiket" form is the office's own part of HAI Kemenkeu, so the report's HAI line counts {@code HELPDESK} and
 * {@code WEB_FORM} tickets together and says so in the report's notes ({@link #HAI_WITH_WEB_FORM}); the helpdesk's
 * own figures keep the two apart. Every other channel is its own line (live chat: {@code LIVE_CHAT}).
 */
public final class ReportChannels {

    /** The snapshot's key of the notes the report prints (codes; each view words them in its language). */
    public static final String NOTES = "notes";
    /** The note: the HAI line holds the web form's tickets. */
    public static final String HAI_WITH_WEB_FORM = "HAI_WITH_WEB_FORM";

    static final String HAI = "HELPDESK";
    static final String WEB_FORM = "WEB_FORM";

    private ReportChannels() {
    }

    /** The helpdesk's counts per channel as the report's lines: the web form's added to HAI's, in the same order. */
    public static Map<String, Long> asReported(Map<String, Long> byChannel) {
        Map<String, Long> out = new LinkedHashMap<>();
        byChannel.forEach((code, n) -> {
            if (!WEB_FORM.equals(code)) {
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
        return List.of(HAI_WITH_WEB_FORM);
    }
}

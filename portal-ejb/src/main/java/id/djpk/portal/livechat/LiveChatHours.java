package id.djpk.portal.livechat;

import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.helpdesk.HoursVerdict;
import id.djpk.portal.helpdesk.ServiceHours;
import id.djpk.portal.reference.TimeZoneCode;
import java.time.Instant;
import java.util.Locale;

/**
 * When the live chat takes chats ({@code PORTAL_LIVECHAT_HOURS}): {@code service} (the default, blank too) follows the
 * contact center's service hours on working days, judged in the visitor's zone where the region is given, else in
 * WIB; {@code always} keeps it open at any time (a night shift, tests). Anything else is refused at start-up,
 * naming the value.
 */
public record LiveChatHours(boolean always) {

    public static final LiveChatHours SERVICE = new LiveChatHours(false);
    public static final LiveChatHours ALWAYS = new LiveChatHours(true);

    public static LiveChatHours parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "service" -> SERVICE;
            case "always" -> ALWAYS;
            default -> throw new IllegalArgumentException("portal.livechat.hours must be \"service\" or \"always\", not \""
                    + text + "\"");
        };
    }

    /** Whether a chat may start at {@code at}; {@code zone} null (no region given) is judged in WIB. */
    public boolean open(Instant at, TimeZoneCode zone, ServiceHours hours, WorkingDays days) {
        return always || hours.judge(at, zone == null ? TimeZoneCode.WIB : zone, days) == HoursVerdict.INSIDE;
    }
}

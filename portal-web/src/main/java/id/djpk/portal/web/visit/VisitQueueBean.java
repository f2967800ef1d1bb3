package id.djpk.portal.web.visit;

import id.djpk.portal.visit.Slot;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitDesk;
import id.djpk.portal.visit.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The desk's queue: requests awaiting a schedule with the sessions the portal proposes, and the coming schedule. */
@Named
@RequestScoped
public class VisitQueueBean {

    /** How far ahead the coming schedule reaches. */
    static final int SCHEDULE_DAYS = 28;

    @Inject
    private VisitDesk desk;

    private List<Visit> requests;
    private List<Visit> scheduled;
    private final Map<String, List<Slot>> proposals = new HashMap<>();
    private final Map<String, String> quotas = new HashMap<>();
    @Inject
    private Format fmt;

    public List<Visit> getRequests() {
        if (requests == null) {
            requests = desk.queue();
        }
        return requests;
    }

    /** The first three sessions the rules allow for a request. */
    public List<Slot> proposals(Visit v) {
        return proposals.computeIfAbsent(v.getBookingCode(), c -> desk.proposals(c).stream().limit(3).toList());
    }

    /** For a face-to-face request, the region's visits left ({@link VisitDesk#quota}): "Juni 2025: 1 dari 2". */
    public String quota(Visit v) {
        return quotas.computeIfAbsent(v.getBookingCode(), k -> desk.quota(v, proposals(v))
                .map(q -> MessageFormat.format(FacesMessages.text("visit.quotaValue"), fmt.month(q.month()), q.left(), q.of()))
                .orElse(""));
    }

    public List<Visit> getScheduled() {
        if (scheduled == null) {
            var today = desk.today();
            scheduled = desk.scheduled(today.minusDays(7), today.plusDays(SCHEDULE_DAYS), Set.of(VisitStatus.CONFIRMED));
        }
        return scheduled;
    }
}

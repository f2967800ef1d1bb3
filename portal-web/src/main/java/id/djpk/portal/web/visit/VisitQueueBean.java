package id.djpk.portal.web.visit;

import id.djpk.portal.visit.Slot;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitRules;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.YearMonth;
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
    private VisitService visits;

    private List<Visit> requests;
    private List<Visit> scheduled;
    private final Map<String, List<Slot>> proposals = new HashMap<>();
    private final Map<String, String> quotas = new HashMap<>();
    @Inject
    private Format fmt;

    public List<Visit> getRequests() {
        if (requests == null) {
            requests = visits.queue();
        }
        return requests;
    }

    /** The first three sessions the rules allow for a request. */
    public List<Slot> proposals(Visit v) {
        return proposals.computeIfAbsent(v.getBookingCode(), c -> visits.proposals(c).stream().limit(3).toList());
    }

    /**
     * For a face-to-face request, the region's remaining visits (SE-2/PK.1/2024 C.5: two a month) in the month of
     * the first proposed session, or of the earliest allowed day when none is proposed: "Juni 2025: 1 dari 2".
     * Empty for a video conference, which has no such limit.
     */
    public String quota(Visit v) {
        if (v.getMode() != VisitMode.TATAP_MUKA) {
            return "";
        }
        List<Slot> proposed = proposals(v);
        YearMonth month = YearMonth.from(proposed.isEmpty() ? v.getEarliestDate() : proposed.get(0).date());
        return quotas.computeIfAbsent(v.getRegionCode() + "/" + month, k -> {
            FacesContext faces = FacesContext.getCurrentInstance();
            String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString("visit.quotaValue");
            return MessageFormat.format(pattern, fmt.month(month), visits.quotaLeft(v.getRegionCode(), month),
                    VisitRules.MONTHLY_VISITS_PER_REGION);
        });
    }

    public List<Visit> getScheduled() {
        if (scheduled == null) {
            var today = visits.today();
            scheduled = visits.scheduled(today.minusDays(7), today.plusDays(SCHEDULE_DAYS), Set.of(VisitStatus.CONFIRMED));
        }
        return scheduled;
    }
}

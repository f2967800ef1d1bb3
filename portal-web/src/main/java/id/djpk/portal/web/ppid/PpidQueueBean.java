package id.djpk.portal.web.ppid;

import id.djpk.portal.ppid.PpidDesk;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.QueueItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The PPID's work queue: every request awaiting an answer, the most urgent first (the service's order). */
@Named
@RequestScoped
public class PpidQueueBean {

    @Inject
    private PpidService ppid;

    @Inject
    private PpidDesk desk;

    /** Beyond this the column would push the due dates off narrow screens; the detail shows it all. */
    static final int SHORT = 120;

    private List<QueueItem> items;
    private final Map<String, String> information = new HashMap<>();

    public List<QueueItem> getItems() {
        if (items == null) {
            items = desk.queue();
        }
        return items;
    }

    /**
     * The information asked, shortened at a word boundary. The queue item does not carry it (the public
     * site's status page shares that record), so it is read per row; a queue holds tens of requests, not thousands.
     */
    public String information(QueueItem item) {
        return information.computeIfAbsent(item.trackingNumber(), n -> ppid.find(n)
                .map(r -> shorten(r.getInformation())).orElse(""));
    }

    static String shorten(String text) {
        if (text == null || text.length() <= SHORT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SHORT);
        return text.substring(0, cut > SHORT / 2 ? cut : SHORT).strip() + " …";
    }
}

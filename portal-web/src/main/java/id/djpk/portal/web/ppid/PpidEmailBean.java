package id.djpk.portal.web.ppid;

import id.djpk.portal.email.InboxEntry;
import id.djpk.portal.email.PpidMailbox;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * PPID → Email masuk: the messages of the PPID mailbox not yet turned into requests, oldest first, each opening
 * the desk's request form prefilled from it (the mail server's received time becomes the receipt time).
 */
@Named
@ViewScoped
public class PpidEmailBean implements Serializable {

    static final int MAX = 200;

    @Inject
    private PpidMailbox mailbox;

    private List<InboxEntry> waiting;
    private long count;

    @PostConstruct
    void load() {
        waiting = mailbox.waiting(MAX);
        count = mailbox.waitingCount();
    }

    public List<InboxEntry> getWaiting() { return waiting; }
    public long getCount() { return count; }
}

package id.djpk.portal.web.lapor;

import id.djpk.portal.email.InboxEntry;
import id.djpk.portal.email.LaporMailbox;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Email Lapor → Email Lapor masuk: the messages of the lapor mailbox waiting to be classified, newest first, with the
 * mail server's received time, the sender, the subject and the files; each opens the classification form.
 */
@Named
@ViewScoped
public class LaporEmailBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX = 200;

    @Inject
    private LaporMailbox mailbox;

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

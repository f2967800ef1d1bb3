package id.djpk.portal.lapor;

import id.djpk.portal.system.BusinessException;

/** The same file for the same region, type and period was received before, under {@link #getEarlierReceipt}. */
public class DuplicateReportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String earlierReceipt;

    public DuplicateReportException(String earlierReceipt) {
        super("lapor.duplicate", earlierReceipt);
        this.earlierReceipt = earlierReceipt;
    }

    public String getEarlierReceipt() {
        return earlierReceipt;
    }
}

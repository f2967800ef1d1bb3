package id.djpk.portal.report;

/** Where a report revision stands: compiled and completed as a draft, reviewed, published, or replaced by a correction. */
public enum ReportState {
    DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED
}

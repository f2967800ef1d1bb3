package id.djpk.portal.publication;

/** Workflow state. A published item with a future publish time is "scheduled" until then. */
public enum PublicationStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}

package id.djpk.portal.publication;

/**
 * Fired after a publication changed (created, edited, published, withdrawn, files changed).
 * Later capabilities observe it (e.g. a new regulation flags related FAQ entries for review).
 */
public record PublicationChanged(long id, PublicationType type, PublicationStatus status) {
}

package id.djpk.portal.document;

/** A file accepted into the store. {@code text} is the extracted text of a PDF, or null. */
public record StoredFile(String fileName, String mediaType, long sizeBytes, String sha256, String storageKey, String text) {
}

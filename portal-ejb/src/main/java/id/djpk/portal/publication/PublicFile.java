package id.djpk.portal.publication;

/** An attachment as the public sees it. */
public record PublicFile(long id, String fileName, String mediaType, long sizeBytes, String sha256) {

    static PublicFile of(Attachment a) {
        return new PublicFile(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(), a.getSha256());
    }
}

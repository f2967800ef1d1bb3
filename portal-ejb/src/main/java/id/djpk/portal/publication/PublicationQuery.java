package id.djpk.portal.publication;

/** Filters and page of a listing. {@code page} counts from 0. */
public record PublicationQuery(PublicationType type, Integer year, String topic, int page, int size) {

    public static final int MAX_SIZE = 100;

    public PublicationQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}

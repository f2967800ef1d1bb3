package id.djpk.portal.site.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's own addresses, in one place. The site runs at the context root "/". */
public final class Links {

    private Links() {
    }

    public static String detail(String slug) {
        return "/publikasi/" + slug;
    }

    public static String download(long attachmentId, String fileName) {
        return "/berkas/" + attachmentId + "/" + pathSegment(fileName);
    }

    /** A listing filtered by type path segment (e.g. "peraturan"). */
    public static String listingOfType(String typeSegment) {
        return "/publikasi?jenis=" + query(typeSegment);
    }

    public static String listingOfTopic(String topicCode) {
        return "/publikasi?topik=" + query(topicCode);
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Percent-encoding for one path segment: a space is %20 there, not "+". */
    public static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}

package id.djpk.portal.publication;

import java.time.Instant;
import java.util.List;

/** Publications whose public face may have changed since a moment: to re-index or drop. */
public record ChangeSet(List<PublicItem> visible, List<Long> gone, Instant asOf) {
}

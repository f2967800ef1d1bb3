package id.djpk.portal.publication;

import java.util.List;

/** One page of results and the total count. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}

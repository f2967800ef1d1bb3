package id.djpk.portal.sitestats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** Views of one page on one day. */
@Entity
@Table(name = "page_view_daily")
@IdClass(PageViewDaily.Key.class)
public class PageViewDaily {

    public record Key(LocalDate day, String path) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "view_day")
    private LocalDate day;
    @Id
    private String path;
    private long views;

    protected PageViewDaily() {
    }

    PageViewDaily(LocalDate day, String path, long views) {
        this.day = day;
        this.path = path;
        this.views = views;
    }

    void add(long n) {
        views += n;
    }

    public LocalDate getDay() { return day; }
    public String getPath() { return path; }
    public long getViews() { return views; }
}

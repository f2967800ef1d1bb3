package id.djpk.portal.sitestats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public page's title, as the public site last rendered it in Bahasa Indonesia (the reports name pages by it). */
@Entity
@Table(name = "page_title")
public class PageTitle {

    /** The column's size: a longer title is cut. */
    static final int MAX = 300;

    @Id
    private String path;
    private String title;
    @Column(name = "seen_on")
    private LocalDate seenOn;

    protected PageTitle() {
    }

    PageTitle(String path, String title, LocalDate seenOn) {
        this.path = path;
        see(title, seenOn);
    }

    void see(String title, LocalDate seenOn) {
        this.title = cut(title);
        this.seenOn = seenOn;
    }

    static String cut(String title) {
        String t = title.strip();
        return t.length() > MAX ? t.substring(0, MAX) : t;
    }

    public String getPath() { return path; }
    public String getTitle() { return title; }
    public LocalDate getSeenOn() { return seenOn; }
}

package id.djpk.portal.system;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A small key/value fact the portal keeps about itself (e.g. when demo data was loaded). */
@Entity
@Table(name = "app_setting")
public class AppSetting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    protected AppSetting() {
    }

    public AppSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /**
     * Claims {@code day} for a once-a-day job named {@code key}: true for the first caller of the day, false for
     * every later one, however many instances run the job (the day is recorded under a row lock, in the caller's
     * transaction, so a rolled-back run leaves the day unclaimed).
     */
    public static boolean claimDay(EntityManager em, String key, LocalDate day) {
        AppSetting last = em.find(AppSetting.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (last != null && day.toString().equals(last.getValue())) {
            return false;
        }
        if (last == null) {
            em.persist(new AppSetting(key, day.toString()));
        } else {
            last.setValue(day.toString());
        }
        return true;
    }
}

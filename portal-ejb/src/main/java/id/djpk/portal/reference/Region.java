package id.djpk.portal.reference;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A province or kabupaten/kota, by its Ministry of Home Affairs code. */
@Entity
@Table(name = "region")
@NamedQuery(name = "Region.all", query = "SELECT r FROM Region r ORDER BY r.code")
public class Region implements Serializable {

    public enum Level { PROVINSI, KABUPATEN, KOTA }

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "short_name")
    private String shortName;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_zone")
    private TimeZoneCode timeZone;

    protected Region() {
    }

    public Region(String code, String name, Level level, String provinceCode, String shortName, TimeZoneCode timeZone) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.provinceCode = provinceCode;
        this.shortName = shortName;
        this.timeZone = timeZone;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public Level getLevel() { return level; }
    public String getProvinceCode() { return provinceCode; }
    public String getShortName() { return shortName; }
    public TimeZoneCode getTimeZone() { return timeZone; }
}

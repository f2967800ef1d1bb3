package id.djpk.portal.publication;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The legal metadata of a regulation as the JDIHN (Jaringan Dokumentasi dan Informasi Hukum
 * Nasional) record defines it: jenis, singkatan jenis, nomor, tahun, tentang, tempat and tanggal
 * penetapan, tanggal pengundangan, sumber, subjek, status, bahasa, TEU badan, bidang hukum, abstrak.
 */
@Embeddable
public class RegulationMetadata implements Serializable {

    @Column(name = "reg_kind")
    private String kind;
    @Column(name = "reg_abbrev")
    private String abbreviation;
    @Column(name = "reg_number")
    private String number;
    @Column(name = "reg_year")
    private Integer year;
    @Column(name = "reg_about")
    private String about;
    @Column(name = "reg_place")
    private String placeEnacted;
    @Column(name = "reg_enacted")
    private LocalDate dateEnacted;
    @Column(name = "reg_promulgated")
    private LocalDate datePromulgated;
    @Column(name = "reg_source")
    private String source;
    @Column(name = "reg_subject")
    private String subject;
    @Enumerated(EnumType.STRING)
    @Column(name = "reg_status")
    private LegalStatus status;
    @Column(name = "reg_language")
    private String language;
    @Column(name = "reg_teu")
    private String issuingBody;
    @Column(name = "reg_field")
    private String legalField;
    @Column(name = "reg_abstract")
    private String abstractText;

    public RegulationMetadata() {
    }

    public RegulationMetadata copy() {
        RegulationMetadata c = new RegulationMetadata();
        c.kind = kind; c.abbreviation = abbreviation; c.number = number; c.year = year; c.about = about;
        c.placeEnacted = placeEnacted; c.dateEnacted = dateEnacted; c.datePromulgated = datePromulgated;
        c.source = source; c.subject = subject; c.status = status; c.language = language;
        c.issuingBody = issuingBody; c.legalField = legalField; c.abstractText = abstractText;
        return c;
    }

    /**
     * "PMK Nomor 91 Tahun 2023". A number that carries the year itself ("206/PMK.07/2020") gets no "Tahun"; a
     * number that starts with the abbreviation ("SE-2/PK.1/2024") is cited with the kind's full name ("Surat
     * Edaran Nomor SE-2/PK.1/2024"), or alone, instead of repeating the abbreviation.
     */
    public String citation() {
        if (abbreviation == null || number == null) {
            return null;
        }
        String num = number.strip();
        boolean yearInNumber = year != null && (num.endsWith("/" + year) || num.contains("/" + year + "/"));
        String upper = num.toUpperCase(java.util.Locale.ROOT);
        String abbrev = abbreviation.strip().toUpperCase(java.util.Locale.ROOT);
        boolean abbrevInNumber = upper.startsWith(abbrev + "-") || upper.startsWith(abbrev + ".")
                || upper.startsWith(abbrev + "/");
        String head = abbrevInNumber ? (kind == null || kind.isBlank() ? null : kind.strip()) : abbreviation;
        return (head == null ? num : head + " Nomor " + num)
                + (year == null || yearInNumber ? "" : " Tahun " + year);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getAbout() { return about; }
    public void setAbout(String about) { this.about = about; }
    public String getPlaceEnacted() { return placeEnacted; }
    public void setPlaceEnacted(String placeEnacted) { this.placeEnacted = placeEnacted; }
    public LocalDate getDateEnacted() { return dateEnacted; }
    public void setDateEnacted(LocalDate dateEnacted) { this.dateEnacted = dateEnacted; }
    public LocalDate getDatePromulgated() { return datePromulgated; }
    public void setDatePromulgated(LocalDate datePromulgated) { this.datePromulgated = datePromulgated; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public LegalStatus getStatus() { return status; }
    public void setStatus(LegalStatus status) { this.status = status; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
    public String getLegalField() { return legalField; }
    public void setLegalField(String legalField) { this.legalField = legalField; }
    public String getAbstractText() { return abstractText; }
    public void setAbstractText(String abstractText) { this.abstractText = abstractText; }
}

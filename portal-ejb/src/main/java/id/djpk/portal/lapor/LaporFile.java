package id.djpk.portal.lapor;

import id.djpk.portal.document.FileRecord;
import id.djpk.portal.document.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file of a submission, with the version of the submission it came with (1, then each correction). */
@Entity
@Table(name = "lapor_file")
public class LaporFile extends FileRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private LaporSubmission submission;
    @Column(name = "file_version")
    private int fileVersion;

    protected LaporFile() {
    }

    LaporFile(LaporSubmission submission, int fileVersion, StoredFile file) {
        super(file);
        this.submission = submission;
        this.fileVersion = fileVersion;
    }

    public LaporSubmission getSubmission() { return submission; }
    public int getFileVersion() { return fileVersion; }
}

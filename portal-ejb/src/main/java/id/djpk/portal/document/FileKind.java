package id.djpk.portal.document;

import java.util.Locale;
import java.util.Set;

/** The file types an upload may have, by extension and by the media type detected in the content. */
public enum FileKind {
    PDF(Set.of("pdf"), Set.of("application/pdf")),
    XLSX(Set.of("xlsx"), Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/x-tika-ooxml", "application/zip")),
    XLS(Set.of("xls"), Set.of("application/vnd.ms-excel", "application/x-tika-msoffice")),
    DOCX(Set.of("docx"), Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/x-tika-ooxml", "application/zip")),
    PPTX(Set.of("pptx"), Set.of("application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-tika-ooxml", "application/zip")),
    CSV(Set.of("csv"), Set.of("text/csv", "text/plain")),
    ZIP(Set.of("zip"), Set.of("application/zip")),
    JPG(Set.of("jpg", "jpeg"), Set.of("image/jpeg")),
    PNG(Set.of("png"), Set.of("image/png"));

    /** What a publication may carry. */
    public static final Set<FileKind> PUBLICATION = Set.of(PDF, XLSX, XLS, DOCX, PPTX, CSV, ZIP, JPG, PNG);

    private final Set<String> extensions;
    private final Set<String> mediaTypes;

    FileKind(Set<String> extensions, Set<String> mediaTypes) {
        this.extensions = extensions;
        this.mediaTypes = mediaTypes;
    }

    public static FileKind byFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileKind k : values()) {
            if (k.extensions.contains(ext)) {
                return k;
            }
        }
        return null;
    }

    /** Whether the type detected in the content is one this kind of file really has. */
    public boolean accepts(String detectedMediaType) {
        return mediaTypes.contains(detectedMediaType);
    }

    /** The media type to serve the file with. */
    public String canonicalMediaType() {
        return switch (this) {
            case PDF -> "application/pdf";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case XLS -> "application/vnd.ms-excel";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case PPTX -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case ZIP -> "application/zip";
            case JPG -> "image/jpeg";
            case PNG -> "image/png";
            case CSV -> "text/csv";
        };
    }
}

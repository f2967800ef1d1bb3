package id.djpk.portal.visit;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The units' record of a consultation: the minutes (BAK), the attendance list and a conference's recording. */
@Stateless
public class VisitMinutes {

    public static final Set<FileKind> MINUTES_KINDS = Set.of(FileKind.PDF, FileKind.JPG, FileKind.PNG);

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentStore documents;

    @Inject
    private VisitService visits;

    @Inject
    private VisitDesk desk;

    @Inject
    private OfficeClock clock;

    /**
     * The unit's record of the consultation (E.3.b.3, E.3.c.10): the minutes (BAK), the attendance list and,
     * for a video conference, the recording link. {@code unitCode} is the uploader's unit; {@code null}
     * for the desk, which may upload for any unit.
     */
    @RolesAllowed({Role.L2_NAME, Role.DESK_NAME, Role.ADMIN_NAME})
    public Visit recordMinutes(String code, String unitCode, InputStream minutes, String minutesName,
            InputStream attendance, String attendanceName, String recordingLink) {
        Visit visit = visits.require(code);
        if (unitCode != null && !unitCode.equals(visit.getUnitCode())) {
            throw new BusinessException("visit.notOwnUnit", String.valueOf(visit.getUnitCode()));
        }
        String recording = VisitForm.trimToNull(recordingLink);
        if (minutes == null && recording == null) {
            throw new InvalidInputException(List.of(Violation.of("minutes", "visit.minutesRequired")));
        }
        if (recording != null && (recording.length() > Visit.LINK_MAX || !recording.matches("https?://\\S+"))) {
            throw new InvalidInputException(List.of(Violation.of("recording_link", "visit.meetingLinkRequired")));
        }
        if (visit.getMode() == VisitMode.TATAP_MUKA && visit.getStatus() != VisitStatus.HELD) {
            throw new BusinessException("visit.notHeld");
        }
        StoredFile bak = minutes == null ? null : documents.store(minutes, minutesName, MINUTES_KINDS, VisitService.LETTER_MAX_BYTES);
        StoredFile list = attendance == null ? null : documents.store(attendance, attendanceName, MINUTES_KINDS, VisitService.LETTER_MAX_BYTES);
        String actor = audit.currentActor();
        visit.recordMinutes(bak, list, recording, actor, clock.now());
        audit.recordAs(actor, "VISIT_MINUTES", VisitService.ENTITY, visit.getBookingCode(),
                (bak == null ? "" : "BAK " + bak.sha256()) + (recording == null ? "" : " recording"));
        return visit;
    }

    /** Visits whose minutes a unit (or the desk, {@code null}) still has to upload. */
    public List<Visit> awaitingMinutes(String unitCode) {
        LocalDate today = clock.today();
        return desk.scheduled(today.minusMonths(3), today, Set.of(VisitStatus.CONFIRMED, VisitStatus.HELD)).stream()
                .filter(v -> v.getMinutesAt() == null)
                .filter(v -> v.getStatus() == VisitStatus.HELD || v.getMode() == VisitMode.VIDEO_CONFERENCE)
                .filter(v -> unitCode == null || unitCode.equals(v.getUnitCode()))
                .toList();
    }
}

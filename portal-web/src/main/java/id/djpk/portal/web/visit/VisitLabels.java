package id.djpk.portal.web.visit;

import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.visit.Slot;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitEvent;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.i18n.LanguageBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Names and times as the desk's pages show them: regions, units, sessions. */
@Named
@RequestScoped
public class VisitLabels {

    @Inject
    private ReferenceData reference;

    @Inject
    private VisitService visits;

    @Inject
    private Format fmt;

    @Inject
    private LanguageBean language;

    public String region(String code) {
        return code == null ? "" : reference.findRegion(code).map(Region::getName).orElse(code);
    }

    public String unit(String code) {
        return code == null ? "—" : reference.findUnit(code).map(OrgUnit::getName).orElse(code);
    }

    /** The booking's topics in the staff member's language. */
    public String topics(Visit v) {
        return v.topicCodes().stream().map(c -> reference.findTopic(c).map(t -> t.name(language.getLocale())).orElse(c))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String session(Integer number) {
        return number == null ? "" : visits.rules().time(number).label() + " WIB";
    }

    /** A timeline step's note in words: "Kamis, 10 Desember 2026, 09.00–10.00 WIB", not "2026-12-10 #1". */
    public String note(VisitEvent event) {
        return event.noteText(fmt::dayAndDate, this::session,
                (key, args) -> java.text.MessageFormat.format(FacesMessages.text(key), args));
    }

    /** "Kamis, 16 Mei 2024, 09.00–10.00 WIB". */
    public String slot(Slot s) {
        return s == null ? "—" : fmt.dayAndDate(s.date()) + ", " + session(s.number());
    }

    public List<OrgUnit> getUnits() {
        return reference.units().stream().filter(OrgUnit::isActive).toList();
    }

    public List<Integer> getSessions() {
        return java.util.stream.IntStream.rangeClosed(1, visits.rules().slots().size()).boxed().toList();
    }
}

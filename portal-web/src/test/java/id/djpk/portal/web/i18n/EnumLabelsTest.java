package id.djpk.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HoursVerdict;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.identity.Role;
import id.djpk.portal.letter.LetterSource;
import id.djpk.portal.mail.MailStatus;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.DeliveryMethod;
import id.djpk.portal.ppid.DipCategory;
import id.djpk.portal.ppid.ExemptionGround;
import id.djpk.portal.ppid.ObjectionGround;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.ObtainMethod;
import id.djpk.portal.ppid.RequestStatus;
import id.djpk.portal.publication.EventKind;
import id.djpk.portal.publication.LegalStatus;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.report.BlastChannel;
import id.djpk.portal.report.ReportState;
import id.djpk.portal.report.ReportStep;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Every code the staff pages show has a label in Bahasa Indonesia and in English, so that no page shows
 * {@code GRANTED} or {@code ???ppidStatus.X???}: a new enum value without its labels fails here.
 */
class EnumLabelsTest {

    /** The enums the staff pages show, with the prefix of their message keys ({@code prefix.VALUE}). */
    static final Map<Class<? extends Enum<?>>, String> SHOWN = new LinkedHashMap<>();

    static {
        SHOWN.put(Role.class, "role");
        SHOWN.put(Channel.class, "channel");
        SHOWN.put(TicketStatus.class, "ticketStatus");
        SHOWN.put(id.djpk.portal.helpdesk.TicketQuery.Queue.class, "helpdeskQueue");
        SHOWN.put(UserCategory.class, "userCategory");
        SHOWN.put(HoursVerdict.class, "hours");
        SHOWN.put(VisitStatus.class, "visitStatus");
        SHOWN.put(VisitMode.class, "visitMode");
        SHOWN.put(RequestStatus.class, "ppidStatus");
        SHOWN.put(Decision.class, "ppidDecision");
        SHOWN.put(ObjectionGround.class, "ppidObjection");
        SHOWN.put(ExemptionGround.class, "ppidGround");
        SHOWN.put(ObjectionOutcome.class, "ppidOutcome");
        SHOWN.put(ObtainMethod.class, "ppidObtain");
        SHOWN.put(DeliveryMethod.class, "ppidDelivery");
        SHOWN.put(DipCategory.class, "dipCategory");
        SHOWN.put(MailStatus.class, "mailStatus");
        SHOWN.put(LetterSource.class, "letterSource");
        SHOWN.put(PublicationStatus.class, "status");
        SHOWN.put(ReportState.class, "report.state");
        SHOWN.put(ReportStep.class, "report.step");
        SHOWN.put(BlastChannel.class, "report.blastChannel");
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("id.djpk.portal.web.i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyShownCodeHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("id", "en")) {
            ResourceBundle b = bundle(language);
            SHOWN.forEach((type, prefix) -> {
                for (Enum<?> value : type.getEnumConstants()) {
                    String key = prefix + "." + value.name();
                    if (!b.containsKey(key) || b.getString(key).isBlank()) {
                        missing.add(language + ": " + key);
                    }
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void labelledEnumsLabelEveryValueInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (PublicationType t : PublicationType.values()) {
            check(missing, t, t.label("id"), t.label("en"));
        }
        for (EventKind k : EventKind.values()) {
            check(missing, k, k.label("id"), k.label("en"));
        }
        for (LegalStatus s : LegalStatus.values()) {
            check(missing, s, s.label("id"), s.label("en"));
        }
        assertEquals(List.of(), missing);
    }

    /** Upper-case string constants that look like actions but are not: the role names. */
    /** Codes of an audited family that are no action: the roles, and the outbox's kind of the Email Lapor reminders. */
    static final Set<String> NOT_ACTIONS = java.util.stream.Stream.concat(java.util.Arrays.stream(Role.values()).map(Enum::name),
            java.util.stream.Stream.of("LAPOR_REMINDER")).collect(java.util.stream.Collectors.toSet());

    /**
     * The actions the code records: the codes written into {@code record(…)}/{@code recordAs(…)} calls of the three
     * modules, and the constants of the same families handed to them through a variable (VISIT_CONFIRMED).
     */
    static Set<String> recordedActions() throws IOException {
        Set<String> direct = new TreeSet<>();
        Set<String> constants = new TreeSet<>();
        Pattern call = Pattern.compile("\\.record(?:As)?\\(([^;]*?)\\);", Pattern.DOTALL);
        Pattern code = Pattern.compile("\"([A-Z][A-Z_]+)\"");
        for (String module : List.of("../portal-ejb", ".", "../public-site")) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    Matcher m = call.matcher(text);
                    while (m.find()) {
                        Matcher c = code.matcher(m.group(1));
                        while (c.find()) {
                            direct.add(c.group(1));
                        }
                    }
                    Matcher c = code.matcher(text);
                    while (c.find()) {
                        if (c.group(1).contains("_")) {
                            constants.add(c.group(1));
                        }
                    }
                }
            }
        }
        Set<String> families = new TreeSet<>();
        direct.forEach(a -> families.add(a.split("_")[0]));
        Set<String> actions = new TreeSet<>(direct);
        constants.stream().filter(c -> families.contains(c.split("_")[0]) && !NOT_ACTIONS.contains(c)).forEach(actions::add);
        return actions;
    }

    @Test
    void everyRecordedActionHasALabelInBothLanguages() throws IOException {
        Set<String> actions = recordedActions();
        assertTrue(actions.containsAll(Set.of("LOGIN", "PUBLICATION_CREATED", "VISIT_CONFIRMED", "TICKET_ESCALATED")), actions.toString());
        List<String> missing = new ArrayList<>();
        for (String language : List.of("id", "en")) {
            ResourceBundle b = bundle(language);
            for (String action : actions) {
                if (!b.containsKey("auditAction." + action)) {
                    missing.add(language + ": auditAction." + action);
                }
            }
            for (String actor : List.of("public", "system")) {
                if (!b.containsKey("auditActor." + actor)) {
                    missing.add(language + ": auditActor." + actor);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static void check(List<String> missing, Enum<?> value, String id, String en) {
        if (id == null || id.isBlank() || en == null || en.isBlank() || id.contains("_") || en.contains("_")) {
            missing.add(value.getDeclaringClass().getSimpleName() + "." + value.name());
        }
    }
}

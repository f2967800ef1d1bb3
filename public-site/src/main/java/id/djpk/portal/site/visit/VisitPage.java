package id.djpk.portal.site.visit;

import id.djpk.portal.visit.GuestEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking form page's model: what the requester typed (shown again after a mistake), the message beside
 * each field, a general message (a rule of the circular), and the lists to choose from.
 */
public class VisitPage {

    /** Rows of the guest list on the page: the most the circular allows. */
    static final int GUEST_ROWS = 4;
    static final int DATE_ROWS = 3;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String general;
    private String rule;
    private List<Option> regions = List.of();
    private List<Option> topics = List.of();
    private List<Option> units = List.of();

    /** A choice of a list; {@code selected} when the requester chose it. */
    public record Option(String value, String label, boolean selected) {
        public String getValue() { return value; }
        public String getLabel() { return label; }
        public boolean isSelected() { return selected; }
    }

    /** One row of the guest list. */
    public record GuestRow(int number, String name, String position, boolean head) {
        public int getNumber() { return number; }
        public String getName() { return name; }
        public String getPosition() { return position; }
        public boolean isHead() { return head; }
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    void set(String field, String value) {
        values.put(field, value);
    }

    public boolean isMode(String mode) {
        return mode.equals(values.get("mode"));
    }

    public boolean hasTopic(String code) {
        return java.util.Arrays.asList(value("topics").split(";")).contains(code);
    }

    public List<GuestRow> getGuestRows() {
        List<GuestRow> rows = new ArrayList<>();
        for (int i = 1; i <= GUEST_ROWS; i++) {
            rows.add(new GuestRow(i, value("guest_name_" + i), value("guest_position_" + i), "true".equals(values.get("guest_head_" + i))));
        }
        return rows;
    }

    public List<Integer> getDateRows() {
        return List.of(1, 2, 3);
    }

    /** The guests of the filled rows; a row with only one of name and position is kept so the form says what is missing. */
    List<GuestEntry> guests() {
        List<GuestEntry> guests = new ArrayList<>();
        for (GuestRow r : getGuestRows()) {
            if (!r.name().isBlank() || !r.position().isBlank()) {
                guests.add(new GuestEntry(r.name(), r.position(), r.head()));
            }
        }
        return guests;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean isInvalid() {
        return !errors.isEmpty() || general != null;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    void addError(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public String getGeneral() {
        return general;
    }

    public String getRule() {
        return rule;
    }

    void setGeneral(String general, String rule) {
        this.general = general;
        this.rule = rule;
    }

    public List<Option> getRegions() { return regions; }
    void setRegions(List<Option> regions) { this.regions = regions; }
    public List<Option> getTopics() { return topics; }
    void setTopics(List<Option> topics) { this.topics = topics; }
    public List<Option> getUnits() { return units; }
    void setUnits(List<Option> units) { this.units = units; }
}

package id.djpk.portal.site.visit;

import id.djpk.portal.site.web.FormModel;
import id.djpk.portal.site.web.Option;
import id.djpk.portal.visit.GuestEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The booking form's page: the shared form model, the guest and date rows, and the lists to choose from. */
public class VisitPage extends FormModel {

    /** Rows of the guest list on the page: the most the circular allows. */
    static final int GUEST_ROWS = 4;
    static final int DATE_ROWS = 3;

    private List<Option> regions = List.of();
    private List<Option> topics = List.of();
    private List<Option> units = List.of();

    /** One row of the guest list. */
    public record GuestRow(int number, String name, String position, boolean head) {
        public int getNumber() { return number; }
        public String getName() { return name; }
        public String getPosition() { return position; }
        public boolean isHead() { return head; }
    }

    public boolean isMode(String mode) {
        return mode.equals(value("mode"));
    }

    public boolean hasTopic(String code) {
        return Arrays.asList(value("topics").split(";")).contains(code);
    }

    public List<GuestRow> getGuestRows() {
        List<GuestRow> rows = new ArrayList<>();
        for (int i = 1; i <= GUEST_ROWS; i++) {
            rows.add(new GuestRow(i, value("guest_name_" + i), value("guest_position_" + i), isChecked("guest_head_" + i)));
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

    public List<Option> getRegions() { return regions; }
    void setRegions(List<Option> regions) { this.regions = regions; }
    public List<Option> getTopics() { return topics; }
    void setTopics(List<Option> topics) { this.topics = topics; }
    public List<Option> getUnits() { return units; }
    void setUnits(List<Option> units) { this.units = units; }
}

package id.djpk.portal.site.visit;

import id.djpk.portal.site.web.FormModel;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.visit.GuestEntry;
import id.djpk.portal.visit.VisitForm;
import id.djpk.portal.visit.VisitMode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The booking form from the API's (and the page's) field names, shared by both. */
final class VisitInput {

    /** The text fields of the form and the API, by their API names. */
    static final List<String> TEXT_FIELDS = List.of("institution", "region_code", "contact_name", "email", "phone",
            "mode", "topics", "preferred_unit", "letter_number", "letter_date", "preferred_dates", "visitor");

    /** The value of {@code visitor} for a visitor who is not a regional government. */
    static final String OTHER_VISITOR = "lainnya";

    private VisitInput() {
    }

    /** The form from the text fields; the guests are set separately. A mode that is not one of the two is left out. */
    static VisitForm form(Map<String, String> fields) {
        VisitForm f = new VisitForm();
        f.setInstitution(fields.get("institution"));
        f.setRegionCode(fields.get("region_code"));
        f.setContactName(fields.get("contact_name"));
        f.setEmail(fields.get("email"));
        f.setPhone(fields.get("phone"));
        f.setMode(FormModel.choice(VisitMode.class, fields.get("mode")));
        f.setTopics(fields.get("topics"));
        f.setPreferredUnit(fields.get("preferred_unit"));
        f.setLetterNumber(fields.get("letter_number"));
        f.setLetterDate(fields.get("letter_date"));
        f.setPreferredDates(fields.get("preferred_dates"));
        // "lainnya": not a regional government (a ministry, university, bank): no region's quota; absent: a Pemda
        f.setRegionalGovernment(!OTHER_VISITOR.equalsIgnoreCase(String.valueOf(fields.get("visitor")).trim()));
        return f;
    }

    /**
     * The guests from the API's JSON array of {@code {"name", "position", "head"}}; {@code null} when the text
     * is not such an array. Blank means no guests.
     */
    static List<GuestEntry> guests(String json) {
        List<GuestEntry> guests = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return guests;
        }
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue value : array) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    return null;
                }
                JsonObject o = value.asJsonObject();
                JsonValue head = o.get("head");
                if (head != null && head.getValueType() != JsonValue.ValueType.TRUE
                        && head.getValueType() != JsonValue.ValueType.FALSE) {
                    return null;
                }
                guests.add(new GuestEntry(string(o, "name"), string(o, "position"), head == JsonValue.TRUE));
            }
            return guests;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : null;
    }
}

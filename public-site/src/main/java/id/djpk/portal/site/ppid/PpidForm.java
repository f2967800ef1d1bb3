package id.djpk.portal.site.ppid;

import id.djpk.portal.ppid.DeliveryMethod;
import id.djpk.portal.ppid.ObtainMethod;
import id.djpk.portal.ppid.RequestForm;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request form as the page shows it: what the person typed (given back unchanged after a refusal, so
 * nothing is typed twice) and the message beside each field. Field names are those of the violations and
 * of the public API.
 */
public class PpidForm {

    /** The text fields, in the order of the form. */
    static final List<String> TEXT_FIELDS = List.of("name", "nik", "organization_basis", "address", "occupation",
            "phone", "email", "information", "purpose");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String general;

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    void set(String field, String value) {
        values.put(field, value);
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

    /** The fields in error, for the summary at the top of the form. */
    public Map<String, String> getErrors() {
        return errors;
    }

    void addError(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public String getGeneral() {
        return general;
    }

    void setGeneral(String general) {
        this.general = general;
    }

    public boolean isConsent() {
        return "true".equals(values.get("consent"));
    }

    public List<Choice> getObtainMethods() {
        return java.util.Arrays.stream(ObtainMethod.values())
                .map(m -> new Choice(m.name(), "ppid.obtain." + m.name(), m.name().equals(values.get("obtain_method")))).toList();
    }

    public List<Choice> getDeliveryMethods() {
        return java.util.Arrays.stream(DeliveryMethod.values())
                .map(m -> new Choice(m.name(), "ppid.delivery." + m.name(), m.name().equals(values.get("delivery_method")))).toList();
    }

    /** The domain form; a value that is not one of the choices counts as no choice. */
    RequestForm toRequestForm() {
        return requestForm(values);
    }

    /**
     * The domain form from the submitted fields, named as in the public API's contract (the web form
     * uses the same names), so that the page and the API read a submission the same way.
     */
    static RequestForm requestForm(Map<String, String> fields) {
        RequestForm f = new RequestForm();
        f.setName(fields.get("name"));
        f.setNik(fields.get("nik"));
        f.setOrganizationBasis(fields.get("organization_basis"));
        f.setAddress(fields.get("address"));
        f.setOccupation(fields.get("occupation"));
        f.setPhone(fields.get("phone"));
        f.setEmail(fields.get("email"));
        f.setInformation(fields.get("information"));
        f.setPurpose(fields.get("purpose"));
        f.setObtainMethod(enumValue(ObtainMethod.class, fields.get("obtain_method")));
        f.setDeliveryMethod(enumValue(DeliveryMethod.class, fields.get("delivery_method")));
        String consent = fields.get("consent");
        f.setConsent(consent != null && "true".equalsIgnoreCase(consent.trim()));
        return f;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A radio button: value, message key of its label, and whether the person chose it. */
    public record Choice(String value, String label, boolean selected) {
        public String getValue() { return value; }
        public String getLabel() { return label; }
        public boolean isSelected() { return selected; }
    }
}

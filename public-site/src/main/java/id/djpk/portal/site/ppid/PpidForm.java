package id.djpk.portal.site.ppid;

import id.djpk.portal.ppid.DeliveryMethod;
import id.djpk.portal.ppid.ObtainMethod;
import id.djpk.portal.site.web.FormModel;
import id.djpk.portal.site.web.Option;
import java.util.Arrays;
import java.util.List;

/** The request form's page: the shared form model and the two radio groups, labelled by message keys. */
public class PpidForm extends FormModel {

    /** The text fields, in the order of the form. */
    static final List<String> TEXT_FIELDS = List.of("name", "nik", "organization_basis", "address", "occupation",
            "phone", "email", "information", "purpose");

    public boolean isConsent() {
        return isChecked("consent");
    }

    public List<Option> getObtainMethods() {
        return Arrays.stream(ObtainMethod.values())
                .map(m -> new Option(m.name(), "ppid.obtain." + m.name(), m.name().equals(value("obtain_method")))).toList();
    }

    public List<Option> getDeliveryMethods() {
        return Arrays.stream(DeliveryMethod.values())
                .map(m -> new Option(m.name(), "ppid.delivery." + m.name(), m.name().equals(value("delivery_method")))).toList();
    }
}

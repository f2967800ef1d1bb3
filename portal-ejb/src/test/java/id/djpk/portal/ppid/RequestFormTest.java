package id.djpk.portal.ppid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.system.Violation;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestFormTest {

    @Test
    void aCompleteFormHasNoViolations() {
        assertEquals(List.of(), PpidForms.valid().violations());
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        assertEquals(List.of("name", "nik", "address", "occupation", "phone", "information", "purpose",
                "obtain_method", "delivery_method", "consent"),
                new RequestForm().violations().stream().map(Violation::field).toList());
    }

    static Stream<Arguments> spoiled() {
        return Stream.of(
                row("blank name", f -> f.setName("  "), "name", "ppid.required"),
                row("name too long", f -> f.setName("x".repeat(201)), "name", "ppid.tooLong"),
                row("NIK missing", f -> f.setNik(null), "nik", "ppid.nikOrBasisRequired"),
                row("NIK implausible", f -> f.setNik("3273013208850001"), "nik", "ppid.nikInvalid"),
                row("basis too long", f -> { f.setNik(null); f.setOrganizationBasis("x".repeat(301)); },
                        "organization_basis", "ppid.tooLong"),
                row("organisation with a wrong NIK", f -> { f.setOrganizationBasis("AHU-0012345.AH.01.07"); f.setNik("123"); },
                        "nik", "ppid.nikInvalid"),
                row("address missing", f -> f.setAddress(""), "address", "ppid.required"),
                row("occupation missing", f -> f.setOccupation(null), "occupation", "ppid.required"),
                row("phone missing", f -> f.setPhone(" "), "phone", "ppid.required"),
                row("phone with letters", f -> f.setPhone("0812-abc-7890"), "phone", "ppid.phoneInvalid"),
                row("phone too short", f -> f.setPhone("12345"), "phone", "ppid.phoneInvalid"),
                row("email malformed", f -> f.setEmail("siti@example"), "email", "ppid.emailInvalid"),
                row("email with a space", f -> f.setEmail("siti @example.org"), "email", "ppid.emailInvalid"),
                row("email missing for e-mail delivery", f -> f.setEmail(null), "email", "ppid.emailRequiredForDelivery"),
                row("information missing", f -> f.setInformation(null), "information", "ppid.required"),
                row("information too long", f -> f.setInformation("x".repeat(4001)), "information", "ppid.tooLong"),
                row("purpose missing", f -> f.setPurpose(" "), "purpose", "ppid.required"),
                row("obtain method missing", f -> f.setObtainMethod(null), "obtain_method", "ppid.choiceRequired"),
                row("delivery method missing", f -> { f.setDeliveryMethod(null); }, "delivery_method", "ppid.choiceRequired"),
                row("no consent", f -> f.setConsent(false), "consent", "ppid.consentRequired"));
    }

    private static Arguments row(String what, Consumer<RequestForm> spoil, String field, String key) {
        return Arguments.of(what, spoil, field, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiled")
    void eachSpoiledFieldIsNamed(String what, Consumer<RequestForm> spoil, String field, String key) {
        RequestForm f = PpidForms.valid();
        spoil.accept(f);
        List<Violation> v = f.violations();
        assertEquals(List.of(field + ":" + key), v.stream().map(x -> x.field() + ":" + x.key()).toList());
    }

    @Test
    void anOrganisationNeedsNoNikAndPickupNeedsNoEmail() {
        RequestForm f = PpidForms.valid();
        f.setNik(null);
        f.setOrganizationBasis("SK Menkumham AHU-0012345.AH.01.07 Tahun 2020");
        f.setEmail(null);
        f.setDeliveryMethod(DeliveryMethod.PICKUP);
        assertEquals(List.of(), f.violations());
    }
}

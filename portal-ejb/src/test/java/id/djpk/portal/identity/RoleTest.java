package id.djpk.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void theNamesForTheServicesRoleChecksAreTheRolesNames() {
        assertEquals(Role.ADMIN.name(), Role.ADMIN_NAME);
        assertEquals(Role.PUBLISHER.name(), Role.PUBLISHER_NAME);
        assertEquals(Role.AGENT.name(), Role.AGENT_NAME);
        assertEquals(Role.L2.name(), Role.L2_NAME);
        assertEquals(Role.PPID.name(), Role.PPID_NAME);
        assertEquals(Role.PPID_SUPERIOR.name(), Role.PPID_SUPERIOR_NAME);
        assertEquals(Role.DESK.name(), Role.DESK_NAME);
        assertEquals(Role.REPORT_EDITOR.name(), Role.REPORT_EDITOR_NAME);
    }

    @Test
    void onlyALayerTwoOnlyAccountIsHeldToItsUnit() {
        assertEquals(Optional.of("DTU"), account(Set.of(Role.L2), "DTU").layer2Unit());
        assertEquals(Optional.of(""), account(Set.of(Role.L2), null).layer2Unit(), "no unit: nothing of any unit");
        assertTrue(account(Set.of(Role.L2, Role.AGENT), "DTU").layer2Unit().isEmpty(), "an agent too");
        assertTrue(account(Set.of(Role.L2, Role.ADMIN), "DTU").layer2Unit().isEmpty(), "an administrator too");
        assertTrue(account(Set.of(Role.PUBLISHER), "DTU").layer2Unit().isEmpty());
    }

    private static StaffAccount account(Set<Role> roles, String unit) {
        id.djpk.portal.reference.OrgUnit u = unit == null ? null : new id.djpk.portal.reference.OrgUnit(unit, "Unit " + unit);
        return new StaffAccount("akun", "Akun Uji", null, "hash", roles, u, java.time.Instant.EPOCH);
    }
}

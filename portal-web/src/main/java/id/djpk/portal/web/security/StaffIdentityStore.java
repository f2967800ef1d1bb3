package id.djpk.portal.web.security;

import id.djpk.portal.identity.LoginOutcome;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Staff accounts from the database. Not the built-in database store: a login must also count
 * failures, lock the account after too many and be audited, which {@link StaffDirectory} does.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffDirectory staff;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = staff.authenticate(credential.getCaller(), credential.getPasswordAsString());
        if (!outcome.ok()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}

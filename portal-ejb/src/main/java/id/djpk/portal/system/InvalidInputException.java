package id.djpk.portal.system;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks one or more rules; each violation is shown beside its field. Changes nothing. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "input.invalid" : violations.get(0).key(),
                violations.isEmpty() ? new Object[0] : violations.get(0).arguments().toArray());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> getViolations() {
        return violations;
    }
}

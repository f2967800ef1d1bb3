package id.djpk.portal.visit;

import id.djpk.portal.system.BusinessException;
import jakarta.ejb.ApplicationException;

/** A booking or check-in that the circular forbids. The message quotes the rule; nothing is stored. */
@ApplicationException(rollback = true)
public class VisitRuleException extends BusinessException {

    private final VisitRule rule;

    public VisitRuleException(VisitRule rule, Object... arguments) {
        super(rule.messageKey(), arguments);
        this.rule = rule;
    }

    public VisitRule getRule() {
        return rule;
    }
}

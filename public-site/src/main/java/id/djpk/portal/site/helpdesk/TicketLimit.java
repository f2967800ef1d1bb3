package id.djpk.portal.site.helpdesk;

import id.djpk.portal.site.ppid.SubmissionLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * The same allowance as for PPID requests (a few an hour from one address, the trusted-proxy rule for
 * X-Forwarded-For), counted separately: a person who asked the PPID can still ask the contact center.
 * {@code @Typed} keeps this bean out of the injection points of {@link SubmissionLimit} itself.
 */
@ApplicationScoped
@Typed(TicketLimit.class)
public class TicketLimit extends SubmissionLimit {
}

package id.djpk.portal.site.visit;

import id.djpk.portal.site.ppid.SubmissionLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * The same allowance as for PPID requests (5 an hour from one address), counted apart: a regional office
 * that books a visit still has its PPID allowance.
 */
@ApplicationScoped
@Typed(VisitSubmissionLimit.class)
public class VisitSubmissionLimit extends SubmissionLimit {
}

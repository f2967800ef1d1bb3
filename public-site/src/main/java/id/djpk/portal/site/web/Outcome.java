package id.djpk.portal.site.web;

/** What an intake did with a submission: accepted with its result, or refused and why. */
public record Outcome<T>(T accepted, Refusal refusal) {

    public static <T> Outcome<T> of(T accepted) {
        return new Outcome<>(accepted, null);
    }

    public static <T> Outcome<T> refused(Refusal refusal) {
        return new Outcome<>(null, refusal);
    }

    public boolean isAccepted() {
        return refusal == null;
    }
}

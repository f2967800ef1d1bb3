package id.djpk.portal.lapor;

/** How often a report type is due, and so how its periods are written. */
public enum PeriodKind {
    /** {@code 2024-05} */
    MONTHLY("2024-05"),
    /** {@code 2024-Q2} */
    QUARTERLY("2024-Q2"),
    /** {@code 2024-S1} */
    SEMESTER("2024-S1"),
    /** {@code 2024} */
    YEARLY("2024"),
    /** A one-off report, named by the year it belongs to: {@code 2024}; it has no deadline. */
    ONCE("2024");

    private final String example;

    PeriodKind(String example) {
        this.example = example;
    }

    /** How a period of this kind is written, for messages and the form's hint. */
    public String example() {
        return example;
    }

    /** The number of months a period covers (a one-off report: its year). */
    int months() {
        return switch (this) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case SEMESTER -> 6;
            case YEARLY, ONCE -> 12;
        };
    }

    /** How many periods a year has. */
    int perYear() {
        return 12 / months();
    }
}

package id.djpk.portal.whatsapp;

import id.djpk.portal.reference.Region;
import id.djpk.portal.system.LetterTexts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's WhatsApp chatbot as a plain rule (DOMAIN.md §4): greet, take the identity in the office's format
 * (labelled lines or one answer at a time, asked again with an example when wrong), then the menu 1–9 as an
 * interactive list; items 1–8 answer from the published knowledge base, 9 hands over to an agent. {@code menu}
 * starts over, a typed number works as well as the list, {@code BERHENTI}/{@code STOP} and {@code IKUT} withdraw
 * and give the consent to announcements, and a ticket, PPID or booking number with its access code asks for its
 * status. {@link #next} is a function of the state and the message: {@link WhatsAppInbox} stores the state and
 * carries out the {@link Turn}'s action.
 */
public final class Chatbot {

    /** Where a conversation is. */
    public enum Stage { NEW, IDENTITY, REGION_CHOICE, MENU, TOPIC, AGENT }

    /** What the portal must do beyond sending the replies. */
    public enum Action { NONE, MENU_CHOSEN, HAND_OVER, TO_AGENT, CONSENT_OFF, CONSENT_ON, LOOKUP }

    /** The menu item that hands over to a person. */
    public static final int AGENT_ITEM = 9;

    /** The conversation's state as stored between messages. */
    public record State(Stage stage, Identity identity, Identity.Field asking, int menuItem, List<String> choices)
            implements Serializable {
        public State {
            identity = identity == null ? Identity.EMPTY : identity;
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public static State fresh(Identity known) {
            return new State(Stage.NEW, known, null, 0, List.of());
        }

        State at(Stage s) {
            return new State(s, identity, asking, menuItem, choices);
        }
    }

    /** The answer to one message: the next state, the replies, and an action with its argument (menu item, reference). */
    public record Turn(State state, List<Outgoing> replies, Action action, int menuItem, String reference, String code) {
        static Turn of(State state, Action action, Outgoing... replies) {
            return new Turn(state, List.of(replies), action, state.menuItem(), null, null);
        }
    }

    /** The published knowledge base as the menu sees it. */
    public interface Knowledge {
        /** The questions under a menu item (rows with ids {@code kb:<id>}), at most 10. */
        List<Outgoing.Row> questions(int menuItem);

        /** The answer of a row chosen. */
        Optional<String> answer(String rowId);
    }

    /** A ticket, PPID or booking number followed by its access code (the new grouped codes or the old long ones). */
    private static final Pattern LOOKUP = Pattern.compile("(?i)\\b(TIK-\\d{4}-\\d{6}|PPID-\\d{4}-\\d{5}|KJ-[0-9A-Z]{6})\\b"
            + "[\\s,;:/]+(?:kode(?:\\s*akses)?\\s*[:=]?\\s*)?([0-9A-Z]{4}(?:[- ]?[0-9A-Z]{4}){3}|[A-Za-z0-9_-]{20,64})\\b");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)]?\\s*$");

    private final LetterTexts texts = new LetterTexts(Chatbot.class);
    private final RegionMatcher regions;
    private final Knowledge knowledge;

    public Chatbot(RegionMatcher regions, Knowledge knowledge) {
        this.regions = regions;
        this.knowledge = knowledge;
    }

    public Turn next(State state, Inbound in, String handoverNote) {
        String text = in.text() == null ? "" : in.text().strip();
        String word = text.toLowerCase(Locale.ROOT);
        if (word.equals("berhenti") || word.equals("stop")) {
            return Turn.of(state, Action.CONSENT_OFF, new Outgoing.Text(texts.text("bot.consentOff")));
        }
        if (word.equals("ikut")) {
            return Turn.of(state, Action.CONSENT_ON, new Outgoing.Text(texts.text("bot.consentOn")));
        }
        if (state.stage() == Stage.AGENT && !word.equals("menu")) {
            return Turn.of(state, Action.TO_AGENT);
        }
        Matcher lookup = LOOKUP.matcher(text);
        if (lookup.find()) {
            return new Turn(state, List.of(), Action.LOOKUP, state.menuItem(), lookup.group(1).toUpperCase(Locale.ROOT),
                    lookup.group(2));
        }
        if (word.equals("menu")) {
            return state.identity().complete() ? menu(state, "bot.menuAgain") : askIdentity(state.at(Stage.IDENTITY), null);
        }
        if (in.unsupported() && state.stage() != Stage.NEW) {
            return Turn.of(state, Action.NONE, new Outgoing.Text(texts.text("bot.unsupported")));
        }
        return switch (state.stage()) {
            case NEW -> greet(state, in, text);
            case IDENTITY -> identity(state, text);
            case REGION_CHOICE -> regionChoice(state, in, text);
            case MENU -> menuChoice(state, in, text, handoverNote);
            case TOPIC -> topicChoice(state, in, text, handoverNote);
            case AGENT -> menu(state, "bot.menuAgain");
        };
    }

    private Turn greet(State state, Inbound in, String text) {
        if (state.identity().complete()) {
            return menu(state, "bot.welcomeBack", state.identity().name());
        }
        Outgoing greeting = new Outgoing.Text(texts.text("bot.greeting"));
        if (Identity.labelled(text)) {
            Turn t = identity(state.at(Stage.IDENTITY), text);
            List<Outgoing> replies = new ArrayList<>(List.of(greeting));
            replies.addAll(t.replies());
            return new Turn(t.state(), replies, t.action(), t.menuItem(), null, null);
        }
        State asking = new State(Stage.IDENTITY, state.identity(), Identity.Field.NAME, 0, List.of());
        return Turn.of(asking, Action.NONE, greeting, new Outgoing.Text(texts.text("bot.identityFormat")));
    }

    private Turn identity(State state, String text) {
        Identity id = state.identity();
        String regionBefore = id.region();
        if (Identity.labelled(text)) {
            id = id.withLabelled(text);
        } else if (state.asking() != null && !text.isEmpty()) {
            id = id.with(state.asking(), text);
        }
        if (id.region() != null && (id.regionCode() == null || !id.region().equals(regionBefore))) {
            List<Region> found = regions.match(id.region());
            if (found.size() == 1) {
                id = id.resolved(found.get(0).getCode(), found.get(0).getName());
            } else if (found.size() > 1) {
                List<Outgoing.Row> rows = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < found.size(); i++) {
                    Region r = found.get(i);
                    rows.add(new Outgoing.Row("region:" + r.getCode(), (i + 1) + ". " + r.getShortName(), r.getName()));
                    codes.add(r.getCode());
                }
                State choosing = new State(Stage.REGION_CHOICE, id, Identity.Field.REGION, 0, codes);
                return Turn.of(choosing, Action.NONE, new Outgoing.ListMenu(texts.text("bot.regionChoice", id.region()),
                        texts.text("bot.regionButton"), rows));
            } else {
                Identity cleared = id.with(Identity.Field.REGION, null);
                return Turn.of(new State(Stage.IDENTITY, cleared, Identity.Field.REGION, 0, List.of()), Action.NONE,
                        new Outgoing.Text(texts.text("bot.regionUnknown", id.region())));
            }
        }
        return askOrMenu(state, id);
    }

    private Turn askOrMenu(State state, Identity id) {
        Identity.Field missing = id.missing();
        if (missing == null) {
            return menu(new State(Stage.MENU, id, null, 0, List.of()), "bot.thanks", id.name());
        }
        return askIdentity(new State(Stage.IDENTITY, id, missing, 0, List.of()), state.asking() == missing ? missing : null);
    }

    /** Asks for the next field; {@code again} when the answer to it was not acceptable (shown with an example). */
    private Turn askIdentity(State state, Identity.Field again) {
        Identity.Field field = state.identity().missing();
        State asking = new State(Stage.IDENTITY, state.identity(), field, 0, List.of());
        String key = "bot.ask." + field.name().toLowerCase(Locale.ROOT);
        if (again != null) {
            return Turn.of(asking, Action.NONE, new Outgoing.Text(texts.text("bot.again." + field.name().toLowerCase(Locale.ROOT))));
        }
        return Turn.of(asking, Action.NONE, new Outgoing.Text(texts.text(key)));
    }

    private Turn regionChoice(State state, Inbound in, String text) {
        String code = null;
        if (in.choice() != null && in.choice().startsWith("region:")) {
            code = in.choice().substring("region:".length());
        } else {
            Matcher n = NUMBER.matcher(text);
            if (n.matches()) {
                int k = Integer.parseInt(n.group(1));
                if (k >= 1 && k <= state.choices().size()) {
                    code = state.choices().get(k - 1);
                }
            }
        }
        if (code != null && state.choices().contains(code)) {
            Region r = regions.byCode(code);
            Identity id = state.identity().resolved(r.getCode(), r.getName());
            return askOrMenu(state, id);
        }
        if (!text.isEmpty() && in.choice() == null) {
            // another spelling of the region
            return identity(new State(Stage.IDENTITY, state.identity(), Identity.Field.REGION, 0, List.of()), text);
        }
        return Turn.of(state, Action.NONE, new Outgoing.Text(texts.text("bot.regionChoiceAgain")));
    }

    private Turn menu(State state, String key, Object... args) {
        List<Outgoing.Row> rows = new ArrayList<>();
        for (int i = 1; i <= AGENT_ITEM; i++) {
            rows.add(new Outgoing.Row("menu:" + i, i + ". " + texts.text("bot.menu." + i + ".short"), texts.text("bot.menu." + i)));
        }
        State at = new State(Stage.MENU, state.identity(), null, 0, List.of());
        return Turn.of(at, Action.NONE, new Outgoing.ListMenu(texts.text(key, args) + "\n\n" + texts.text("bot.menuBody"),
                texts.text("bot.menuButton"), rows));
    }

    private Turn menuChoice(State state, Inbound in, String text, String handoverNote) {
        int item = 0;
        if (in.choice() != null && in.choice().startsWith("menu:")) {
            item = parse(in.choice().substring("menu:".length()));
        } else {
            Matcher n = NUMBER.matcher(text);
            if (n.matches()) {
                item = Integer.parseInt(n.group(1));
            }
        }
        if (item < 1 || item > AGENT_ITEM) {
            return menu(state, "bot.menuInvalid");
        }
        return chosen(state, item, handoverNote);
    }

    private Turn chosen(State state, int item, String handoverNote) {
        if (item == AGENT_ITEM) {
            State agent = new State(Stage.AGENT, state.identity(), null, AGENT_ITEM, List.of());
            return new Turn(agent, List.of(new Outgoing.Text(texts.text("bot.handover", handoverNote))), Action.HAND_OVER,
                    AGENT_ITEM, null, null);
        }
        List<Outgoing.Row> questions = knowledge.questions(item);
        State topic = new State(Stage.TOPIC, state.identity(), null, item, questions.stream().map(Outgoing.Row::id).toList());
        Outgoing reply = questions.isEmpty()
                ? new Outgoing.Text(texts.text("bot.noQuestions", texts.text("bot.menu." + item)))
                : new Outgoing.ListMenu(texts.text("bot.questions", texts.text("bot.menu." + item)),
                        texts.text("bot.questionsButton"), questions);
        return new Turn(topic, List.of(reply), Action.MENU_CHOSEN, item, null, null);
    }

    private Turn topicChoice(State state, Inbound in, String text, String handoverNote) {
        String rowId = null;
        if (in.choice() != null && in.choice().startsWith("kb:")) {
            rowId = in.choice();
        } else {
            Matcher n = NUMBER.matcher(text);
            if (n.matches()) {
                int k = Integer.parseInt(n.group(1));
                if (k >= 1 && k <= state.choices().size()) {
                    rowId = state.choices().get(k - 1);
                } else if (k == AGENT_ITEM && state.choices().size() < AGENT_ITEM) {
                    return chosen(state, AGENT_ITEM, handoverNote);
                }
            }
        }
        Optional<String> answer = rowId == null ? Optional.empty() : knowledge.answer(rowId);
        if (answer.isPresent()) {
            return Turn.of(state, Action.NONE, new Outgoing.Text(answer.get() + "\n\n" + texts.text("bot.afterAnswer")));
        }
        return Turn.of(state, Action.NONE, new Outgoing.Text(texts.text("bot.topicInvalid")));
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

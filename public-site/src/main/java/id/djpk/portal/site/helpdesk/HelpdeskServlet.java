package id.djpk.portal.site.helpdesk;

import id.djpk.portal.system.Links;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.KnowledgeArticle;
import id.djpk.portal.helpdesk.KnowledgeBase;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.helpdesk.Survey;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.web.AccessLinks;
import id.djpk.portal.site.web.Option;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.RegionPicker;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.TooManyAttemptsException;
import id.djpk.portal.system.Violation;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The requester's helpdesk pages: "Buat Tiket" ({@code /tiket/baru}), the ticket by its access link
 * ({@code /tiket/lihat}, where answers are read and replies posted), the survey ({@code /tiket/survei}) and the
 * FAQ ({@code /faq}). Plain HTML forms rendered by transient Faces views, as the PPID pages.
 */
@WebServlet(urlPatterns = {Links.TICKET_FORM, Links.TICKET, Links.SURVEY, Links.FAQ})
public class HelpdeskServlet extends HttpServlet {

    /** The fields of the form, named as in {@code POST /api/tickets}. */
    static final List<String> FIELDS = List.of("name", "email", "phone", "region_code", "institution", "subject", "message");

    private static final String MODEL = "ticketPage";

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private KnowledgeBase knowledge;

    @Inject
    private ReferenceData reference;

    @Inject
    private TicketIntake tickets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Pages.noStore(response);
        switch (request.getServletPath()) {
            case Links.TICKET_FORM -> form(request, response, new PageModel());
            case Links.TICKET -> {
                if (!AccessLinks.moveCodeToFragment(request, response, "kode")) {
                    ticket(request, response, new PageModel());
                }
            }
            case Links.SURVEY -> {
                if (!AccessLinks.moveCodeToFragment(request, response, "kode")) {
                    survey(request, response, new PageModel());
                }
            }
            case Links.FAQ -> faq(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Pages.noStore(response);
        switch (request.getServletPath()) {
            case Links.TICKET_FORM -> submit(request, response);
            // "Lihat tiket" (number and code, typed or from the link's fragment) or a reply from the ticket page
            case Links.TICKET -> {
                if (request.getParameter("message") == null) {
                    ticket(request, response, new PageModel());
                } else {
                    reply(request, response);
                }
            }
            // opening the survey with the code from the link's fragment, or the answers
            case Links.SURVEY -> {
                if (request.getParameter("buka") != null) {
                    survey(request, response, new PageModel());
                } else {
                    rate(request, response);
                }
            }
            default -> Pages.notAllowed(response, "GET");
        }
    }

    // ---------------------------------------------------------------- form

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = Pages.locale(request);
        PageModel model = new PageModel();
        FIELDS.forEach(f -> model.set(f, request.getParameter(f)));
        model.set("region_code", RegionPicker.code(reference, model.value("region_code")));
        boolean consent = request.getParameter("consent") != null;
        model.set("consent", consent ? "true" : "");
        Intake intake = Intake.webForm(model.value("name"), model.value("email"), model.value("subject"),
                model.value("message"), model.value("region_code"), model.value("institution"), model.value("phone"), consent);
        // the checkbox's words as the form showed them: what the requester agreed to (or no longer agrees to)
        Outcome<Opened> outcome = tickets.submit(intake, Pages.bundle(locale).getString("ticket.field.consent"), request, locale);
        if (!outcome.isAccepted()) {
            model.refuse(outcome.refusal());
            response.setStatus(outcome.refusal().status());
            form(request, response, model);
            return;
        }
        Opened opened = outcome.accepted();
        model.fact("number", opened.number());
        model.fact("code", opened.accessCode());
        model.fact("link", link(opened.number(), opened.accessCode()));
        render(request, response, "diterima", model);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, PageModel model)
            throws IOException, ServletException {
        reference.regions().forEach(r -> model.getRegions().add(new Option(r.getCode(), r.getName())));
        render(request, response, "baru", model);
    }

    // ---------------------------------------------------------------- ticket page

    private void reply(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        PageModel model = new PageModel();
        String text = request.getParameter("message");
        if (requesterTicket(request, response, model).isEmpty()) {
            // a wrong number or code is answered (and counted) once, as by the look-up form
            render(request, response, "lihat", model);
            return;
        }
        try {
            helpdesk.requesterReply(request.getParameter("nomor"), request.getParameter("kode"), text);
            model.setNotice(Pages.bundle(Pages.locale(request)).getString("ticket.view.replied"));
        } catch (InvalidInputException e) {
            model.set("message", text);
            Violation v = e.getViolations().get(0);
            model.addError("message", Messages.text(Pages.locale(request), v.key(), v.arguments().toArray()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (BusinessException e) {
            model.setGeneral(Messages.text(Pages.locale(request), e));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        ticket(request, response, model);
    }

    private void ticket(HttpServletRequest request, HttpServletResponse response, PageModel model)
            throws IOException, ServletException {
        Language language = Pages.language(request);
        Formats formats = Formats.of(language);
        ResourceBundle msg = Pages.bundle(language.locale());
        String code = request.getParameter("kode");
        Optional<Ticket> found = requesterTicket(request, response, model);
        if (found.isEmpty()) {
            render(request, response, "lihat", model);
            return;
        }
        Ticket t = found.get();
        model.setFound(true);
        model.fact("number", t.getNumber());
        model.fact("code", code.strip());
        model.fact("subject", t.getSubject());
        model.fact("status", msg.getString("ticket.status." + t.getStatus().name()));
        model.fact("created", formats.dateTime(t.getCreatedAt()));
        if (t.getCallbackDue() != null && t.getEscalatedAt() != null && t.getL2AnsweredAt() == null) {
            model.fact("callback", formats.date(t.getCallbackDue()));
        }
        for (TicketMessage m : t.publicThread()) {
            boolean fromRequester = m.getKind() == TicketMessage.Kind.REQUEST;
            model.getThread().add(new PageModel.Entry(formats.dateTime(m.getAt()), Formats.isoInstant(m.getAt()),
                    fromRequester ? m.getAuthor() : msg.getString("ticket.view.agent"), m.getBody(), fromRequester));
        }
        render(request, response, "lihat", model);
    }

    /**
     * The ticket for number and code posted (never a code from the query string). Without both the page is the
     * "Lihat tiket" form; a wrong pair is a 404 and too many wrong codes for the number a 429, each said on the page.
     */
    private Optional<Ticket> requesterTicket(HttpServletRequest request, HttpServletResponse response, PageModel model) {
        String number = request.getParameter("nomor");
        String code = "POST".equals(request.getMethod()) ? request.getParameter("kode") : null;
        model.set("nomor", number == null ? "" : number.strip());
        if (code == null || (number == null || number.isBlank()) && code.isBlank()) {
            return Optional.empty();
        }
        model.fact("searched", "true");
        try {
            Optional<Ticket> found = number == null || number.isBlank() || code.isBlank() ? Optional.empty()
                    : helpdesk.findForRequester(number.strip(), code.strip());
            if (found.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            return found;
        } catch (TooManyAttemptsException e) {
            model.fact("blocked", Messages.text(Pages.locale(request), e));
            response.setStatus(429);
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- survey

    private void rate(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = Pages.locale(request);
        PageModel model = new PageModel();
        String code = request.getParameter("kode");
        for (String f : List.of("service", "answer", "comment")) {
            model.set(f, request.getParameter(f));
        }
        try {
            helpdesk.rate(code, number(model.value("service")), number(model.value("answer")), model.value("comment"));
            model.setNotice(Pages.bundle(locale).getString("survey.thanks"));
            model.fact("state", "DONE");
            render(request, response, "survei", model);
            return;
        } catch (InvalidInputException e) {
            e.getViolations().forEach(v -> model.addError(v.field(), Messages.text(locale, v.key(), v.arguments().toArray())));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (BusinessException e) {
            model.setGeneral(Messages.text(locale, e));
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        survey(request, response, model);
    }

    private void survey(HttpServletRequest request, HttpServletResponse response, PageModel model)
            throws IOException, ServletException {
        String code = "POST".equals(request.getMethod()) ? request.getParameter("kode") : null;
        if (code == null) {
            // the link's code is in its fragment: the page's form takes it and opens the survey by POST
            model.fact("state", "ASK");
            render(request, response, "survei", model);
            return;
        }
        Optional<Ticket> t = helpdesk.findBySurvey(code);
        Survey.State state = helpdesk.surveyState(code);
        model.fact("state", state.name());
        model.fact("code", code == null ? "" : code.strip());
        t.ifPresent(ticket -> {
            model.fact("number", ticket.getNumber());
            model.fact("subject", ticket.getSubject());
        });
        if (state != Survey.State.OPEN && response.getStatus() == HttpServletResponse.SC_OK) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        render(request, response, "survei", model);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- FAQ

    private void faq(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        PageModel model = new PageModel();
        String q = request.getParameter("q");
        model.set("q", q);
        if (id.djpk.portal.system.SearchText.of(q).shortened()) {
            model.setNotice(Pages.text(Pages.locale(request), "search.truncated",
                    id.djpk.portal.system.SearchText.MAX_WORDS));
        }
        Map<String, String> topics = reference.topics().stream().collect(Collectors.toMap(Topic::getCode, Topic::getName));
        for (KnowledgeArticle a : knowledge.faq(q, 50)) {
            model.getAnswers().add(new PageModel.Faq(a.getQuestion(), a.getAnswer(), topics.get(a.getTopicCode())));
        }
        model.setFound(!model.getAnswers().isEmpty());
        render(request, response, "faq", model);
    }

    // ---------------------------------------------------------------- helpers

    static String link(String number, String code) {
        return Links.TICKET + "?nomor=" + Pages.url(number) + AccessCode.fragment("kode", code);
    }

    private static void render(HttpServletRequest request, HttpServletResponse response, String view, PageModel model)
            throws IOException, ServletException {
        Pages.render(request, response, "/WEB-INF/views/tiket/" + view + ".xhtml", MODEL, model);
    }
}

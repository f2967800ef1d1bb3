package id.djpk.portal.web.lapor;

import id.djpk.portal.lapor.ComplianceCsv;
import id.djpk.portal.lapor.ComplianceMatrix;
import id.djpk.portal.lapor.ComplianceRow;
import id.djpk.portal.lapor.DeadlineRule;
import id.djpk.portal.lapor.LaporCompliance;
import id.djpk.portal.lapor.LaporDesk;
import id.djpk.portal.lapor.LaporEvent;
import id.djpk.portal.lapor.LaporFigures;
import id.djpk.portal.lapor.LaporFile;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporStatus;
import id.djpk.portal.lapor.LaporSubmission;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.web.api.ApiErrors;
import id.djpk.portal.web.api.MonthParameter;
import id.djpk.portal.web.helpdesk.StaffUnit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The staff side of Email Lapor for scripts and tools: the queue and one submission (agents and administrators see
 * every unit's, a Layer 2 account its unit's), the unit's decision, the administrators' report types, and the month's
 * figures {@code GET /portal/api/stats/lapor}. web.xml admits the roles; the unit is checked here.
 */
@Path("")
@RequestScoped
@Produces(ApiErrors.JSON_UTF8)
public class LaporStaffResource {

    @Inject
    private LaporService lapor;

    @Inject
    private LaporDesk desk;

    @Inject
    private LaporCompliance compliance;

    @Inject
    private StaffUnit unit;

    @Inject
    private OfficeClock clock;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("lapor")
    public JsonObject queue(@QueryParam("type") String type, @QueryParam("period") String period,
            @QueryParam("region") String region, @QueryParam("status") String status) {
        LaporStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = LaporStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("status must be one of RECEIVED, IN_REVIEW, ACCEPTED, RETURNED, SUPERSEDED");
            }
        }
        List<LaporSubmission> items = desk.queue(new LaporDesk.Filter(type, period, region, s, ownUnitOnly()));
        JsonArrayBuilder out = Jsonp.JSON.createArrayBuilder();
        items.forEach(x -> out.add(summary(x)));
        return Jsonp.JSON.createObjectBuilder().add("total", items.size()).add("items", out).build();
    }

    @GET
    @Path("lapor/{receipt}")
    public JsonObject one(@PathParam("receipt") String receipt) {
        LaporSubmission s = visible(receipt);
        JsonArrayBuilder files = Jsonp.JSON.createArrayBuilder();
        for (LaporFile f : s.getFiles()) {
            files.add(Jsonp.JSON.createObjectBuilder().add("id", f.getId()).add("version", f.getFileVersion())
                    .add("name", f.getFileName()).add("size", f.getSizeBytes()).add("sha256", f.getSha256()));
        }
        JsonArrayBuilder history = Jsonp.JSON.createArrayBuilder();
        for (LaporEvent e : s.getEvents()) {
            JsonObjectBuilder h = Jsonp.JSON.createObjectBuilder().add("at", e.getAt().toString()).add("status", e.kindName())
                    .add("actor", e.getActor());
            text(h, "note", e.getNote());
            history.add(h);
        }
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder(summary(s));
        text(o, "institution", s.getInstitution());
        o.add("name", s.getSenderName()).add("email", s.getEmail());
        text(o, "phone", s.getPhone());
        text(o, "note", s.getNote());
        text(o, "reason", s.getReason());
        text(o, "supersedes", s.getSupersedes());
        text(o, "supersededBy", s.getSupersededBy());
        return o.add("files", files).add("history", history).build();
    }

    /** The unit's decision {@code {"decision": "ACCEPTED"|"RETURNED", "reason"}}: 200 with the new status. */
    @POST
    @Path("lapor/{receipt}/decision")
    // JSON only: a browser form cannot send it to another site without asking first (CSRF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("receipt") String receipt, String json) {
        JsonObject body = object(json);
        LaporSubmission s = lapor.find(receipt).orElseThrow(() -> new NotFoundException("no report " + receipt));
        try {
            LaporSubmission decided = desk.decide(s.getReceipt(), string(body, "decision"), string(body, "reason"), reviewer());
            return Response.ok(Jsonp.JSON.createObjectBuilder().add("receipt", decided.getReceipt())
                    .add("status", decided.getStatus().name()).build()).type(ApiErrors.JSON_UTF8).build();
        } catch (InvalidInputException e) {
            return invalid(e);
        } catch (BusinessException e) {
            return failure("lapor.notYourUnit".equals(e.getKey()) ? Response.Status.FORBIDDEN : Response.Status.CONFLICT, e);
        }
    }

    /**
     * Sets a report type (administrators): {@code {"name", "unit", "period", "deadline": {"monthsAfter", "day"} | null,
     * "accepts": ["PDF", …], "maxMb": n}}; {@code accepts} and {@code maxMb} may be left out (kept as they are, a new
     * type takes all five kinds and 50 MB).
     */
    @PUT
    @Path("lapor/types/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setType(@PathParam("code") String code, String json) {
        if (!security.isUserInRole("ADMIN")) {
            throw new ForbiddenException("report types are set by administrators");
        }
        JsonObject body = object(json);
        try {
            DeadlineRule rule = deadline(body);
            LaporType t = lapor.setType(code, string(body, "name"), string(body, "unit"), string(body, "period"), rule,
                    accepts(body), maxMb(body));
            JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("code", t.getCode()).add("name", t.getName())
                    .add("unit", t.getUnitCode()).add("period", t.getPeriodKind().name());
            if (t.deadline().isPresent()) {
                o.add("deadline", Jsonp.JSON.createObjectBuilder().add("monthsAfter", t.deadline().get().monthsAfter())
                        .add("day", t.deadline().get().day()));
            } else {
                o.addNull("deadline");
            }
            o.add("accepts", Jsonp.JSON.createArrayBuilder(t.accepted().kindNames())).add("maxMb", t.getMaxMb());
            return Response.ok(o.build()).type(ApiErrors.JSON_UTF8).build();
        } catch (InvalidInputException e) {
            return invalid(e);
        }
    }

    /** {@code {"month", "total", "byType": {code: n}, "onTime", "late", "ytd"}}; without {@code month} the current one. */
    @GET
    @Path("stats/lapor")
    public JsonObject figures(@QueryParam("month") String month) {
        YearMonth m = MonthParameter.of(clock, month);
        LaporFigures f = desk.figures(m);
        JsonObjectBuilder byType = Jsonp.JSON.createObjectBuilder();
        f.byType().forEach(byType::add);
        return Jsonp.JSON.createObjectBuilder().add("month", m.toString()).add("total", f.total()).add("byType", byType)
                .add("onTime", f.onTime()).add("late", f.late()).add("ytd", f.ytd()).build();
    }

    /**
     * The compliance matrix of a report type and period: {@code {"reportType", "period", "deadline", "deadlinePassed",
     * "counts": {state: n}, "regions": [{"regionCode", "regionName", "state", "receipt", "firstReceivedAt", "remindedAt"}]}}.
     * A Layer 2 account reads its unit's types only (403 for another's).
     */
    @GET
    @Path("lapor/compliance")
    public Response compliance(@QueryParam("type") String type, @QueryParam("period") String period) {
        return matrix(type, period, m -> {
            JsonObjectBuilder counts = Jsonp.JSON.createObjectBuilder();
            m.counts().forEach((state, n) -> counts.add(state.name(), n));
            JsonArrayBuilder regions = Jsonp.JSON.createArrayBuilder();
            for (ComplianceRow r : m.rows()) {
                JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("regionCode", r.regionCode()).add("regionName", r.regionName())
                        .add("state", r.state().name());
                text(o, "receipt", r.receipt());
                text(o, "firstReceivedAt", r.firstReceivedAt() == null ? null : r.firstReceivedAt().toString());
                text(o, "remindedAt", r.remindedAt() == null ? null : r.remindedAt().toString());
                regions.add(o);
            }
            JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("reportType", m.typeCode()).add("period", m.period());
            text(o, "deadline", m.deadline() == null ? null : m.deadline().toString());
            o.add("deadlinePassed", m.deadlinePassed()).add("counts", counts).add("regions", regions);
            return Response.ok(o.build()).type(ApiErrors.JSON_UTF8).build();
        });
    }

    /** The same matrix as a CSV download ({@link ComplianceCsv}). */
    @GET
    @Path("lapor/compliance.csv")
    public Response complianceCsv(@QueryParam("type") String type, @QueryParam("period") String period) {
        return matrix(type, period, m -> Response.ok(ComplianceCsv.write(m, clock.zone())).type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ComplianceCsv.fileName(m) + "\"")
                .header("Cache-Control", "no-store").build());
    }

    private Response matrix(String type, String period, java.util.function.Function<ComplianceMatrix, Response> answer) {
        if (type == null || type.isBlank()) {
            return invalid(new InvalidInputException(List.of(Violation.of("type", "lapor.typeRequired"))));
        }
        ComplianceMatrix m;
        try {
            m = compliance.matrix(type, period == null || period.isBlank() ? compliance.latestEndedPeriod(type.strip()) : period,
                    ownUnitOnly());
        } catch (InvalidInputException e) {
            return invalid(e);
        } catch (BusinessException e) {
            return failure("lapor.notYourUnit".equals(e.getKey()) ? Response.Status.FORBIDDEN : Response.Status.NOT_FOUND, e);
        }
        return answer.apply(m);
    }

    // ---------------------------------------------------------------- helpers

    static JsonObject summary(LaporSubmission s) {
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("receipt", s.getReceipt()).add("status", s.getStatus().name())
                .add("reportType", s.getTypeCode()).add("period", s.getPeriod()).add("regionCode", s.getRegionCode())
                .add("receivedAt", s.getReceivedAt().toString());
        text(o, "deadline", s.getDeadline() == null ? null : s.getDeadline().toString());
        if (s.getOnTime() == null) {
            o.addNull("onTime");
        } else {
            o.add("onTime", s.getOnTime());
        }
        return o.add("version", s.getFileVersion()).build();
    }

    /** A Layer 2 account sees its own unit's reports only; agents and administrators all. */
    private String ownUnitOnly() {
        return security.isUserInRole("ADMIN") || security.isUserInRole("AGENT") ? null : unitOrNone();
    }

    private String unitOrNone() {
        String u = unit.getCode();
        return u == null ? "-" : u;
    }

    private LaporDesk.Reviewer reviewer() {
        return new LaporDesk.Reviewer(security.isUserInRole("L2") ? unit.getCode() : null, security.isUserInRole("ADMIN"));
    }

    private LaporSubmission visible(String receipt) {
        LaporSubmission s = lapor.find(receipt).orElseThrow(() -> new NotFoundException("no report " + receipt));
        String own = ownUnitOnly();
        if (own != null && !desk.mayDecide(s, new LaporDesk.Reviewer(own, false))) {
            throw new NotFoundException("no report " + receipt);
        }
        return s;
    }

    private static DeadlineRule deadline(JsonObject body) {
        JsonValue d = body.get("deadline");
        if (d == null || d.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Integer months = null;
        Integer day = null;
        if (d instanceof JsonObject o) {
            months = o.get("monthsAfter") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
            day = o.get("day") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
        }
        if (months == null && day == null) {
            // an object without the two numbers is a mistake, not "no deadline" (that is null)
            throw new InvalidInputException(DeadlineRule.violations(null, null));
        }
        return DeadlineRule.of(months, day);
    }

    /** The kinds as written, null when left out; a value that is no list of names is one the service refuses. */
    private static List<String> accepts(JsonObject body) {
        JsonValue a = body.get("accepts");
        if (a == null || a.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(a instanceof JsonArray array)) {
            return List.of(a.toString());
        }
        return array.stream().map(x -> x instanceof JsonString js ? js.getString() : x.toString()).toList();
    }

    /** The size in MB, null when left out; a value that is no whole number is one the service refuses (0). */
    private static Integer maxMb(JsonObject body) {
        JsonValue m = body.get("maxMb");
        if (m == null || m.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return m instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 32 ? n.intValue() : 0;
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException("the body must be a JSON object");
        }
    }

    private static String string(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    private static void text(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }

    private Locale locale() {
        return ApiErrors.locale(headers.getAcceptableLanguages());
    }

    /** 400 {@code {"status", "error", "message", "errors": {field: message}}}. */
    private Response invalid(InvalidInputException e) {
        JsonObjectBuilder errors = Jsonp.JSON.createObjectBuilder();
        for (Violation v : e.getViolations()) {
            errors.add(v.field(), Messages.text(locale(), v.key(), v.arguments().toArray()));
        }
        JsonObject o = Jsonp.JSON.createObjectBuilder().add("status", 400).add("error", "invalid")
                .add("message", Messages.text(locale(), e)).add("errors", errors).build();
        return Response.status(Response.Status.BAD_REQUEST).type(ApiErrors.JSON_UTF8).entity(o).build();
    }

    private Response failure(Response.Status status, BusinessException e) {
        JsonObject o = Jsonp.JSON.createObjectBuilder().add("status", status.getStatusCode()).add("error", e.getKey())
                .add("message", Messages.text(locale(), e)).build();
        return Response.status(status).type(ApiErrors.JSON_UTF8).entity(o).build();
    }
}

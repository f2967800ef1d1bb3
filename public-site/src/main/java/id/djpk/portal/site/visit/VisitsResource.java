package id.djpk.portal.site.visit;

import id.djpk.portal.site.api.ApiError;
import id.djpk.portal.site.api.ApiResponses;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Messages;
import id.djpk.portal.visit.DayAvailability;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitRules;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitSubmission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/visits}: booking a consultation visit or video conference (SE-2/PK.1/2024) from other systems,
 * with the same rules and allowance as the form; the booking's status with its access code; the free sessions.
 */
@Path("visits")
@RequestScoped
@Tag(name = "Kunjungan", description = "Konsultasi tatap muka dan video conference (SE-2/PK.1/2024)")
public class VisitsResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    /** The longest period the availability answers at once. */
    static final int MAX_DAYS = 62;

    @Inject
    private VisitService visits;

    @Inject
    private ReferenceData reference;

    @Inject
    private VisitIntake intake;

    @Context
    private HttpServletRequest servletRequest;

    @Inject
    private id.djpk.portal.system.PortalConfig config;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(JSON)
    @Operation(summary = "Ajukan permohonan konsultasi",
            description = "Permohonan konsultasi tatap muka atau video conference dengan surat permohonan (PDF) yang "
                    + "ditujukan kepada Direktur Jenderal Perimbangan Keuangan. Aturan SE-2/PK.1/2024: paling cepat 3 hari "
                    + "kerja sejak surat diterima; tatap muka paling banyak 2 kali per daerah per bulan; tamu paling banyak "
                    + "2 orang, 4 bila kepala daerah atau ketua DPRD hadir. Permohonan yang melanggar aturan ditolak (422) "
                    + "dan tidak disimpan. Paling banyak 5 permohonan per jam dari satu alamat.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"institution", "region_code", "contact_name", "email", "phone",
                    "mode", "topics", "letter_number", "letter_date", "letter"},
            properties = {
                    @SchemaProperty(name = "institution", type = SchemaType.STRING, maxLength = 200,
                            example = "Pemerintah Kabupaten Bogor"),
                    @SchemaProperty(name = "region_code", type = SchemaType.STRING, example = "32.01",
                            description = "Kode wilayah Kemendagri dari daftar daerah"),
                    @SchemaProperty(name = "contact_name", type = SchemaType.STRING, maxLength = 200),
                    @SchemaProperty(name = "email", type = SchemaType.STRING),
                    @SchemaProperty(name = "phone", type = SchemaType.STRING, example = "+62 251 832 1075"),
                    @SchemaProperty(name = "language", type = SchemaType.STRING, enumeration = {"id", "en"},
                            description = "Bahasa e-mail ke pemohon; tanpa ini menurut Accept-Language"),
                    @SchemaProperty(name = "mode", type = SchemaType.STRING, enumeration = {"TATAP_MUKA", "VIDEO_CONFERENCE"}),
                    @SchemaProperty(name = "topics", type = SchemaType.STRING, example = "DAU;DBH",
                            description = "Kode topik, dipisah titik koma"),
                    @SchemaProperty(name = "preferred_unit", type = SchemaType.STRING, example = "DTU",
                            description = "Unit teknis yang diharapkan (boleh kosong)"),
                    @SchemaProperty(name = "letter_number", type = SchemaType.STRING, maxLength = 100,
                            example = "005/123/BPKAD/2024"),
                    @SchemaProperty(name = "letter_date", type = SchemaType.STRING, format = "date", example = "2024-05-02"),
                    @SchemaProperty(name = "guests", type = SchemaType.STRING,
                            example = "[{\"name\": \"Budi Santoso\", \"position\": \"Kepala BPKAD\", \"head\": false}]",
                            description = "Larik JSON {\"name\", \"position\", \"head\"}; head menandai kepala daerah atau "
                                    + "ketua DPRD. Wajib untuk tatap muka."),
                    @SchemaProperty(name = "preferred_dates", type = SchemaType.STRING, example = "2024-05-13;2024-05-14",
                            description = "Paling banyak 3 tanggal YYYY-MM-DD, dipisah titik koma"),
                    @SchemaProperty(name = "visitor", type = SchemaType.STRING, enumeration = {"pemda", "lainnya"},
                            description = "lainnya: bukan pemerintah daerah (kementerian/lembaga, perguruan tinggi, bank); "
                                    + "tidak memakai kuota kunjungan bulanan daerah (SE-2/PK.1/2024 E.3.c.5). Kosong: pemda"),
                    @SchemaProperty(name = "letter", type = SchemaType.STRING, format = "binary",
                            description = "Surat permohonan, PDF, paling besar 10 MB")})))
    @APIResponse(responseCode = "201", description = "Diterima: kode booking, kode akses (hanya diberikan sekali) dan "
            + "tanggal paling cepat", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    type = SchemaType.OBJECT, properties = {
                            @SchemaProperty(name = "code", type = SchemaType.STRING, example = "KJ-7QF3KX"),
                            @SchemaProperty(name = "accessCode", type = SchemaType.STRING),
                            @SchemaProperty(name = "earliestDate", type = SchemaType.STRING, format = "date")})))
    @APIResponse(responseCode = "400", description = "Isian tidak sah: {\"errors\": {nama kolom: pesan}}")
    @APIResponse(responseCode = "422", description = "Melanggar aturan SE-2/PK.1/2024: {\"rule\", \"message\"}; rule salah "
            + "satu dari NOTICE, WORKING_DAY, QUOTA, GUESTS, NEW_LETTER",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "rule", type = SchemaType.STRING, example = "GUESTS"),
                    @SchemaProperty(name = "message", type = SchemaType.STRING)})))
    @APIResponse(responseCode = "413", description = "Kiriman atau salah satu isiannya melebihi batas (docs/security.md, Input limits)")
    @APIResponse(responseCode = "429", description = "Batas 5 permohonan yang diterima per jam dari alamat ini telah tercapai (permohonan yang ditolak tidak dihitung)")
    public Response submit() throws IOException {
        Locale locale = ApiResponses.locale(headers);
        return ApiResponses.multipart(servletRequest, VisitIntake.FORM_SPEC, config, locale, input -> submit(input, locale));
    }

    private Response submit(MultipartForm input, Locale locale) throws IOException {
        Map<String, String> fields = input.firstValues();
        Outcome<VisitSubmission> outcome = intake.submit(fields, VisitInput.guests(fields.get("guests")),
                input.upload("letter"), servletRequest, locale);
        if (!outcome.isAccepted()) {
            return ApiResponses.refused(outcome.refusal());
        }
        VisitSubmission s = outcome.accepted();
        JsonObject body = Jsonp.JSON.createObjectBuilder().add("code", s.code()).add("accessCode", s.accessCode())
                .add("earliestDate", s.earliestDate().toString()).build();
        return Response.status(Response.Status.CREATED).type(JSON).entity(body).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("availability")
    @Produces(JSON)
    @Operation(summary = "Sesi konsultasi yang masih kosong",
            description = "Untuk setiap hari kerja dari from sampai to (paling lama 62 hari): keempat sesi dan apakah masih "
                    + "kosong, tanpa nama pemohon, dan apakah hari itu dapat dipesan oleh permohonan yang dikirim sekarang "
                    + "(bookable; earliest: hari pertama yang dapat dipesan). Dengan region: sisa kuota kunjungan tatap muka "
                    + "daerah itu per bulan.")
    @APIResponse(responseCode = "200", description = "Hari kerja dengan sesinya")
    @APIResponse(responseCode = "400", description = "Tanggal tidak sah")
    public Response availability(
            @Parameter(description = "Hari pertama (YYYY-MM-DD), bawaan hari ini") @QueryParam("from") String fromText,
            @Parameter(description = "Hari terakhir (YYYY-MM-DD), bawaan 4 minggu setelah from") @QueryParam("to") String toText,
            @Parameter(description = "Kode wilayah untuk sisa kuota", example = "32.01") @QueryParam("region") String regionCode) {
        Locale locale = ApiResponses.locale(headers);
        LocalDate from;
        LocalDate to;
        try {
            from = fromText == null || fromText.isBlank() ? visits.today() : LocalDate.parse(fromText.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("from", Messages.text(locale, "visit.dateInvalid"));
        }
        try {
            to = toText == null || toText.isBlank() ? from.plusWeeks(4).minusDays(1) : LocalDate.parse(toText.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("to", Messages.text(locale, "visit.dateInvalid"));
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiError.badRequest("to", Pages.text(locale, "visit.api.range"));
        }
        Region region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = reference.findRegion(regionCode.trim()).orElse(null);
            if (region == null) {
                throw ApiError.badRequest("region", Messages.text(locale, "visit.regionUnknown"));
            }
        }
        JsonArrayBuilder days = Jsonp.JSON.createArrayBuilder();
        for (DayAvailability d : visits.availability(from, to)) {
            JsonArrayBuilder sessions = Jsonp.JSON.createArrayBuilder();
            d.sessions().forEach(s -> sessions.add(Jsonp.JSON.createObjectBuilder().add("number", s.number())
                    .add("time", s.time()).add("free", s.free())));
            days.add(Jsonp.JSON.createObjectBuilder().add("date", d.date().toString()).add("free", d.free())
                    .add("bookable", d.bookable()).add("sessions", sessions));
        }
        JsonObjectBuilder body = Jsonp.JSON.createObjectBuilder().add("from", from.toString()).add("to", to.toString())
                .add("earliest", visits.earliestForNow().toString()).add("days", days);
        if (region != null) {
            JsonArrayBuilder months = Jsonp.JSON.createArrayBuilder();
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                months.add(Jsonp.JSON.createObjectBuilder().add("month", m.toString())
                        .add("left", visits.quotaLeft(region.getCode(), m)));
            }
            body.add("quota", Jsonp.JSON.createObjectBuilder().add("region", region.getCode()).add("name", region.getName())
                    .add("perMonth", VisitRules.MONTHLY_VISITS_PER_REGION).add("months", months));
        }
        return Response.ok(body.build(), JSON).build();
    }

    @GET
    @Path("{code}")
    @Produces(JSON)
    @Operation(summary = "Status permohonan konsultasi",
            description = "Status, jadwal bila sudah dikonfirmasi, dan riwayat. Kode akses yang salah atau tidak ada "
                    + "dijawab sama dengan kode booking yang tidak ada.")
    @APIResponse(responseCode = "200", description = "Permohonan ditemukan")
    @APIResponse(responseCode = "404", description = "Tidak ditemukan (kode booking tidak ada atau kode akses salah)")
    @APIResponse(responseCode = "429", description = "Terlalu banyak kode akses salah untuk kode booking ini dalam satu jam; "
            + "coba lagi setelah Retry-After detik")
    public Response status(
            @Parameter(description = "Kode booking", example = "KJ-7QF3KX") @PathParam("code") String code,
            @Parameter(description = "Kode akses yang diterima saat permohonan diajukan", required = true)
            @HeaderParam("X-Access-Code") String accessCode) {
        Locale locale = ApiResponses.locale(headers);
        return ApiResponses.forRequester(accessCode, locale, "visit.notFound", c -> visits.findForRequester(code, c),
                v -> ApiResponses.personal(statusBody(v, locale)));
    }

    private JsonObject statusBody(Visit v, Locale locale) {
        ResourceBundle msg = Pages.bundle(locale);
        JsonArrayBuilder timeline = ApiResponses.timeline(v.publicEvents(), msg, "visit.event.");
        JsonObjectBuilder body = Jsonp.JSON.createObjectBuilder().add("code", v.getBookingCode())
                .add("status", v.getStatus().name()).add("mode", v.getMode().name())
                .add("institution", v.getInstitution()).add("region", v.getRegionCode())
                .add("letterNumber", v.getLetterNumber())
                .add("receivedAt", ApiResponses.instant(v.getReceivedAt()))
                .add("earliestDate", v.getEarliestDate().toString())
                .add("guestsAllowed", v.allowedGuests());
        if (v.getSlot() != null && v.getStatus().scheduled()) {
            body.add("date", v.getSlotDate().toString())
                    .add("time", visits.rules().time(v.getSlotNumber()).label())
                    .add("unit", v.getUnitCode());
            if (v.getConfirmationNumber() != null) {
                body.add("confirmationNumber", v.getConfirmationNumber());
            }
            if (v.getMode() == VisitMode.VIDEO_CONFERENCE && v.getMeetingLink() != null) {
                body.add("meetingLink", v.getMeetingLink());
            }
        }
        return body.add("timeline", timeline).build();
    }


}

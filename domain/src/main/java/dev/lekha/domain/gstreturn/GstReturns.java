package dev.lekha.domain.gstreturn;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.GstReturnPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filing workflow of GSTR-1 and GSTR-3B: every generated version is kept (with its files), a newer one
 * supersedes the versions not yet filed, and each step records who moved the return and when, in the
 * return's own history and in the hash-chained audit log.
 *
 * <p>Why a filed return cannot be regenerated: once the portal has a return for a period, corrections go
 * into a later period (GSTR-1 amendments, GSTR-3B of the next month), so a new draft for a filed period
 * would only mislead.
 */
@Component
public class GstReturns {

    /**
     * Acknowledgement reference number as the portal shows it after filing: 15 characters, two letters, the
     * two-digit state code of the GSTIN, then digits and a final check character (e.g. {@code AA271126123456X}).
     */
    private static final Pattern ARN = Pattern.compile("[A-Z]{2}[0-9]{2}[0-9]{10}[0-9A-Z]");

    private static final String COLUMNS = "id, company_id, gstin, return_period, return_type, return_version, status,"
            + " job_execution_id, json_artifact_id, report_artifact_id, summary, created_at, created_by, submitted_at,"
            + " submitted_by, approved_at, approved_by, filed_at, filed_by, arn, portal_reference, portal_state,"
            + " portal_errors, superseded_by";

    private static final RowMapper<GstReturn> ROWS = GstReturns::toReturn;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    public GstReturns(JdbcTemplate jdbc, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records a generated return as the newest DRAFT version; older versions not yet filed become SUPERSEDED.
     *
     * @return the new version, never null
     * @throws GstReturnStateException when a version of this return is already FILED
     */
    @Transactional
    public GstReturn recordDraft(NewGstReturn draft) {
        String gstin = draft.gstin().value();
        String period = draft.period().toString();
        List<GstReturn> versions = versions(draft.companyId(), gstin, draft.type(), period);
        versions.stream().filter(v -> v.status() == ReturnStatus.FILED).findFirst().ifPresent(filed -> {
            throw new GstReturnStateException(draft.type() + " of " + gstin + " for " + period + " was filed on "
                    + filed.filedAt() + " (ARN " + filed.arn() + "): report corrections in a later period");
        });
        int version = versions.stream().mapToInt(GstReturn::version).max().orElse(0) + 1;
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into gst_return (company_id, gstin, return_period, return_type,"
                    + " return_version, status, job_execution_id, json_artifact_id, report_artifact_id, summary,"
                    + " created_at, created_by, row_version) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, 0)",
                    new String[] {"id"});
            ps.setLong(1, draft.companyId());
            ps.setString(2, gstin);
            ps.setString(3, period);
            ps.setString(4, draft.type().name());
            ps.setInt(5, version);
            ps.setObject(6, draft.jobExecutionId());
            ps.setObject(7, draft.jsonArtifactId());
            ps.setObject(8, draft.reportArtifactId());
            ps.setString(9, draft.summaryJson());
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setString(11, draft.createdBy());
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        String actor = draft.createdBy() == null ? "system" : draft.createdBy();
        for (GstReturn old : versions) {
            if (!old.status().isFinal()) {
                jdbc.update("update gst_return set status = 'SUPERSEDED', superseded_by = ?, row_version = row_version + 1"
                        + " where id = ?", id, old.id());
                event(old, ReturnStatus.SUPERSEDED, actor, now, "superseded by version " + version);
            }
        }
        GstReturn created = find(id).orElseThrow();
        event(created, null, ReturnStatus.DRAFT, actor, now, "generated by run " + draft.jobExecutionId());
        return created;
    }

    /** Sends a draft to review. */
    @Transactional
    public GstReturn submitForReview(long id, String actor, String note) {
        return move(id, ReturnStatus.PENDING_REVIEW, actor, note, "submitted_at", "submitted_by");
    }

    /** The reviewer's approval: the return may be filed. */
    @Transactional
    public GstReturn approve(long id, String actor, String note) {
        return move(id, ReturnStatus.READY_TO_FILE, actor, note, "approved_at", "approved_by");
    }

    /** The reviewer sends the return back to draft; {@code note} (why) must not be blank. */
    @Transactional
    public GstReturn sendBack(long id, String actor, String note) {
        if (note == null || note.isBlank()) {
            throw new GstReturnStateException("Say why the return goes back to draft (note is empty)");
        }
        return move(id, ReturnStatus.DRAFT, actor, note, null, null);
    }

    /**
     * Records that a READY_TO_FILE return was filed, with the portal's acknowledgement reference number.
     *
     * @param portalReference the portal's save/submit reference, may be null (filed by hand on the portal)
     * @throws InvalidArnException when {@code arn} is not an ARN of this GSTIN's state
     */
    @Transactional
    public GstReturn markFiled(long id, String actor, String arn, Instant filedAt, String portalReference) {
        GstReturn current = get(id);
        String normalised = arn == null ? "" : arn.trim().toUpperCase(Locale.ROOT);
        if (!ARN.matcher(normalised).matches()) {
            throw new InvalidArnException("ARN '" + arn + "' is not an acknowledgement reference number: 15 characters,"
                    + " two letters, the state code, ten digits and a check character (e.g. AA"
                    + current.gstin().substring(0, 2) + "1126123456X)");
        }
        if (!normalised.substring(2, 4).equals(current.gstin().substring(0, 2))) {
            throw new InvalidArnException("ARN " + normalised + " carries state code " + normalised.substring(2, 4)
                    + " but GSTIN " + current.gstin() + " is registered in state " + current.gstin().substring(0, 2));
        }
        GstReturn filed = move(id, ReturnStatus.FILED, actor, "ARN " + normalised, "filed_at", "filed_by");
        Instant at = filedAt == null ? clock.instant() : filedAt;
        jdbc.update("update gst_return set arn = ?, filed_at = ?, portal_reference = ? where id = ?", normalised,
                Timestamp.from(at), portalReference, id);
        if (filed.type() == ReturnType.GSTR1) {
            recordReportedDocuments(filed);
        }
        return get(id);
    }

    /**
     * Records a step on the GST portal of a READY_TO_FILE return (saved, submitted, liability offset), with the
     * portal's reference and, after a save the portal processed with errors, its per-document errors (JSON).
     * The step appears in the return's history and the audit log.
     *
     * @param portalState {@code SAVED}, {@code SUBMITTED}, {@code OFFSET}, or null when the save was refused
     * @throws GstReturnStateException when the return is not READY_TO_FILE
     */
    @Transactional
    public GstReturn recordPortalStep(long id, String actor, String portalState, String portalReference,
                                      String portalErrors, String note) {
        GstReturn current = get(id);
        if (current.status() != ReturnStatus.READY_TO_FILE) {
            throw new GstReturnStateException(current.type() + " " + current.gstin() + " " + current.period()
                    + " version " + current.version() + " is " + current.status() + ": only a return READY_TO_FILE"
                    + " goes to the portal (approve it first)");
        }
        jdbc.update("update gst_return set portal_state = ?, portal_reference = ?, portal_errors = ?,"
                + " row_version = row_version + 1 where id = ?", portalState, portalReference, portalErrors, id);
        event(current, current.status(), current.status(), actor, clock.instant(), note,
                "GST_RETURN_PORTAL_" + (portalState == null ? "REFUSED" : portalState));
        return get(id);
    }

    public Optional<GstReturn> find(long id) {
        return jdbc.query("select " + COLUMNS + " from gst_return where id = ?", ROWS, id).stream().findFirst();
    }

    /** @throws UnknownGstReturnException when there is no such return */
    public GstReturn get(long id) {
        return find(id).orElseThrow(() -> new UnknownGstReturnException(id));
    }

    /** Every version of one return, newest first. */
    public List<GstReturn> versions(long companyId, String gstin, ReturnType type, String period) {
        return jdbc.query("select " + COLUMNS + " from gst_return where company_id = ? and gstin = ? and return_type = ?"
                + " and return_period = ? order by return_version desc", ROWS, companyId, gstin, type.name(), period);
    }

    /** The filed version of a return, if any. */
    public Optional<GstReturn> filed(long companyId, Gstin gstin, ReturnType type, GstReturnPeriod period) {
        return versions(companyId, gstin.value(), type, period.toString()).stream()
                .filter(r -> r.status() == ReturnStatus.FILED).findFirst();
    }

    /** Returns of the given companies, newest first; null filters mean all. */
    public List<GstReturn> list(List<Long> companyIds, String gstin, ReturnType type, String period, int limit) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from gst_return where company_id in (");
        List<Object> args = new java.util.ArrayList<>();
        for (int i = 0; i < companyIds.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            args.add(companyIds.get(i));
        }
        sql.append(")");
        if (gstin != null && !gstin.isBlank()) {
            sql.append(" and gstin = ?");
            args.add(gstin);
        }
        if (type != null) {
            sql.append(" and return_type = ?");
            args.add(type.name());
        }
        if (period != null && !period.isBlank()) {
            sql.append(" and return_period = ?");
            args.add(period);
        }
        // the limit in SQL (portable to PostgreSQL, H2 and Oracle 23ai): the table keeps every version ever made
        sql.append(" order by created_at desc, id desc fetch first ").append(Math.max(1, limit)).append(" rows only");
        return jdbc.query(sql.toString(), ROWS, args.toArray());
    }

    /** Companies that have returns (for callers who may see every company). */
    public List<Long> companyIds() {
        return jdbc.queryForList("select distinct company_id from gst_return order by company_id", Long.class);
    }

    /** The history of a return, oldest first. */
    public List<GstReturnEvent> history(long id) {
        return jdbc.query("select id, gst_return_id, from_status, to_status, actor, occurred_at, note"
                + " from gst_return_event where gst_return_id = ? order by id", (rs, n) -> new GstReturnEvent(
                rs.getLong("id"), rs.getLong("gst_return_id"), status(rs.getString("from_status")),
                ReturnStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("note")), id);
    }

    private GstReturn move(long id, ReturnStatus to, String actor, String note, String atColumn, String byColumn) {
        GstReturn current = get(id);
        if (!current.status().canMoveTo(to)) {
            throw new GstReturnStateException(current.type() + " " + current.gstin() + " " + current.period()
                    + " version " + current.version() + " is " + current.status() + " and cannot move to " + to
                    + allowedFrom(current.status()));
        }
        Instant now = clock.instant();
        String set = atColumn == null ? "" : ", " + atColumn + " = ?, " + byColumn + " = ?";
        Object[] args = atColumn == null ? new Object[] {to.name(), id, current.status().name()}
                : new Object[] {to.name(), Timestamp.from(now), actor, id, current.status().name()};
        // the status in the where clause makes two people acting at once safe: the second one changes nothing
        int changed = jdbc.update("update gst_return set status = ?" + set + ", row_version = row_version + 1"
                + " where id = ? and status = ?", args);
        if (changed != 1) {
            throw new GstReturnStateException("Return " + id + " changed meanwhile; reload it and try again");
        }
        event(current, to, actor, now, note);
        return get(id);
    }

    private static String allowedFrom(ReturnStatus status) {
        return switch (status) {
            case DRAFT -> " (a draft can only be submitted for review)";
            case PENDING_REVIEW -> " (approve it, or send it back to draft)";
            case READY_TO_FILE -> " (file it, or send it back to draft)";
            case FILED -> " (it is filed: corrections go into a later period)";
            case SUPERSEDED -> " (a newer version replaced it)";
        };
    }

    private void event(GstReturn ret, ReturnStatus to, String actor, Instant at, String note) {
        event(ret, ret.status(), to, actor, at, note);
    }

    private void event(GstReturn ret, ReturnStatus from, ReturnStatus to, String actor, Instant at, String note) {
        event(ret, from, to, actor, at, note, "GST_RETURN_" + to.name());
    }

    private void event(GstReturn ret, ReturnStatus from, ReturnStatus to, String actor, Instant at, String note,
                       String auditAction) {
        String trimmed = note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note;
        jdbc.update("insert into gst_return_event (company_id, gst_return_id, from_status, to_status, actor,"
                + " occurred_at, note) values (?, ?, ?, ?, ?, ?, ?)", ret.companyId(), ret.id(),
                from == null ? null : from.name(), to.name(), actor, Timestamp.from(at), trimmed);
        audit.record(new AuditRecord(actor, auditAction, ret.type() + " " + ret.gstin() + " "
                + ret.period() + " v" + ret.version() + " (id " + ret.id() + ")", ret.companyId(), trimmed, null));
    }

    /**
     * Remembers the content of every document a filed GSTR-1 reported (its period's documents, and documents of
     * earlier periods amended since they were last reported), so that a later change becomes an amendment.
     */
    private void recordReportedDocuments(GstReturn filed) {
        jdbc.update("insert into gstr1_reported_document (company_id, gst_return_id, sales_document_id, gstin,"
                + " return_period, section, doc_number, doc_date, content_sha256, place_of_supply, ecommerce_gstin)"
                + " select d.company_id, ?, d.id, d.supplier_gstin, ?, " + SECTION + ", d.doc_number, d.doc_date,"
                + " d.content_sha256, d.place_of_supply, d.ecommerce_gstin"
                + " from sales_document d where d.company_id = ? and d.supplier_gstin = ?"
                + " and (d.return_period = ? or exists (select 1 from gstr1_reported_document r"
                + "   where r.sales_document_id = d.id and r.content_sha256 <> d.content_sha256"
                + "   and not exists (select 1 from gstr1_reported_document r2 where r2.sales_document_id = d.id"
                + "     and r2.id > r.id)))",
                filed.id(), filed.period(), filed.companyId(), filed.gstin(), filed.period());
        // the rates of a B2C document's taxable lines: with the place of supply they name the b2cs buckets it was
        // reported in, which a later change must revise (b2csa) even when the document has moved to another one
        jdbc.update("insert into gstr1_reported_rate (reported_document_id, gst_rate)"
                + " select distinct r.id, l.gst_rate from gstr1_reported_document r"
                + " join sales_document_line l on l.sales_document_id = r.sales_document_id"
                + " where r.gst_return_id = ? and r.section in ('b2c', 'cdnur') and l.tax_category = 'TAXABLE'",
                filed.id());
    }

    /**
     * The GSTR-1 table a document was reported in, coarsely (invoice-wise tables only; b2cs stands for
     * everything summarised). The gstr1 job decides the exact section; this is for people reading the history.
     */
    private static final String SECTION = "case"
            + " when d.doc_type = 'INV' and d.supply_type in ('EXPWP', 'EXPWOP') then 'exp'"
            + " when d.doc_type = 'INV' and d.buyer_gstin is not null and d.supply_type <> 'B2C' then 'b2b'"
            + " when d.doc_type = 'INV' then 'b2c'"
            + " when d.buyer_gstin is not null and d.supply_type <> 'B2C' then 'cdnr'"
            + " else 'cdnur' end";

    private static GstReturn toReturn(ResultSet rs, int row) throws SQLException {
        return new GstReturn(rs.getLong("id"), rs.getLong("company_id"), rs.getString("gstin"),
                rs.getString("return_period"), ReturnType.valueOf(rs.getString("return_type")),
                rs.getInt("return_version"), ReturnStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("job_execution_id", Long.class), rs.getObject("json_artifact_id", Long.class),
                rs.getObject("report_artifact_id", Long.class), rs.getString("summary"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "submitted_at"), rs.getString("submitted_by"),
                instant(rs, "approved_at"), rs.getString("approved_by"), instant(rs, "filed_at"),
                rs.getString("filed_by"), rs.getString("arn"), rs.getString("portal_reference"),
                rs.getString("portal_state"), rs.getString("portal_errors"), rs.getObject("superseded_by", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static ReturnStatus status(String name) {
        return name == null ? null : ReturnStatus.valueOf(name);
    }
}

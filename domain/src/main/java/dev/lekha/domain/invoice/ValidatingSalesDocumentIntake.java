package dev.lekha.domain.invoice;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.einvoice.TransportDetails;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.domain.invoice.InvalidSalesDocumentException.Problem;
import dev.lekha.domain.outbox.Outbox;
import dev.lekha.domain.outbox.OutboxMessage;
import dev.lekha.domain.party.Parties;
import dev.lekha.domain.party.Party;
import dev.lekha.domain.statutory.StatutoryRate;
import dev.lekha.domain.statutory.StatutoryRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sales document intake: finds the issuing company by the supplier's GSTIN, checks the document
 * ({@link SalesDocumentRules}), stores it once and announces it as {@code invoice.received} through the
 * outbox, all in one transaction. A batch is checked whole before anything is written, so a bad
 * document leaves the database exactly as it was.
 *
 * <p>Two senders racing with the same new document can both pass the duplicate check; the unique key
 * on (company, financial year, type, number) then fails the second transaction, whose redelivery is
 * answered as a duplicate.
 */
@Service
@Transactional
public class ValidatingSalesDocumentIntake implements SalesDocumentIntake {

    /** The event announcing a stored document on {@code lekha.events.out}. */
    public static final String INVOICE_RECEIVED = "invoice.received";

    private final GstRegistrations registrations;
    private final Companies companies;
    private final SalesDocuments documents;
    private final Parties parties;
    private final StatutoryRates rates;
    private final Outbox outbox;
    private final Einvoices einvoices;
    private final JsonMapper json;
    private final Clock clock;

    public ValidatingSalesDocumentIntake(GstRegistrations registrations, Companies companies, SalesDocuments documents,
                                         Parties parties, StatutoryRates rates, Outbox outbox, Einvoices einvoices,
                                         JsonMapper json, Clock clock) {
        this.registrations = registrations;
        this.companies = companies;
        this.documents = documents;
        this.parties = parties;
        this.rates = rates;
        this.outbox = outbox;
        this.einvoices = einvoices;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public IntakeResult receive(IncomingSalesDocument document, String channel) {
        return receiveAll(List.of(Objects.requireNonNull(document, "document must not be null")), channel).get(0);
    }

    @Override
    public List<IntakeResult> receiveAll(List<IncomingSalesDocument> incoming, String channel) {
        Objects.requireNonNull(incoming, "documents must not be null");
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("channel must be given (api, queue, drop, ...)");
        }
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Map<String, String> hashesInBatch = new HashMap<>();
        for (IncomingSalesDocument doc : incoming) {
            Checked c = check(doc, today, problems);
            if (c != null && c.existing == null) {
                String earlier = hashesInBatch.putIfAbsent(c.identity(), c.sha256);
                if (earlier != null && !earlier.equals(c.sha256)) {
                    problems.add(new Problem(doc.documentNumber(), null, "documentNumber", "document " + c.type
                            + "/" + c.number + " of " + c.financialYear + " appears twice in this batch with different content"));
                }
            }
            checked.add(c);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSalesDocumentException(problems);
        }
        List<IntakeResult> results = new ArrayList<>();
        Map<String, IntakeResult> storedInBatch = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (Checked c : checked) {
            if (c.existing != null) {
                results.add(new IntakeResult(c.existing.getId(), c.company.getId(), c.number, true));
                continue;
            }
            IntakeResult earlier = storedInBatch.get(c.identity());
            if (earlier != null) {
                results.add(new IntakeResult(earlier.documentId(), earlier.companyId(), earlier.documentNumber(), true));
                continue;
            }
            IntakeResult stored = store(c, channel, now);
            storedInBatch.put(c.identity(), stored);
            results.add(stored);
        }
        return results;
    }

    /** Checks one document; adds its problems and returns null when it cannot be stored. */
    private Checked check(IncomingSalesDocument doc, LocalDate today, List<Problem> problems) {
        if (doc == null) {
            problems.add(new Problem(null, null, "document", "is empty"));
            return null;
        }
        int before = problems.size();
        String supplierGstin = SalesDocumentRules.upper(doc.supplierGstin());
        Optional<GstRegistration> registration = supplierGstin == null ? Optional.empty()
                : registrations.findByGstinAndActiveTrue(supplierGstin);
        Company company = registration.flatMap(r -> companies.findById(r.getCompanyId())).orElse(null);
        if (supplierGstin == null) {
            problems.add(new Problem(doc.documentNumber(), null, "supplierGstin",
                    "missing: give the GSTIN of the registration that issues the document"));
        } else if (company == null) {
            problems.add(new Problem(doc.documentNumber(), null, "supplierGstin", "'" + supplierGstin
                    + "' is not an active GST registration of any company in Lekha; check the GSTIN or add the registration"));
        }
        // an unknown company's flag is unknown: check GSTIN shapes leniently rather than report false checksums
        boolean sandbox = company == null || company.isSandbox();
        StateCode supplierState = registration.map(GstRegistration::getStateCode).orElse(null);
        SalesDocumentRules.Context ctx = new SalesDocumentRules.Context(sandbox, supplierState, supplierGstin, today,
                rates::isGstRateOn, ratesInForce(doc.documentDate()));
        String sha256 = SalesDocumentContent.sha256(doc);
        Checked c = null;
        Optional<DocumentType> type = DocumentType.fromCode(SalesDocumentRules.blankToNull(doc.documentType()));
        String number = SalesDocumentRules.blankToNull(doc.documentNumber());
        if (company != null && type.isPresent() && number != null && doc.documentDate() != null) {
            String fy = FinancialYear.of(doc.documentDate()).toString();
            SalesDocument existing = documents.findByCompanyIdAndFinancialYearAndDocumentTypeAndDocumentNumber(
                    company.getId(), fy, type.get(), number).orElse(null);
            if (existing != null && existing.getContentSha256().equals(sha256)) {
                return new Checked(doc, company, registration.get(), type.get(), number, fy, sha256, existing, null);
            }
            boolean amends = doc.gstReporting() != null && doc.gstReporting().amends();
            if (existing != null && existing.getEinvoiceStatus() == EinvoiceStatus.FAILED) {
                // the IRP refused it, so it was never registered: a corrected document replaces it
                c = new Checked(doc, company, registration.get(), type.get(), number, fy, sha256, null, existing);
            } else if (existing != null && amends && amendable(existing)) {
                // a deliberate amendment of a document without an IRN: GSTR-1 reports it as amended
                c = new Checked(doc, company, registration.get(), type.get(), number, fy, sha256, null, existing);
            } else {
                if (existing != null && amends) {
                    problems.add(new Problem(number, null, "amends", "document " + type.get() + "/" + number
                            + " of " + fy + " cannot be amended: " + (existing.isCancelled() ? "it is cancelled"
                            : "it has an e-invoice (" + existing.getEinvoiceStatus() + "); issue a credit or debit"
                            + " note instead, or cancel the IRN within 24 hours")));
                } else if (existing != null) {
                    problems.add(new Problem(number, null, "documentNumber", "document " + type.get() + "/" + number
                            + " of " + fy + " already received with different content (stored as id "
                            + existing.getId() + "); a correction needs a credit or debit note, a new number, or"
                            + " \"amends\": true to replace it (reported as an amendment in GSTR-1)"));
                }
                c = new Checked(doc, company, registration.get(), type.get(), number, fy, sha256, null, null);
            }
        }
        problems.addAll(SalesDocumentRules.check(doc, ctx));
        return problems.size() == before ? c : null;
    }

    /** Only documents without a registered or pending IRN may be replaced: the IRP allows no amendment. */
    private static boolean amendable(SalesDocument existing) {
        return !existing.isCancelled() && (existing.getEinvoiceStatus() == EinvoiceStatus.NOT_APPLICABLE
                || existing.getEinvoiceStatus() == EinvoiceStatus.FAILED);
    }

    private String ratesInForce(LocalDate date) {
        if (date == null) {
            return "";
        }
        return rates.findAllInForce(StatutoryRate.GST_RATE, date).stream()
                .map(StatutoryRate::getValue).sorted()
                .map(v -> v.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    private IntakeResult store(Checked c, String channel, Instant now) {
        IncomingSalesDocument d = c.doc;
        SupplyType supplyType = SupplyType.valueOf(d.supplyType().trim());
        SalesDocument doc;
        if (c.correcting != null) {
            doc = c.correcting;
            doc.clearLines();
            // the old lines' deletes must reach the database before the new lines' inserts (unique line numbers)
            documents.flush();
            doc.header(c.registration.getId(), c.registration.getGstin(), d.documentDate(),
                    GstReturnPeriod.of(d.documentDate()).toString(), supplyType, d.reverseCharge(),
                    d.placeOfSupply().trim());
        } else {
            doc = new SalesDocument(c.company.getId(), c.registration.getId(), c.registration.getGstin(),
                    c.type, c.number, d.documentDate(), c.financialYear, GstReturnPeriod.of(d.documentDate()).toString(),
                    supplyType, d.reverseCharge(), d.placeOfSupply().trim());
        }
        IncomingSalesDocument.Buyer b = d.buyer();
        if (b != null) {
            String gstin = SalesDocumentRules.upper(b.gstin());
            Long partyId = gstin == null || SalesDocumentRules.UNREGISTERED_EXPORT_BUYER.equals(gstin) ? null
                    : parties.findFirstByCompanyIdAndGstinOrderById(c.company.getId(), gstin).map(Party::getId).orElse(null);
            doc.buyer(partyId, gstin, SalesDocumentRules.blankToNull(b.legalName()),
                    SalesDocumentRules.blankToNull(b.stateCode()), SalesDocumentRules.blankToNull(b.address()),
                    SalesDocumentRules.blankToNull(b.pincode()), SalesDocumentRules.blankToNull(b.email()),
                    SalesDocumentRules.blankToNull(b.phone()));
        }
        if (c.type.isNote()) {
            doc.precedingDocument(d.precedingDocument().number().trim(), d.precedingDocument().date());
        }
        BigDecimal taxable = Money.ZERO;
        BigDecimal igst = Money.ZERO;
        BigDecimal cgst = Money.ZERO;
        BigDecimal sgst = Money.ZERO;
        BigDecimal cess = Money.ZERO;
        for (Line l : d.lines()) {
            SalesDocumentLine line = new SalesDocumentLine(c.company.getId(), l.lineNo(),
                    SalesDocumentRules.blankToNull(l.description()), l.hsn().trim(), l.service(),
                    l.quantity().setScale(3, RoundingMode.UNNECESSARY), l.uqc().trim(), Money.of(l.unitPrice()),
                    Money.orZero(l.discount()), Money.of(l.taxableValue()), l.gstRate().setScale(2, RoundingMode.UNNECESSARY),
                    Money.orZero(l.igst()), Money.orZero(l.cgst()), Money.orZero(l.sgst()), Money.orZero(l.cess()));
            line.taxCategory(l.taxCategory());
            doc.addLine(line);
            taxable = taxable.add(line.getTaxableValue());
            igst = igst.add(line.getIgst());
            cgst = cgst.add(line.getCgst());
            sgst = sgst.add(line.getSgst());
            cess = cess.add(line.getCess());
        }
        Totals t = d.totals();
        BigDecimal other = t == null ? Money.ZERO : Money.orZero(t.otherCharges());
        BigDecimal roundOff = t == null ? Money.ZERO : Money.orZero(t.roundOff());
        BigDecimal total = taxable.add(igst).add(cgst).add(sgst).add(cess).add(other).add(roundOff);
        doc.totals(taxable, igst, cgst, sgst, cess, other, roundOff, total);
        EinvoiceStatus einvoice = c.company.isEinvoiceEnabled() && supplyType != SupplyType.B2C
                ? EinvoiceStatus.PENDING : EinvoiceStatus.NOT_APPLICABLE;
        IncomingSalesDocument.GstReporting g = d.gstReporting();
        doc.gstReporting(g == null ? null : SalesDocumentRules.upper(g.ecommerceGstin()),
                g == null ? null : SalesDocumentRules.upper(g.portCode()),
                g == null ? null : SalesDocumentRules.blankToNull(g.shippingBillNumber()),
                g == null ? null : g.shippingBillDate());
        if (c.correcting != null) {
            doc.amended(now);
        }
        doc.receipt(c.sha256, channel.trim(), SalesDocumentRules.blankToNull(d.messageId()), now, einvoice);
        SalesDocument saved = documents.save(doc);
        TransportDetails transport = transport(d.transport());
        Einvoice pending = c.correcting == null ? null : einvoices.findBySalesDocumentId(saved.getId()).orElse(null);
        if (pending != null && einvoice != EinvoiceStatus.PENDING) {
            einvoices.delete(pending);
        } else if (pending != null) {
            pending.resubmit(transport, now);
        } else if (einvoice == EinvoiceStatus.PENDING) {
            einvoices.save(new Einvoice(saved.getCompanyId(), saved.getId(), transport, now));
        }
        outbox.publish(new OutboxMessage(saved.getCompanyId(), INVOICE_RECEIVED, "sales_document",
                String.valueOf(saved.getId()), payload(saved)));
        return new IntakeResult(saved.getId(), saved.getCompanyId(), saved.getDocumentNumber(), false);
    }

    private static TransportDetails transport(IncomingSalesDocument.Transport t) {
        if (t == null) {
            return null;
        }
        String mode = SalesDocumentRules.blankToNull(t.mode());
        return new TransportDetails(SalesDocumentRules.upper(t.transporterId()),
                SalesDocumentRules.blankToNull(t.transporterName()),
                mode == null ? null : TransportDetails.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)),
                t.distanceKm() == null ? 0 : t.distanceKm(), SalesDocumentRules.blankToNull(t.documentNumber()),
                t.documentDate(), SalesDocumentRules.upper(t.vehicleNumber()), t.overDimensionalCargo());
    }

    private String payload(SalesDocument d) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("documentId", d.getId());
        body.put("companyId", d.getCompanyId());
        body.put("supplierGstin", d.getSupplierGstin());
        body.put("documentType", d.getDocumentType().name());
        body.put("documentNumber", d.getDocumentNumber());
        body.put("documentDate", d.getDocumentDate().toString());
        body.put("financialYear", d.getFinancialYear());
        body.put("total", d.getTotal());
        body.put("einvoiceStatus", d.getEinvoiceStatus().name());
        return json.writeValueAsString(body);
    }

    /**
     * @param existing   the stored document with the same content (a duplicate), or null
     * @param correcting the stored document this one corrects (the IRP refused that one), or null
     */
    private record Checked(IncomingSalesDocument doc, Company company, GstRegistration registration, DocumentType type,
                           String number, String financialYear, String sha256, SalesDocument existing,
                           SalesDocument correcting) {
        String identity() {
            return company.getId() + "|" + financialYear + "|" + type + "|" + number;
        }
    }
}

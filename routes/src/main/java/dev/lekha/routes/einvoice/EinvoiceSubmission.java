package dev.lekha.routes.einvoice;

import dev.lekha.connectors.nic.InvoiceRegistrationPortal;
import dev.lekha.connectors.nic.IrnDetails;
import dev.lekha.connectors.nic.IrpAuthenticationException;
import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.IrpRejectedException;
import dev.lekha.connectors.nic.IrpUnavailableException;
import dev.lekha.connectors.nic.MissingNicCredentialsException;
import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.einvoice.TransportDetails;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.mappings.einvoice.DuplicateIrnAdoption;
import dev.lekha.mappings.einvoice.EinvoiceApplicability;
import dev.lekha.mappings.einvoice.EinvoiceDecision;
import dev.lekha.mappings.einvoice.EinvoiceMappingException;
import dev.lekha.mappings.einvoice.IrnResults;
import dev.lekha.mappings.einvoice.IrpInvoiceMapper;
import dev.lekha.mappings.einvoice.MappingProblem;
import dev.lekha.mappings.einvoice.RegisteredIrn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one claimed e-invoice to the IRP and records the outcome; never throws for an outcome:
 *
 * <ul>
 * <li>not applicable after all (turnover, exemption, nil-rated only): the document is marked so and
 *     the e-invoice dropped;</li>
 * <li>Lekha's own checks fail (30-day reporting limit, HSN digits, round-off, ...) or the IRP refuses
 *     the content: {@code FAILED} with every code and message, never retried — a corrected document
 *     (same number, new content) makes it pending again;</li>
 * <li>the IRP times out or answers 5xx: pending again with backoff ({@code lekha.einvoice.*});</li>
 * <li>error 2150 (duplicate IRN: typically our own earlier attempt that timed out after the IRP had
 *     registered it): the registered document is fetched and its IRN adopted only when its buyer GSTIN
 *     and invoice value equal ours; otherwise {@code FAILED} saying what differs;</li>
 * <li>credentials refused or missing: pending, retried every {@code credentials-retry-delay} until a
 *     person fixes them.</li>
 * </ul>
 *
 * The IRP is called outside any database transaction; each outcome commits with its
 * {@code einvoice.generated} / {@code einvoice.failed} event (outbox) in one transaction.
 */
@Component
public class EinvoiceSubmission {

    private static final Logger log = LoggerFactory.getLogger(EinvoiceSubmission.class);
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final Einvoices einvoices;
    private final SalesDocuments documents;
    private final Companies companies;
    private final GstRegistrations registrations;
    private final EinvoiceRules rules;
    private final EinvoiceOutcomes outcomes;
    private final InvoiceRegistrationPortal irp;
    private final SignedQrFields signedQr;
    private final EinvoiceEwayBills ewayBills;
    private final EinvoiceSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public EinvoiceSubmission(Einvoices einvoices, SalesDocuments documents, Companies companies,
                              GstRegistrations registrations, EinvoiceRules rules, EinvoiceOutcomes outcomes,
                              InvoiceRegistrationPortal irp, SignedQrFields signedQr, EinvoiceEwayBills ewayBills,
                              EinvoiceSettings settings,
                              PlatformTransactionManager transactions, Clock clock) {
        this.einvoices = einvoices;
        this.documents = documents;
        this.companies = companies;
        this.registrations = registrations;
        this.rules = rules;
        this.outcomes = outcomes;
        this.irp = irp;
        this.signedQr = signedQr;
        this.ewayBills = ewayBills;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What is known before calling: the IRP payload, or why there is none. */
    private record Prepared(long einvoiceId, SalesDocument document, String gstin, IrpInvoice invoice,
                            TransportDetails transport, EinvoiceDecision decision, List<MappingProblem> problems) {
    }

    /** Submits the claimed e-invoice {@code einvoiceId}. */
    public void submit(long einvoiceId) {
        Prepared p = transaction.execute(s -> prepare(einvoiceId));
        if (p == null) {
            return;
        }
        if (p.decision.verdict() == EinvoiceDecision.Verdict.NOT_APPLICABLE) {
            outcomes.notApplicable(einvoiceId, p.decision.reason());
            return;
        }
        if (p.decision.verdict() == EinvoiceDecision.Verdict.BLOCKED) {
            outcomes.failed(einvoiceId, List.of(EinvoiceOutcomes.error(EinvoiceOutcomes.REPORTING_LIMIT,
                    p.decision.reason())));
            return;
        }
        if (!p.problems.isEmpty()) {
            outcomes.failed(einvoiceId, p.problems.stream()
                    .map(m -> EinvoiceOutcomes.error(EinvoiceOutcomes.MAPPING, m.toString())).toList());
            return;
        }
        try {
            IrnDetails registered = irp.generateIrn(p.gstin, p.invoice);
            outcomes.registered(einvoiceId, IrnResults.registered(registered), false);
            if (p.transport != null) {
                ewayBills.afterRegistration(einvoiceId);
            }
        } catch (IrpRejectedException rejected) {
            if (rejected.has("2150") && rejected.duplicate() != null) {
                adoptDuplicate(p, rejected);
            } else {
                outcomes.failed(einvoiceId, rejected.errors().stream()
                        .map(e -> EinvoiceOutcomes.error(e.errorCode(), e.errorMessage())).toList());
            }
        } catch (IrpUnavailableException unavailable) {
            outcomes.retryLater(einvoiceId, unavailable.timedOut() ? EinvoiceOutcomes.TIMEOUT
                    : EinvoiceOutcomes.UNAVAILABLE, unavailable.getMessage(), null);
        } catch (IrpAuthenticationException | MissingNicCredentialsException credentials) {
            outcomes.retryLater(einvoiceId, EinvoiceOutcomes.CREDENTIALS, credentials.getMessage(),
                    settings.credentialsRetryDelay());
        } catch (RuntimeException unexpected) {
            log.error("E-invoice {} of document {}: unexpected failure; retrying later", einvoiceId,
                    p.document.getDocumentNumber(), unexpected);
            outcomes.retryLater(einvoiceId, EinvoiceOutcomes.UNAVAILABLE, unexpected.toString(), null);
        }
    }

    private Prepared prepare(long einvoiceId) {
        Einvoice e = einvoices.findById(einvoiceId).orElse(null);
        if (e == null || e.getStatus() != EinvoiceStatus.PENDING) {
            return null;
        }
        SalesDocument doc = documents.findById(e.getSalesDocumentId()).orElseThrow();
        Company company = companies.findById(doc.getCompanyId()).orElseThrow();
        GstRegistration seller = registrations.findById(doc.getRegistrationId()).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(IST));
        EinvoiceDecision decision = new EinvoiceApplicability(rules.thresholds())
                .decide(rules.supplier(company), doc, today);
        IrpInvoice invoice = null;
        List<MappingProblem> problems = List.of();
        if (decision.isApplicable()) {
            try {
                // the e-way bill is asked for separately (by IRN) once the IRN exists
                invoice = new IrpInvoiceMapper(rules.sixDigitHsnAbove(doc.getDocumentDate()))
                        .map(doc, seller, company, null);
            } catch (EinvoiceMappingException invalid) {
                problems = invalid.problems();
            }
        }
        return new Prepared(einvoiceId, doc, seller.getGstin(), invoice, e.transportDetails(), decision, problems);
    }

    /** 2150: the IRP holds an IRN for this document number; it is ours only if buyer and value agree. */
    private void adoptDuplicate(Prepared p, IrpRejectedException rejected) {
        String irn = rejected.duplicate().irn();
        try {
            IrnDetails existing = irp.getByIrn(p.gstin, irn);
            SignedQrFields.Fields fields = signedQr.read(existing.signedQrCode());
            DuplicateIrnAdoption.Decision decision = DuplicateIrnAdoption.decide(p.document, fields.buyerGstin(),
                    fields.totalInvoiceValue());
            if (decision.adopt()) {
                log.info("E-invoice {}: adopted IRN {} the IRP already held for document {} (buyer and value match)",
                        p.einvoiceId, irn, p.document.getDocumentNumber());
                outcomes.registered(p.einvoiceId, IrnResults.registered(existing), true);
                if (p.transport != null && existing.ewbNo() == null) {
                    ewayBills.afterRegistration(p.einvoiceId);
                }
            } else {
                outcomes.failed(p.einvoiceId, List.of(
                        EinvoiceOutcomes.error("2150", rejected.errors().get(0).errorMessage() + " (IRN " + irn + ")"),
                        EinvoiceOutcomes.error(EinvoiceOutcomes.NOT_ADOPTED, decision.reason())));
            }
        } catch (IrpUnavailableException unavailable) {
            outcomes.retryLater(p.einvoiceId, EinvoiceOutcomes.UNAVAILABLE, "2150 received; fetching the registered IRN "
                    + irn + " failed: " + unavailable.getMessage(), null);
        } catch (IrpRejectedException | IllegalArgumentException fetchRefused) {
            outcomes.failed(p.einvoiceId, List.of(
                    EinvoiceOutcomes.error("2150", "Duplicate IRN " + irn),
                    EinvoiceOutcomes.error(EinvoiceOutcomes.NOT_ADOPTED, "the registered document could not be read: "
                            + fetchRefused.getMessage())));
        }
    }
}

package dev.lekha.hub.einvoice;

import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.einvoice.EinvoiceEwayBills;
import dev.lekha.routes.einvoice.EinvoiceOperationException;
import dev.lekha.routes.einvoice.EinvoiceOutcomes;
import dev.lekha.routes.einvoice.Einvoicing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /einvoices}: a company's documents by e-invoice status with IRN, ack and problem; and
 * {@code /einvoices/{documentId}}: the decoded signed QR with its verification, errors, PDF, cancel
 * and e-way bill forms (ADMIN, FINANCE).
 */
@Controller
public class EinvoiceScreens {

    private static final int PAGE_SIZE = 50;

    private final SalesDocuments documents;
    private final Einvoices einvoices;
    private final EinvoiceViews views;
    private final EinvoiceOutcomes outcomes;
    private final Einvoicing einvoicing;
    private final EinvoiceEwayBills ewayBills;
    private final EinvoicePdfArtifacts pdfs;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    public EinvoiceScreens(SalesDocuments documents, Einvoices einvoices, EinvoiceViews views, EinvoiceOutcomes outcomes,
                           Einvoicing einvoicing, EinvoiceEwayBills ewayBills, EinvoicePdfArtifacts pdfs,
                           CompanyChoices companies, CompanyScope scope) {
        this.documents = documents;
        this.einvoices = einvoices;
        this.views = views;
        this.outcomes = outcomes;
        this.einvoicing = einvoicing;
        this.ewayBills = ewayBills;
        this.pdfs = pdfs;
        this.companies = companies;
        this.scope = scope;
    }

    /** One row of the list. */
    public record Row(long id, String documentType, String documentNumber, LocalDate documentDate, String buyerGstin,
                      BigDecimal total, String status, String irn, String ackNo, String ewbNo, String problem) {
    }

    @GetMapping("/einvoices")
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String status,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        long company = companies.select(companyId, model);
        EinvoiceStatus filter = status == null || status.isBlank() ? null : EinvoiceStatus.valueOf(status);
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE,
                Sort.by(Sort.Order.desc("documentDate"), Sort.Order.desc("id")));
        Page<SalesDocument> found = filter == null ? documents.findByCompanyId(company, request)
                : documents.findByCompanyIdAndEinvoiceStatus(company, filter, request);
        Map<Long, Einvoice> ofPage = einvoices.findBySalesDocumentIdIn(found.getContent().stream()
                .map(SalesDocument::getId).toList()).stream()
                .collect(Collectors.toMap(Einvoice::getSalesDocumentId, e -> e));
        List<Row> rows = found.getContent().stream().map(d -> {
            Einvoice e = ofPage.get(d.getId());
            String problem = e == null || e.getErrors() == null ? null
                    : outcomes.errors(e.getErrors()).stream().findFirst().map(x -> x.code() + ": " + x.message())
                            .orElse(null);
            return new Row(d.getId(), d.getDocumentType().name(), d.getDocumentNumber(), d.getDocumentDate(),
                    d.getBuyerGstin(), d.getTotal(), d.getEinvoiceStatus().name(), e == null ? null : e.getIrn(),
                    e == null ? null : e.getAckNo(), e == null ? null : e.getEwbNo(), problem);
        }).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (EinvoiceStatus s : EinvoiceStatus.values()) {
            if (s != EinvoiceStatus.NOT_APPLICABLE) {
                counts.put(s.name(), einvoices.countByCompanyIdAndStatus(company, s));
            }
        }
        model.addAttribute("status", filter == null ? null : filter.name());
        model.addAttribute("statuses", EinvoiceStatus.values());
        model.addAttribute("counts", counts);
        model.addAttribute("documents", rows);
        model.addAttribute("page", found.getNumber());
        model.addAttribute("totalPages", found.getTotalPages());
        return "einvoices/list";
    }

    @GetMapping("/einvoices/{id}")
    public String detail(@PathVariable long id, Model model) {
        EinvoiceView view = views.view(id);
        scope.check(view.companyId());
        model.addAttribute("einvoice", view);
        return "einvoices/detail";
    }

    @PostMapping("/einvoices/{id}/cancel")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String cancel(@PathVariable long id, @RequestParam String reason, @RequestParam String remark,
                         RedirectAttributes flash) {
        scope.check(views.document(id).getCompanyId());
        return act(id, flash, () -> "IRN cancelled at " + einvoicing.cancel(id, reason, remark));
    }

    @PostMapping("/einvoices/{id}/ewaybill")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String ewayBill(@PathVariable long id, EinvoiceApi.TransportRequest transport, RedirectAttributes flash) {
        scope.check(views.document(id).getCompanyId());
        return act(id, flash, () -> "E-way bill " + ewayBills.generate(id, transport.toDetails()).ewbNo() + " generated");
    }

    @PostMapping("/einvoices/{id}/retry")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String retry(@PathVariable long id, RedirectAttributes flash) {
        scope.check(views.document(id).getCompanyId());
        return act(id, flash, () -> {
            einvoicing.retryNow(id);
            return "Queued to be sent now";
        });
    }

    @GetMapping("/einvoices/{id}/pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public String pdf(@PathVariable long id) {
        scope.check(views.document(id).getCompanyId());
        StoredArtifact artifact = pdfs.pdfOf(id);
        return "redirect:/api/artifacts/" + artifact.id() + "/content";
    }

    private static String act(long id, RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute("message", action.get());
        } catch (EinvoiceOperationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/einvoices/" + id;
    }
}

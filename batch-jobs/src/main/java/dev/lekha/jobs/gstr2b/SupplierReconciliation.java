package dev.lekha.jobs.gstr2b;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gstr2b.GstReconPairs;
import dev.lekha.domain.gstr2b.GstReconPairs.NewPair;
import dev.lekha.domain.gstr2b.ReconSide;
import dev.lekha.mappings.gst.gstr2b.PurchaseReconciliation;
import dev.lekha.mappings.gst.gstr2b.ReconDecision;
import dev.lekha.mappings.gst.gstr2b.ReconDocument;
import dev.lekha.mappings.gst.gstr2b.ReconPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reconciles one supplier PAN (all its GSTINs, so that rule R4 can pair across them): loads both sides
 * and the people's decisions about them, runs the mappings' {@link PurchaseReconciliation}, and turns the
 * result into rows to store.
 */
class SupplierReconciliation implements ItemProcessor<String, List<NewPair>> {

    private final GstReconPairs pairs;
    private final PurchaseReconciliation engine;
    private final long companyId;
    private final String gstin;
    private final GstReturnPeriod period;
    private Map<Long, List<ReconDecision>> decisionsByBook;
    /** Book id to 2B id, and 2B id to book id, of manual and accepted pairs: those documents are taken. */
    private Map<Long, Long> keptBookToPortal;
    private Map<Long, Long> keptPortalToBook;

    SupplierReconciliation(GstReconPairs pairs, PurchaseReconciliation engine, long companyId, String gstin,
                           GstReturnPeriod period) {
        this.pairs = pairs;
        this.engine = engine;
        this.companyId = companyId;
        this.gstin = gstin;
        this.period = period;
    }

    @Override
    public List<NewPair> process(String pan) {
        if (decisionsByBook == null) {
            decisionsByBook = new HashMap<>();
            keptBookToPortal = new HashMap<>();
            keptPortalToBook = new HashMap<>();
            for (var d : pairs.decisions(companyId, gstin, period.financialYear())) {
                decisionsByBook.computeIfAbsent(d.purchaseInvoiceId(), k -> new java.util.ArrayList<>())
                        .add(new ReconDecision(ReconDecision.Kind.valueOf(d.kind()), d.purchaseInvoiceId(),
                                d.gstr2bDocumentId()));
                if (!"REJECTED".equals(d.kind())) {
                    keptBookToPortal.putIfAbsent(d.purchaseInvoiceId(), d.gstr2bDocumentId());
                    keptPortalToBook.putIfAbsent(d.gstr2bDocumentId(), d.purchaseInvoiceId());
                }
            }
        }
        List<ReconSide> allBooks = pan.isEmpty() ? List.of() : pairs.books(companyId, gstin, period, pan);
        List<ReconSide> allPortal = pairs.portal(companyId, gstin, period, pan);
        // a person may pair documents of two different suppliers: such a document is taken by its decision
        // (whose row stays as it is) and must not be reconciled again within its own supplier
        java.util.Set<Long> portalIds = allPortal.stream().map(ReconSide::id).collect(java.util.stream.Collectors.toSet());
        java.util.Set<Long> bookIds = allBooks.stream().map(ReconSide::id).collect(java.util.stream.Collectors.toSet());
        List<ReconSide> books = allBooks.stream().filter(b -> !keptBookToPortal.containsKey(b.id())
                || portalIds.contains(keptBookToPortal.get(b.id()))).toList();
        List<ReconSide> portal = allPortal.stream().filter(p -> !keptPortalToBook.containsKey(p.id())
                || bookIds.contains(keptPortalToBook.get(p.id()))).toList();
        Map<Long, ReconSide> bookSides = new HashMap<>();
        Map<Long, ReconSide> portalSides = new HashMap<>();
        books.forEach(b -> bookSides.put(b.id(), b));
        portal.forEach(p -> portalSides.put(p.id(), p));
        List<ReconDecision> decisions = books.stream()
                .flatMap(b -> decisionsByBook.getOrDefault(b.id(), List.of()).stream()).toList();
        List<ReconPair> result = engine.reconcile(books.stream().map(SupplierReconciliation::document).toList(),
                portal.stream().map(SupplierReconciliation::document).toList(), decisions);
        return result.stream().map(p -> new NewPair(
                p.book() == null ? null : bookSides.get(p.book().id()),
                p.portal() == null ? null : portalSides.get(p.portal().id()),
                p.outcome().name(), p.rule().name(), p.reason(),
                p.differences().isEmpty() ? null : p.differencesText(),
                p.decision() == null ? null : p.decision().name())).toList();
    }

    static ReconDocument document(ReconSide s) {
        return new ReconDocument(s.id(), s.supplierGstin(), s.documentType(), s.number(), s.date(), s.placeOfSupply(),
                s.reverseCharge(), s.taxableValue(), s.igst(), s.cgst(), s.sgst(), s.cess());
    }
}

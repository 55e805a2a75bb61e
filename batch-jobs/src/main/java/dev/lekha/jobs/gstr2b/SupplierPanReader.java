package dev.lekha.jobs.gstr2b;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gstr2b.GstReconPairs;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The supplier PANs of the year to date, one at a time, remembering in the step's context how many
 * were handed out so that a restart resumes after the last committed chunk. The list of PANs is small
 * (one entry per supplier), the documents behind each are loaded by the processor.
 */
class SupplierPanReader implements ItemStreamReader<String> {

    static final String INDEX = "supplierPans.index";

    private final GstReconPairs pairs;
    private final long companyId;
    private final String gstin;
    private final GstReturnPeriod period;
    private List<String> pans;
    private int next;

    SupplierPanReader(GstReconPairs pairs, long companyId, String gstin, GstReturnPeriod period) {
        this.pairs = pairs;
        this.companyId = companyId;
        this.gstin = gstin;
        this.period = period;
    }

    @Override
    public void open(ExecutionContext context) {
        pans = pairs.supplierPans(companyId, gstin, period);
        next = context.containsKey(INDEX) ? context.getInt(INDEX) : 0;
    }

    @Override
    public String read() {
        return next < pans.size() ? pans.get(next++) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(INDEX, next);
    }

    int size() {
        return pans == null ? 0 : pans.size();
    }
}

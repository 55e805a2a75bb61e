package dev.lekha.domain.gst;

/**
 * Where GSTR-3B table 4 takes its input tax credit from: implemented over the GSTR-2B
 * reconciliation (books matched to what suppliers reported).
 */
public interface ItcLedger {

    /**
     * The credit of a GSTIN of the company for a return period.
     *
     * @return never null; {@link ItcAvailability#NONE} when nothing was reconciled for the period
     */
    ItcAvailability forPeriod(long companyId, Gstin gstin, GstReturnPeriod period);
}

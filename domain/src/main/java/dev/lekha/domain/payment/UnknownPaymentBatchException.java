package dev.lekha.domain.payment;

public class UnknownPaymentBatchException extends RuntimeException {

    public UnknownPaymentBatchException(long companyId, long batchId) {
        super("company " + companyId + " has no payment batch " + batchId);
    }
}

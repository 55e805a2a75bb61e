package dev.lekha.routes.razorpay;

import java.util.Optional;

/**
 * Which company a Razorpay event or report belongs to. The hub answers from {@code lekha.razorpay.accounts}
 * (Razorpay account id -> company PAN) and {@code lekha.razorpay.company-pan} (the default).
 */
public interface RazorpayAccounts {

    /** The company of a webhook's {@code account_id}; the default company when the account is null or not listed. */
    Optional<Long> companyOf(String accountId);

    /** The company with this PAN, if the hub serves it. */
    Optional<Long> companyOfPan(String pan);
}

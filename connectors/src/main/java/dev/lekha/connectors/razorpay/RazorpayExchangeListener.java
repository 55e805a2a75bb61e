package dev.lekha.connectors.razorpay;

/**
 * Told about every HTTP exchange {@link RazorpayClient} has (each retry is an exchange of its own), on the calling
 * thread. A listener that throws does not fail the call.
 */
@FunctionalInterface
public interface RazorpayExchangeListener {

    RazorpayExchangeListener NONE = exchange -> { };

    void exchanged(RazorpayExchange exchange);
}

package dev.lekha.routes.razorpay;

import dev.lekha.connectors.razorpay.RazorpayClient;

/**
 * The configured Razorpay client (live, or the hub's own sandbox once its web server listens).
 */
@FunctionalInterface
public interface RazorpayConnection {

    /** @throws dev.lekha.connectors.razorpay.RazorpayUnavailableException while none is ready */
    RazorpayClient client();
}

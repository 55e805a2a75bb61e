/**
 * The Razorpay sandbox: an in-memory Razorpay API (orders, payments, refunds, settlements, recon report) on its
 * own key id/secret with Razorpay's error shapes, plus controls to simulate a customer paying and a settlement
 * day, and webhooks signed like Razorpay's.
 */
package dev.lekha.connectors.razorpay.sandbox;

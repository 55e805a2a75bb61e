/**
 * A faithful simulator of the GST portal's taxpayer API (GSTN): OTP authentication on the sandbox's own RSA key,
 * SEK/REK encryption with HMAC integrity both ways, GSTR-1 and GSTR-3B save / status / submit / offset / file with
 * EVC, and GSTR-2B download from a store. {@link dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox} is the
 * engine; the hub serves it under {@code /sandbox/gst/}. Error codes and where each was taken from:
 * {@link dev.lekha.connectors.gstportal.sandbox.GstPortalErrorCodes}.
 */
package dev.lekha.connectors.gstportal.sandbox;

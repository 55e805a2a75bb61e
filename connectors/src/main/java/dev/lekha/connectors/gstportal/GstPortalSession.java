package dev.lekha.connectors.gstportal;

import java.time.Instant;

/**
 * What a caller may know of a GSTIN's portal session (the token and keys stay inside the client).
 *
 * @param gstin    the taxpayer GSTIN
 * @param username the GST portal username that authenticated
 * @param expiry   when the portal's auth token expires
 */
public record GstPortalSession(String gstin, String username, Instant expiry) {
}

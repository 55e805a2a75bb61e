package dev.lekha.connectors.sandbox;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request to the sandbox, as the HTTP layer received it.
 *
 * @param method      HTTP method, e.g. {@code POST}; must not be null
 * @param path        path relative to the sandbox root, e.g. {@code /eicore/v1.03/Invoice}; must not be null
 * @param headers     request headers (first value of each); looked up case-insensitively
 * @param queryParams decoded query parameters (first value of each)
 * @param body        request body, or null/empty for none
 */
public record SandboxRequest(String method, String path, Map<String, String> headers, Map<String, String> queryParams,
                             String body) {

    public SandboxRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null && v != null) {
                    caseInsensitive.putIfAbsent(k, v);
                }
            });
        }
        // An unmodifiable view keeps the case-insensitive lookup of the TreeMap.
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        queryParams = queryParams == null ? Map.of() : Map.copyOf(queryParams);
        body = body == null ? "" : body;
    }

    /** The header's value (name matched ignoring case), or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The query parameter's value, or null. */
    public String query(String name) {
        return queryParams.get(name);
    }
}

package dev.lekha.connectors.gstportal.sandbox;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request to the GST portal sandbox, as the HTTP layer received it.
 *
 * @param method      HTTP method; must not be null
 * @param path        path below the sandbox root, e.g. {@code /taxpayerapi/v1.0/authenticate}; must not be null
 * @param headers     first value of each header; looked up ignoring case
 * @param queryParams decoded query parameters (first value of each)
 * @param body        the body, or null/empty for none
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
        headers = Collections.unmodifiableMap(caseInsensitive);
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

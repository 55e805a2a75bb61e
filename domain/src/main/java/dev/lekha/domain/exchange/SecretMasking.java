package dev.lekha.domain.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secret values in text about to be stored or logged: JSON members, XML elements, header lines
 * and form/query parameters whose name contains {@code password}, {@code secret}, {@code token},
 * {@code authorization}, {@code sek} (the IRP's session encryption key), {@code appkey} or
 * {@code apikey} (any case, with {@code _}/{@code -} allowed). The name stays, the value becomes
 * {@value #MASK}, so a reader still sees which credentials were sent.
 */
public final class SecretMasking {

    public static final String MASK = "****";

    private static final String SENSITIVE = "(?:password|passwd|secret|token|authorization|sek|app[_-]?key|api[_-]?key)";

    private static final Pattern JSON_MEMBER = Pattern.compile(
            "(\"[^\"]*" + SENSITIVE + "[^\"]*\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ELEMENT = Pattern.compile(
            "(<([\\w:.-]*" + SENSITIVE + "[\\w:.-]*)(?:\\s[^>]*)?>)[^<]*(</\\2>)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_LINE = Pattern.compile(
            "^([ \\t]*[\\w-]*" + SENSITIVE + "[\\w-]*[ \\t]*:[ \\t]*)(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern PARAMETER = Pattern.compile(
            "((?:^|[?&;\\s])[\\w.\\[\\]-]*" + SENSITIVE + "[\\w.\\[\\]-]*=)([^&;\\s]*)", Pattern.CASE_INSENSITIVE);

    private SecretMasking() {
    }

    /** Returns {@code text} with secret values masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(JSON_MEMBER, text, m -> m.group(1) + "\"" + MASK + "\"");
        masked = replace(XML_ELEMENT, masked, m -> m.group(1) + MASK + m.group(3));
        masked = replace(HEADER_LINE, masked, m -> m.group(1) + MASK);
        return replace(PARAMETER, masked, m -> m.group(1) + MASK);
    }

    /** Masks secret query parameters of a URL; null stays null. */
    public static String maskUrl(String url) {
        return url == null ? null : replace(PARAMETER, url, m -> m.group(1) + MASK);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package dev.lekha.routes.drops;

import java.io.File;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Lets the inbox consumer take a file only once it is complete: at once when its {@code <file>.done}
 * marker exists, otherwise when it has not been modified for {@code minAge} and its size is the same
 * as at the previous scan. Markers, error reports and temporary files ({@code .tmp}, {@code .part},
 * names starting with {@code .} or {@code ~}) are never taken.
 *
 * <p>One instance per inbox: it remembers the sizes seen at the previous scan.
 */
final class CompleteFileFilter implements GenericFileFilter<File> {

    static final String DONE_MARKER = ".done";

    private final Duration minAge;
    private final Clock clock;
    private final Map<String, Long> sizeAtLastScan = new ConcurrentHashMap<>();

    CompleteFileFilter(Duration minAge, Clock clock) {
        this.minAge = minAge;
        this.clock = clock;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory() || isNeverTaken(file.getFileNameOnly())) {
            return false;
        }
        File f = file.getFile();
        if (Files.exists(markerOf(f).toPath())) {
            sizeAtLastScan.remove(f.getPath());
            return true;
        }
        long size = f.length();
        Long previous = sizeAtLastScan.put(f.getPath(), size);
        boolean oldEnough = clock.millis() - f.lastModified() >= minAge.toMillis();
        if (previous != null && previous == size && oldEnough) {
            sizeAtLastScan.remove(f.getPath());
            return true;
        }
        return false;
    }

    static File markerOf(File file) {
        return new File(file.getPath() + DONE_MARKER);
    }

    static boolean isNeverTaken(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.startsWith("~") || lower.endsWith(DONE_MARKER)
                || lower.endsWith(".error.txt") || lower.endsWith(".tmp") || lower.endsWith(".part");
    }
}

package dev.lekha.mappings.modularityfixture;

import dev.lekha.hub.LekhaHubApplication;
import java.io.File;
import java.time.LocalDate;
import org.springframework.util.StringUtils;

/**
 * Deliberately breaks every rule for {@code mappings}: proof for {@code ModularityTest} that its
 * rules catch violations. Test sources only; never imported by the rules for the real code, and no
 * Spring bean (so the hub's tests that scan {@code dev.lekha} never pick it up).
 */
public class MappingWithSideEffects {

    public String read() {
        return StringUtils.capitalize(new File("invoices.csv").getName()) + LocalDate.now()
                + System.currentTimeMillis() + LekhaHubApplication.class.getSimpleName();
    }
}

package dev.lekha.hub.audit;

import dev.lekha.domain.audit.AuditChainCheck;
import dev.lekha.domain.audit.AuditEntries;
import dev.lekha.domain.audit.AuditEntry;
import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.hub.security.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit log screen: paged, filtered by actor and action, with the chain check. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('COMPLIANCE')")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final AuditTrail audit;

    AuditController(AuditEntries entries, AuditTrail audit) {
        this.entries = entries;
        this.audit = audit;
    }

    @GetMapping
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
               @RequestParam(defaultValue = "0") int page, Model model) {
        Page<AuditEntry> result = entries.find(actor, action, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("entries", result);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        return "audit/log";
    }

    /** Verifying is itself recorded (AUDIT_CHAIN_VERIFIED), as evidence that the check was made. */
    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        AuditChainCheck check = audit.verify();
        audit.record(new AuditRecord(CurrentActor.name(), "AUDIT_CHAIN_VERIFIED", "audit_event", null,
                check.intact() ? "intact, " + check.entriesChecked() + " entries"
                        : "broken at entry " + check.firstBrokenId() + ": " + check.reason(),
                CurrentActor.remoteAddress()));
        redirect.addFlashAttribute("check", check);
        return "redirect:/audit";
    }
}

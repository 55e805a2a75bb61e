package dev.lekha.hub.deadletters;

import dev.lekha.routes.queues.DeadLetterNotFoundException;
import dev.lekha.routes.queues.DeadLetters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dead letters screen: what waits in each {@code DLQ.<queue>}, with replay and discard. */
@Controller
public class DeadLettersController {

    private final DeadLetters deadLetters;

    public DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/dead-letters")
    public String list(Model model) {
        model.addAttribute("queues", deadLetters.listAll());
        return "dead-letters";
    }

    @PostMapping("/dead-letters/replay")
    public String replay(@RequestParam String queue, @RequestParam String id, RedirectAttributes redirect) {
        return act(queue, id, true, redirect);
    }

    @PostMapping("/dead-letters/discard")
    public String discard(@RequestParam String queue, @RequestParam String id, RedirectAttributes redirect) {
        return act(queue, id, false, redirect);
    }

    private String act(String queue, String id, boolean replay, RedirectAttributes redirect) {
        try {
            if (replay) {
                deadLetters.replay(queue, id);
                redirect.addFlashAttribute("ok", "Message " + id + " put back on " + queue + ".");
            } else {
                deadLetters.discard(queue, id);
                redirect.addFlashAttribute("ok", "Message " + id + " discarded.");
            }
        } catch (DeadLetterNotFoundException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dead-letters";
    }
}

package dev.lekha.hub.drops;

import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropSettings;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The file drops screen: recent files with their status, and for rejected ones what was wrong. */
@Controller
public class DropsController {

    private static final int RECENT = 200;

    private final InboundFiles inboundFiles;
    private final DropSettings settings;
    private final List<DropChannel> channels;

    public DropsController(InboundFiles inboundFiles, DropSettings settings, List<DropChannel> channels) {
        this.inboundFiles = inboundFiles;
        this.settings = settings;
        this.channels = channels;
    }

    @GetMapping("/drops")
    public String drops(Model model) {
        model.addAttribute("files", inboundFiles.findAllByOrderByReceivedAtDescIdDesc(PageRequest.of(0, RECENT)));
        model.addAttribute("rejectedCount", inboundFiles.countByStatus(InboundFileStatus.REJECTED));
        model.addAttribute("archivedCount", inboundFiles.countByStatus(InboundFileStatus.ARCHIVED));
        model.addAttribute("dropsDir", settings.dir().toAbsolutePath().normalize().toString());
        model.addAttribute("channels", channels.stream().map(DropChannel::name).sorted().toList());
        return "drops";
    }
}

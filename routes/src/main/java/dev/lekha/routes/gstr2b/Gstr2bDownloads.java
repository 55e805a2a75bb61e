package dev.lekha.routes.gstr2b;

import dev.lekha.connectors.gstportal.GstPortal;
import dev.lekha.connectors.gstportal.GstPortalException;
import dev.lekha.connectors.gstportal.GstPortalRejectedException;
import dev.lekha.connectors.gstportal.GstPortalSessionRequiredException;
import dev.lekha.connectors.gstportal.Gstr2bDownload;
import dev.lekha.domain.gstr2b.Gstr2bReturns;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import dev.lekha.routes.gstfiling.GstFilingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GSTR-2B straight from the GST portal (GET2B, every part of a split statement), imported exactly like a file in
 * the {@code gstr2b} drop: the same checks, all or nothing, decisions kept on a re-import.
 */
@Service
public class Gstr2bDownloads {

    private final GstPortal portal;
    private final Gstr2bReturns returns;

    public Gstr2bDownloads(GstPortal portal, Gstr2bReturns returns) {
        this.portal = portal;
        this.returns = returns;
    }

    /**
     * @return the documents stored and the company
     * @throws GstFilingException SESSION_REQUIRED without a portal login; REFUSED_BY_PORTAL when the portal has no 2B
     *                            yet (it is generated on the 14th) or the statement fails our checks
     */
    @Transactional
    public DropOutcome download(String gstin, String period) {
        Gstr2bDownload download;
        try {
            download = portal.getGstr2b(gstin, period);
        } catch (GstPortalSessionRequiredException e) {
            throw new GstFilingException(GstFilingException.Kind.SESSION_REQUIRED, "Log in to the GST portal first"
                    + " (request an OTP and enter it): " + e.getMessage(), List.of(), e);
        } catch (GstPortalRejectedException e) {
            throw new GstFilingException(GstFilingException.Kind.REFUSED_BY_PORTAL, "The portal has no GSTR-2B of "
                    + gstin + " for " + period + ": " + e.errorCode() + " " + e.portalMessage(),
                    List.of(e.errorCode() + ": " + e.portalMessage()), e);
        } catch (GstPortalException e) {
            throw new GstFilingException(GstFilingException.Kind.PORTAL_UNAVAILABLE, "The GST portal is unavailable;"
                    + " try again later: " + e.getMessage(), List.of(), e);
        }
        List<Gstr2bDrop.NamedFile> files = new ArrayList<>();
        for (int i = 0; i < download.files().size(); i++) {
            files.add(new Gstr2bDrop.NamedFile("portal-gstr2b-" + gstin + "-" + period + "-part" + (i + 1) + ".json",
                    download.files().get(i).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return Gstr2bDrop.importFiles(returns, files);
        } catch (DropRejectedException e) {
            throw new GstFilingException(GstFilingException.Kind.REFUSED_BY_PORTAL, "The GSTR-2B the portal sent fails"
                    + " Lekha's checks; nothing was imported", e.problems(), e);
        }
    }
}

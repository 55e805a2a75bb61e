package dev.lekha.routes.gstfiling;

import dev.lekha.connectors.gstportal.GstPortal;
import dev.lekha.connectors.gstportal.GstPortalAuthException;
import dev.lekha.connectors.gstportal.GstPortalException;
import dev.lekha.connectors.gstportal.GstPortalIntegrityException;
import dev.lekha.connectors.gstportal.GstPortalOtpException;
import dev.lekha.connectors.gstportal.GstPortalRejectedException;
import dev.lekha.connectors.gstportal.GstPortalSession;
import dev.lekha.connectors.gstportal.GstPortalSessionRequiredException;
import dev.lekha.connectors.gstportal.GstPortalUnavailableException;
import dev.lekha.connectors.gstportal.GstReturnType;
import dev.lekha.connectors.gstportal.ReturnStatus;
import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.gstreturn.GstReturn;
import dev.lekha.domain.gstreturn.GstReturnStateException;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.mappings.gst.offset.LiabilityOffset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files an approved return on the GST portal: the officer logs in with the OTP the portal texts, Lekha saves the
 * return's JSON (RETSAVE) and waits until the portal has processed it, submits it (RETSUBMIT), for a GSTR-3B offsets
 * the liability (RETOFFSET, credit set off by {@link LiabilityOffset}), and on the officer's EVC OTP files it
 * (RETFILE); the ARN the portal answers is recorded on the return (FILED). Each portal step is recorded in the
 * return's history. Only a READY_TO_FILE return goes to the portal, so nothing unreviewed is ever filed.
 */
@Service
@EnableConfigurationProperties(GstFilingSettings.class)
public class GstReturnFiling {

    private static final Logger log = LoggerFactory.getLogger(GstReturnFiling.class);

    private final GstPortal portal;
    private final GstReturns returns;
    private final ArtifactStore artifacts;
    private final JsonMapper json;
    private final Clock clock;
    private final GstFilingSettings settings;

    public GstReturnFiling(GstPortal portal, GstReturns returns, ArtifactStore artifacts, JsonMapper json, Clock clock,
                           GstFilingSettings settings) {
        this.portal = portal;
        this.returns = returns;
        this.artifacts = artifacts;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    /** Asks the portal to text an OTP to the user of the return's GSTIN. */
    public void requestOtp(long returnId, String username) {
        requestOtp(returns.get(returnId).gstin(), username);
    }

    /** Asks the portal to text an OTP to the GSTIN's registered user. */
    public void requestOtp(String gstin, String username) {
        portalCall(() -> {
            portal.requestOtp(gstin, username);
            return null;
        });
    }

    /** Logs in with the OTP; the session serves every return of the GSTIN (and its 2B downloads) until it expires. */
    public GstPortalSession login(long returnId, String username, String otp) {
        return login(returns.get(returnId).gstin(), username, otp);
    }

    /** Logs in to the portal for a GSTIN with the OTP the portal texted. */
    public GstPortalSession login(String gstin, String username, String otp) {
        return portalCall(() -> portal.authenticate(gstin, username, otp));
    }

    /** The live portal session of the return's GSTIN, if any. */
    public Optional<GstPortalSession> session(long returnId) {
        return portal.session(returns.get(returnId).gstin());
    }

    /** The GSTIN's live portal session, if any. */
    public Optional<GstPortalSession> session(String gstin) {
        return portal.session(gstin);
    }

    /**
     * Saves the return on the portal, waits for the portal to process it, and submits it (a GSTR-3B's liability is
     * then offset). Documents the portal refuses are recorded on the return and reported; nothing is submitted then.
     *
     * @return the return with its portal state ({@code SUBMITTED}, or {@code OFFSET} for a GSTR-3B)
     */
    public GstReturn saveAndSubmit(long returnId, String actor) {
        GstReturn ret = readyToFile(returnId);
        GstReturnType type = type(ret);
        String content = content(ret);
        if (ret.portalState() == null) {
            String reference = portalCall(() -> portal.saveReturn(type, ret.gstin(), ret.period(), content));
            ReturnStatus status = awaitProcessed(ret, reference);
            if (status.state() != ReturnStatus.State.PROCESSED) {
                List<String> errors = status.errors().stream().map(e -> (e.section() == null ? "" : e.section() + " ")
                        + (e.documentNumber() == null ? "" : e.documentNumber() + " ")
                        + (e.counterpartyGstin() == null ? "" : "(" + e.counterpartyGstin() + ") ")
                        + e.code() + ": " + e.message()).toList();
                returns.recordPortalStep(returnId, actor, null, reference, json.writeValueAsString(errors),
                        "the portal refused the save (" + status.state() + ", reference " + reference + "): "
                                + errors.size() + " problem(s)");
                throw new GstFilingException(GstFilingException.Kind.REFUSED_BY_PORTAL, "The portal did not accept "
                        + ret.type() + " " + ret.period() + " (" + status.state() + "): fix the documents, generate a new"
                        + " version and have it approved", errors, null);
            }
            returns.recordPortalStep(returnId, actor, "SAVED", reference, null,
                    "saved on the GST portal, reference " + reference);
        }
        GstReturn saved = returns.get(returnId);
        if ("SAVED".equals(saved.portalState())) {
            String reference = portalCall(() -> portal.submitReturn(type, ret.gstin(), ret.period()));
            returns.recordPortalStep(returnId, actor, "SUBMITTED", reference, null,
                    "submitted on the GST portal, reference " + reference);
        }
        GstReturn submitted = returns.get(returnId);
        if (ret.type() == ReturnType.GSTR3B && "SUBMITTED".equals(submitted.portalState())) {
            LiabilityOffset.Payment payment = LiabilityOffset.pay(json.readTree(content));
            String offset = json.writeValueAsString(LiabilityOffset.offsetJson(payment, json));
            String reference = portalCall(() -> portal.offsetLiability(ret.gstin(), ret.period(), offset));
            returns.recordPortalStep(returnId, actor, "OFFSET", reference == null ? submitted.portalReference()
                    : reference, null, "liability offset: credit used " + payment.igstForIgst().add(payment.igstForCgst())
                    .add(payment.igstForSgst()).add(payment.cgstForIgst()).add(payment.cgstForCgst())
                    .add(payment.sgstForIgst()).add(payment.sgstForSgst()).add(payment.cessForCess()).toPlainString()
                    + ", cash " + payment.totalCash().toPlainString());
        }
        return returns.get(returnId);
    }

    /** Asks the portal to text the EVC OTP to the authorised signatory with this PAN. */
    public void requestEvcOtp(long returnId, String pan) {
        GstReturn ret = returns.get(returnId);
        portalCall(() -> {
            portal.requestEvcOtp(type(ret), ret.gstin(), pan);
            return null;
        });
    }

    /**
     * Files the submitted return with EVC and records the ARN: the return becomes FILED.
     *
     * @throws GstFilingException WRONG_STATE when the return was not submitted (and offset) on the portal first
     */
    public GstReturn file(long returnId, String actor, String pan, String evcOtp) {
        GstReturn ret = readyToFile(returnId);
        String ready = ret.type() == ReturnType.GSTR3B ? "OFFSET" : "SUBMITTED";
        if (!ready.equals(ret.portalState())) {
            throw new GstFilingException(GstFilingException.Kind.WRONG_STATE, ret.type() + " " + ret.period()
                    + " is not " + ready.toLowerCase(java.util.Locale.ROOT) + " on the portal yet (" + (ret.portalState()
                    == null ? "not saved" : ret.portalState().toLowerCase(java.util.Locale.ROOT)) + "): save and submit"
                    + " it first");
        }
        String summary = ret.summaryJson() == null ? "{}" : ret.summaryJson();
        String arn = portalCall(() -> portal.fileReturn(type(ret), ret.gstin(), ret.period(), summary, pan, evcOtp));
        log.info("{} {} {} filed on the GST portal: ARN {}", ret.type(), ret.gstin(), ret.period(), arn);
        try {
            return returns.markFiled(returnId, actor, arn, clock.instant(), ret.portalReference());
        } catch (GstReturnStateException e) {
            throw new GstFilingException(GstFilingException.Kind.WRONG_STATE, e.getMessage() + " (the portal filed it"
                    + " with ARN " + arn + ": record that ARN)", List.of(), e);
        }
    }

    private ReturnStatus awaitProcessed(GstReturn ret, String reference) {
        Duration wait = settings.statusPollDelay();
        for (int attempt = 1; ; attempt++) {
            ReturnStatus status = portalCall(() -> portal.returnStatus(ret.gstin(), ret.period(), reference));
            if (status.state() != ReturnStatus.State.IN_PROGRESS) {
                return status;
            }
            if (attempt >= settings.statusPollAttempts()) {
                throw new GstFilingException(GstFilingException.Kind.PORTAL_UNAVAILABLE, "The portal is still"
                        + " processing reference " + reference + " after " + attempt + " checks; try again later (the"
                        + " save is not repeated)");
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GstFilingException(GstFilingException.Kind.PORTAL_UNAVAILABLE, "interrupted while waiting"
                        + " for the portal", List.of(), e);
            }
        }
    }

    private GstReturn readyToFile(long returnId) {
        GstReturn ret = returns.get(returnId);
        if (ret.status() != dev.lekha.domain.gstreturn.ReturnStatus.READY_TO_FILE) {
            throw new GstFilingException(GstFilingException.Kind.WRONG_STATE, ret.type() + " " + ret.gstin() + " "
                    + ret.period() + " version " + ret.version() + " is " + ret.status() + ": only an approved return"
                    + " (READY_TO_FILE) goes to the portal");
        }
        return ret;
    }

    private String content(GstReturn ret) {
        try (InputStream in = artifacts.open(ret.jsonArtifactId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the JSON of " + ret.type() + " " + ret.period()
                    + " (artifact " + ret.jsonArtifactId() + "): " + e.getMessage(), e);
        }
    }

    private static GstReturnType type(GstReturn ret) {
        return ret.type() == ReturnType.GSTR1 ? GstReturnType.GSTR1 : GstReturnType.GSTR3B;
    }

    private static <T> T portalCall(Supplier<T> call) {
        try {
            return call.get();
        } catch (GstPortalSessionRequiredException e) {
            throw new GstFilingException(GstFilingException.Kind.SESSION_REQUIRED, "Log in to the GST portal first"
                    + " (request an OTP and enter it): " + e.getMessage(), List.of(), e);
        } catch (GstPortalOtpException | GstPortalAuthException e) {
            throw new GstFilingException(GstFilingException.Kind.AUTH_REFUSED, e.getMessage(), List.of(), e);
        } catch (GstPortalRejectedException e) {
            throw new GstFilingException(GstFilingException.Kind.REFUSED_BY_PORTAL, "The portal refused: "
                    + e.errorCode() + " " + e.portalMessage(), List.of(e.errorCode() + ": " + e.portalMessage()), e);
        } catch (GstPortalUnavailableException | GstPortalIntegrityException e) {
            throw new GstFilingException(GstFilingException.Kind.PORTAL_UNAVAILABLE, "The GST portal is unavailable or"
                    + " answered something that failed its integrity check; try again later: " + e.getMessage(),
                    List.of(), e);
        } catch (GstPortalException e) {
            throw new GstFilingException(GstFilingException.Kind.REFUSED_BY_PORTAL, e.getMessage(), List.of(), e);
        }
    }
}

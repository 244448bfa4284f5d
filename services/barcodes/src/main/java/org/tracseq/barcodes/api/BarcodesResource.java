package org.tracseq.barcodes.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.tracseq.barcodes.domain.Barcode;
import org.tracseq.barcodes.domain.BarcodeEntry;
import org.tracseq.barcodes.domain.BarcodeFormat;
import org.tracseq.barcodes.domain.BarcodeStatus;
import org.tracseq.barcodes.domain.ClaimRequest;
import org.tracseq.barcodes.domain.IssueRequest;
import org.tracseq.barcodes.render.ImageSize;
import org.tracseq.barcodes.render.PngWriter;
import org.tracseq.barcodes.render.SvgWriter;
import org.tracseq.barcodes.render.Symbol;
import org.tracseq.barcodes.render.Symbology;
import org.tracseq.barcodes.render.ZplTubeLabel;
import org.tracseq.barcodes.service.BarcodeService;
import org.tracseq.contract.barcodes.api.BarcodesApi;
import org.tracseq.contract.barcodes.model.GenerateRequest;
import org.tracseq.contract.barcodes.model.ImageFormat;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;

/**
 * The barcodes contract over HTTP: reads the barcode in the path (BC-1, which the contract cannot
 * say: the check character), hands over to the service, maps the result. Everything the contract
 * declares (shapes, lengths, bounds, required fields) is checked before a method here runs.
 * The class-level {@code @Path} is repeated because JAX-RS does not inherit it from the interface.
 */
@Path("")
@RequestScoped
public class BarcodesResource implements BarcodesApi {
    /** Timed in the method, not by {@code @Timed} (docs/metrics.md, "Timers"). */
    @Inject
    @Metric(name = "tracseq_barcodes_render", absolute = true, description = "Time to draw a barcode image")
    Timer renderTimer;

    static final String PNG = "image/png";
    static final String SVG = "image/svg+xml";
    static final String ZPL = "text/plain; charset=UTF-8";

    @Inject
    BarcodeService barcodes;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Override
    @RolesAllowed(Roles.RESEARCH_SCIENTIST)
    public Response generateBarcodes(GenerateRequest request, String idempotencyKey) {
        return create("barcodes.generate", BarcodeStatus.ISSUED, request, idempotencyKey);
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response reserveBarcodes(GenerateRequest request, String idempotencyKey) {
        return create("barcodes.reserve", BarcodeStatus.RESERVED, request, idempotencyKey);
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response validateBarcode(String text) {
        BarcodeFormat.Verdict verdict = BarcodeFormat.check(text);
        Optional<BarcodeEntry> known = verdict.valid() ? barcodes.find(verdict.barcode()) : Optional.empty();
        return Response.ok(BarcodeMapper.validation(verdict, known)).build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getBarcode(String text) {
        Barcode barcode = wellFormed(text);
        return barcodes.find(barcode)
                .map(entry -> Response.ok(BarcodeMapper.record(entry)).build())
                .orElseThrow(() -> ProblemException.notFound("Barcode", text));
    }

    @Override
    @RolesAllowed(Roles.RESEARCH_SCIENTIST)
    public Response claimBarcode(String text, org.tracseq.contract.barcodes.model.ClaimRequest request) {
        Barcode barcode = wellFormed(text);
        ClaimRequest claim = new ClaimRequest(Bodies.required(request).getOwner());
        return Response.ok(BarcodeMapper.record(barcodes.claim(barcode, claim, Actors.of(securityContext))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response renderBarcode(
            String text, org.tracseq.contract.barcodes.model.Symbology symbology, ImageFormat format, Integer size) {
        try (Timer.Context timed = renderTimer.time()) {
            Barcode barcode = wellFormed(text);
            // Left out, size is the contract's default; null means it was given empty (?size=).
            ValidationProblem.collector()
                    .check(size != null, "size", "must be a whole number")
                    .throwIfAny();
            ImageSize imageSize = new ImageSize(size);
            Symbol symbol = Symbol.encode(barcode.text(), symbology(symbology));
            return switch (format) {
                case PNG -> Response.ok(PngWriter.write(symbol, imageSize), PNG).build();
                case SVG -> Response.ok(SvgWriter.write(symbol, imageSize), SVG).build();
            };
        }
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response tubeLabel(String text, String line1, String line2) {
        return Response.ok(ZplTubeLabel.of(wellFormed(text), line1, line2), ZPL).build();
    }

    private Response create(String operation, BarcodeStatus status, GenerateRequest body, String idempotencyKey) {
        Bodies.required(body);
        // Left out, count is the contract's default; an explicit null passes its minimum and maximum.
        ValidationProblem.collector()
                .check(body.getCount() != null, "count", "must not be null")
                .throwIfAny();
        IssueRequest request = new IssueRequest(body.getPrefix(), body.getTypeCode(), body.getCount());
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                operation,
                idempotencyKey,
                body,
                () -> Response.status(Response.Status.CREATED)
                        .entity(BarcodeMapper.batch(barcodes.issue(request, status, actor)))
                        .build());
    }

    /** The barcode in a path, or a 400 listing what is wrong with it. */
    private static Barcode wellFormed(String text) {
        BarcodeFormat.Verdict verdict = BarcodeFormat.check(text);
        if (!verdict.valid()) {
            var problems = ValidationProblem.collector();
            verdict.problems().forEach(problem -> problems.add("barcode", problem));
            problems.throwIfAny();
        }
        return verdict.barcode();
    }

    private static Symbology symbology(org.tracseq.contract.barcodes.model.Symbology symbology) {
        return switch (symbology) {
            case CODE128 -> Symbology.CODE128;
            case DATAMATRIX -> Symbology.DATAMATRIX;
            case QR -> Symbology.QR;
        };
    }
}

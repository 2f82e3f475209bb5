package org.tongxin.infra.integrity;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.cluecase.FindTracking;
import org.tongxin.projections.cluecase.TrackingView;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/**
 * Printable receipts: a citizen's, from the public tracking page (the tracking code is the key, as for the page),
 * and a proposal's for whoever may read the proposal. Each names the position and the digest the submission was
 * sealed with; before the sealer has reached it (a few seconds) there is nothing to print yet.
 */
@RestController
class ReceiptController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    private final Receipts receipts;
    private final ReceiptPdf pdf;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final CaseNames caseNames;
    private final ZoneId zone;
    private final String publicBaseUrl;

    ReceiptController(
            Receipts receipts,
            ReceiptPdf pdf,
            QueryGateway queries,
            CurrentUser currentUser,
            CaseNames caseNames,
            @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${tongxin.public-base-url:}") String publicBaseUrl) {
        this.receipts = receipts;
        this.pdf = pdf;
        this.queries = queries;
        this.currentUser = currentUser;
        this.caseNames = caseNames;
        this.zone = zone;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping(value = "/public/track/{code}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A citizen's receipt (PDF): tracking code, time, the sealed digest and its chain position")
    ResponseEntity<byte[]> citizen(@PathVariable String code, HttpServletRequest request) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        TrackingView view = queries.query(new FindTracking(upper), ResponseTypes.optionalInstanceOf(TrackingView.class))
                .join()
                .orElseThrow(() -> new NotFound("tracking code " + code));
        ChainVerification.Seal seal = sealed(receipts.ofTrackingCode(upper).orElse(null), code);
        List<ReceiptPdf.Line> lines = new ArrayList<>();
        lines.add(new ReceiptPdf.Line("查询码", upper, true));
        lines.add(new ReceiptPdf.Line("建议标题", view.title(), false));
        lines.addAll(sealLines(seal));
        String page = base(request) + "/public/track/" + upper;
        return document(
                "百姓建议提交回执", lines, "凭查询码可在 " + page + " 查看办理进度，并核对本回执的内容摘要是否仍与存证链一致。", "receipt-" + upper + ".pdf");
    }

    @GetMapping(
            value = {"/proposals/{id}/receipt.pdf", "/api/proposals/{id}/receipt.pdf"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A proposal's submission receipt (PDF): time, the sealed digest and its chain position")
    ResponseEntity<byte[]> proposal(@PathVariable String id, HttpServletRequest request) {
        ProposalView proposal = queries.query(
                        new FindProposal(id, Access.scope(currentUser.get())),
                        ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join()
                .filter(p -> Access.mayReadProposal(currentUser.get(), p))
                .orElseThrow(() -> new NotFound("proposal " + id));
        ChainVerification.Seal seal = sealed(receipts.ofProposal(id).orElse(null), id);
        List<ReceiptPdf.Line> lines = new ArrayList<>();
        String number = caseNames.numberOf(id);
        lines.add(new ReceiptPdf.Line("提案", number, false));
        lines.add(new ReceiptPdf.Line("提案标题", proposal.title(), false));
        lines.addAll(sealLines(seal));
        return document(
                "提案提交回执",
                lines,
                "核对方法：监督人员在 " + base(request) + "/integrity 核验存证链；本回执的内容摘要与存证链第 " + seal.position()
                        + " 条记录一致，即说明提交的内容此后未被改动。",
                "proposal-receipt.pdf");
    }

    private static ChainVerification.Seal sealed(ChainVerification.Seal seal, String what) {
        if (seal == null || !seal.sealed()) {
            // not submitted, or not sealed yet: nothing to vouch for
            throw new NotFound("sealed submission of " + what);
        }
        return seal;
    }

    private List<ReceiptPdf.Line> sealLines(ChainVerification.Seal seal) {
        return List.of(
                new ReceiptPdf.Line(
                        "提交时间", WHEN.format(Receipts.recordedAt(seal).atZone(zone)), false),
                new ReceiptPdf.Line("存证位置", "第 " + seal.position() + " 条事件", false),
                new ReceiptPdf.Line(
                        "摘要算法", "SM3".equals(seal.algorithm()) ? "SM3（GB/T 32905）" : seal.algorithm(), false),
                new ReceiptPdf.Line("内容摘要", seal.groupedDigest(), true));
    }

    private String base(HttpServletRequest request) {
        return publicBaseUrl.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : publicBaseUrl.replaceAll("/+$", "");
    }

    private ResponseEntity<byte[]> document(String title, List<ReceiptPdf.Line> lines, String hint, String file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file).build().toString())
                .body(pdf.render(title, lines, hint));
    }
}

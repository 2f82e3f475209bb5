package org.tongxin.infra.similar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.projections.similar.ChineseText;
import org.tongxin.projections.similar.ItemKind;

/**
 * {@code GET /api/similar}: the clues, proposals and reports most like a text, for duplicate detection at intake.
 * Department officers see only what their department handles, so they are not among the readers.
 */
@RestController
@RequestMapping("/api/similar")
@Validated
class SimilarController {

    record SimilarAnswer(List<SimilarMatch> items) {}

    private final SimilarSearch search;
    private final CurrentUser currentUser;

    SimilarController(SimilarSearch search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @GetMapping
    SimilarAnswer similar(
            @RequestParam(defaultValue = "") @NotBlank @Size(max = ChineseText.MAX_CHARS) String text,
            @RequestParam(required = false) List<ItemKind> kind,
            @RequestParam(required = false) @Size(max = 64) String exclude,
            @RequestParam(defaultValue = "5") @Min(1) @Max(SimilarSearch.MAX_LIMIT) int limit) {
        Access.require(currentUser.get(), Access.READERS_OF_CASES);
        Set<ItemKind> kinds = kind == null || kind.isEmpty() ? EnumSet.allOf(ItemKind.class) : EnumSet.copyOf(kind);
        return new SimilarAnswer(search.find(text, kinds, exclude, limit));
    }
}

package org.tongxin.infra.similar;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.projections.similar.ItemKind;

/**
 * The "可能重复" fragments a form includes ({@code similar :: slot}, {@code similar :: slotOf}): while a clue or
 * proposal is typed, and on the classification and filing-review tasks, the similar items with their score and link;
 * on a classification task each similar clue can be picked as the one to merge into. The citizens' form hears only
 * how many similar suggestions are under way: other people's suggestions are not public.
 */
@Controller
class SimilarPages {

    static final int SHOWN = 5;

    /**
     * What a suggestion offers besides its link: picking it as the clue to merge into (classification), or as the
     * proposal to merge into (filing review).
     */
    enum Offer {
        NONE,
        MERGE_CLUE,
        MERGE_PROPOSAL
    }

    private final SimilarSearch search;
    private final CurrentUser currentUser;

    SimilarPages(SimilarSearch search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @GetMapping("/similar")
    String similar(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) String of,
            @RequestParam(defaultValue = "NONE") String offer,
            Model model) {
        Access.require(currentUser.get(), Access.READERS_OF_CASES);
        Set<ItemKind> kinds = kinds(kind);
        List<SimilarMatch> matches = reference(of)
                .map(r -> search.findTo(r.kind(), r.id(), kinds, SHOWN))
                .orElseGet(() -> search.find(join(text, title, content), kinds, null, SHOWN));
        model.addAttribute("matches", matches);
        model.addAttribute(
                "offer",
                Arrays.stream(Offer.values())
                        .filter(o -> o.name().equals(offer))
                        .findFirst()
                        .orElse(Offer.NONE));
        return "similar :: suggestions";
    }

    @GetMapping("/public/similar")
    String publicSimilar(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            Model model) {
        model.addAttribute(
                "count",
                search.find(join("", title, content), EnumSet.of(ItemKind.CLUE, ItemKind.PROPOSAL), null, SHOWN)
                        .size());
        return "similar :: publicSuggestions";
    }

    record Reference(ItemKind kind, String id) {}

    private static Optional<Reference> reference(String of) {
        if (of == null || of.isBlank() || of.indexOf(':') < 0) {
            return Optional.empty();
        }
        String[] parts = of.split(":", 2);
        try {
            return Optional.of(new Reference(ItemKind.valueOf(parts[0]), parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<ItemKind> kinds(List<String> asked) {
        Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        if (asked != null) {
            for (String k : asked) {
                for (ItemKind known : ItemKind.values()) {
                    if (known.name().equals(k)) {
                        kinds.add(known);
                    }
                }
            }
        }
        return kinds.isEmpty() ? EnumSet.allOf(ItemKind.class) : kinds;
    }

    private static String join(String text, String title, String content) {
        return String.join("\n", text, title, content).strip();
    }
}

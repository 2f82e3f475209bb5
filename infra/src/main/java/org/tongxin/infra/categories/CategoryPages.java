package org.tongxin.infra.categories;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.directory.Directory;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.Messages;

/**
 * The committee's categories as the office keeps them: the list forms offer, a new one added, one retired (kept for
 * the cases that carry it, no longer offered).
 */
@Controller
class CategoryPages {

    private static final Set<Role> KEEPERS = Set.of(Role.STAFF, Role.ADMIN);
    private static final int NEW_AT_END = 500;

    private final Directory directory;
    private final CurrentUser currentUser;
    private final Messages messages;

    CategoryPages(Directory directory, CurrentUser currentUser, Messages messages) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/categories")
    String list(Model model) {
        Access.require(currentUser.get(), KEEPERS);
        return render("", Map.of(), model);
    }

    @PostMapping("/categories")
    String add(
            @RequestParam(defaultValue = "") String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Access.require(currentUser.get(), KEEPERS);
        String entered = name.strip();
        if (!Directory.categoryName(entered)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(name, Map.of("name", messages.get("categories.error.name")), model);
        }
        boolean added = directory.addCategory(entered, NEW_AT_END);
        redirect.addFlashAttribute("notice", added ? "categories.added" : "categories.present");
        redirect.addFlashAttribute("noticeName", entered);
        return "redirect:/categories";
    }

    @PostMapping("/categories/retire")
    String retire(
            @RequestParam(defaultValue = "") String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Access.require(currentUser.get(), KEEPERS);
        String entered = name.strip();
        if (entered.length() > 50 || !directory.retireCategory(entered)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render("", Map.of("retire", messages.get("categories.error.unknown", entered)), model);
        }
        redirect.addFlashAttribute("notice", "categories.retired");
        redirect.addFlashAttribute("noticeName", entered);
        return "redirect:/categories";
    }

    private String render(String name, Map<String, String> errors, Model model) {
        model.addAttribute("categories", directory.categories(""));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "categories";
    }
}

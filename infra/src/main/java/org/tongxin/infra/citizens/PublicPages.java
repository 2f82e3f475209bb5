package org.tongxin.infra.citizens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.DeclineGround;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.attachments.Attachments;
import org.tongxin.infra.attachments.FileRefused;
import org.tongxin.infra.attachments.InspectedFile;
import org.tongxin.infra.directory.TrackingLookup;
import org.tongxin.infra.directory.Workstations;
import org.tongxin.infra.shared.Clues;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.task.EnumLabels;
import org.tongxin.projections.clue.ClueEntry;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClueEntry;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.ListHandlingsOfProposal;

/** The citizens' pages: submit an idea (百姓提案), follow it by its tracking code, and the workstation's QR poster. */
@Controller
class PublicPages {

    private final ClueIntake intake;
    private final TrackingLookup tracking;
    private final Clues clues;
    private final Validator validator;
    private final Messages messages;
    private final String publicBaseUrl;
    private final QueryGateway queries;
    private final UiFormat format;
    private final Workstations workstations;
    private final Attachments attachments;

    /** Photos one idea may carry from the public form (随手拍). */
    static final int MAX_PHOTOS = 9;

    PublicPages(
            ClueIntake intake,
            TrackingLookup tracking,
            Clues clues,
            Validator validator,
            Messages messages,
            QueryGateway queries,
            UiFormat format,
            Workstations workstations,
            Attachments attachments,
            @Value("${tongxin.public-base-url:}") String publicBaseUrl) {
        this.workstations = workstations;
        this.attachments = attachments;
        this.queries = queries;
        this.format = format;
        this.intake = intake;
        this.tracking = tracking;
        this.clues = clues;
        this.validator = validator;
        this.messages = messages;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The public form's fields; contact and consent are optional, but consent is required once contact is given. */
    record IdeaForm(
            String title, String content, String district, String street, String name, String phone, boolean consent) {

        static IdeaForm empty() {
            return new IdeaForm("", "", "", "", "", "", false);
        }

        boolean consents() {
            return Boolean.TRUE.equals(consent);
        }

        boolean givesContact() {
            return !(name == null || name.isBlank()) || !(phone == null || phone.isBlank());
        }
    }

    /** {@code workstation}: the code a workstation's poster puts into its QR address; an unknown code is ignored. */
    @GetMapping("/public/submit")
    String form(@RequestParam(required = false) String workstation, Model model) {
        model.addAttribute("idea", IdeaForm.empty());
        model.addAttribute("errors", Map.of());
        workstations.byCode(workstation).ifPresent(w -> model.addAttribute("workstation", w));
        return "public/submit";
    }

    @PostMapping("/public/submit")
    @InlineFormErrors
    String submit(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String street,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(name = "workstation", defaultValue = "") String workstationCode,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // a poster's workstation rides along as a hidden field; a code no workstation has is dropped, not refused,
        // since the citizen could not correct it
        Workstations.Workstation workstation =
                workstations.byCode(workstationCode).orElse(null);
        if (workstation != null) {
            model.addAttribute("workstation", workstation);
        }
        Map<String, String> refused = new LinkedHashMap<>();
        Map.of("title", title, "content", content, "district", district, "street", street, "name", name, "phone", phone)
                .forEach((field, value) -> {
                    if (!ControlCharacters.allowed(value)) {
                        refused.put(field, messages.get("form.error.controlCharacter"));
                    }
                });
        if (!refused.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "idea",
                    new IdeaForm(
                            ControlCharacters.without(title),
                            ControlCharacters.without(content),
                            ControlCharacters.without(district),
                            ControlCharacters.without(street),
                            ControlCharacters.without(name),
                            ControlCharacters.without(phone),
                            consent));
            model.addAttribute("errors", refused);
            return "public/submit";
        }
        IdeaForm idea = new IdeaForm(title, content, district, street, name, phone, consent);
        model.addAttribute("idea", idea);
        ClueSubmission submission = new ClueSubmission(
                idea.title(),
                idea.content(),
                ClueSource.CITIZEN_IDEA,
                blankToNull(idea.district()),
                blankToNull(idea.street()),
                idea.givesContact()
                        ? new ClueSubmission.SubmitterContact(
                                blankToNull(idea.name()), blankToNull(idea.phone()), idea.consents())
                        : null);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<ClueSubmission> v : validator.validate(submission)) {
            String field = v.getPropertyPath().toString().replace("submitter.", "");
            errors.putIfAbsent(field, messages.get("public.error." + field));
        }
        if (idea.givesContact() && !idea.consents()) {
            errors.put("consent", messages.get("public.error.consent"));
        }
        List<InspectedFile> inspected = List.of();
        try {
            inspected = inspectPhotos(photos);
        } catch (FileRefused e) {
            errors.put(
                    "photos",
                    messages.get(e.messageKey(), e.fileName(), attachments.maxFileBytes() / (1024 * 1024), MAX_PHOTOS));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errors", errors);
            return "public/submit";
        }
        ClueReceipt receipt = intake.register(submission, ActorRef.citizen(), workstation, inspected);
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/public/track/" + receipt.trackingCode();
    }

    /** The photos chosen (a browser sends one empty part when none is), all inspected before any is stored. */
    private List<InspectedFile> inspectPhotos(List<MultipartFile> photos) {
        List<MultipartFile> chosen = photos == null
                ? List.of()
                : photos.stream()
                        .filter(p -> !p.isEmpty()
                                || (p.getOriginalFilename() != null
                                        && !p.getOriginalFilename().isBlank()))
                        .toList();
        if (chosen.size() > MAX_PHOTOS) {
            throw new FileRefused("photos", FileRefused.Reason.TOO_MANY);
        }
        List<Attachments.Upload> uploads = new java.util.ArrayList<>();
        for (MultipartFile photo : chosen) {
            if (photo.getSize() > attachments.maxFileBytes()) {
                throw new FileRefused("photos", FileRefused.Reason.TOO_LARGE, null, photo.getOriginalFilename());
            }
            try {
                uploads.add(new Attachments.Upload(photo.getOriginalFilename(), photo.getBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return attachments.inspectPhotos("photos", uploads);
    }

    @GetMapping("/public/track")
    String lookup(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank()) {
            return "public/track-lookup";
        }
        return "redirect:/public/track/" + code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A department's answer as the citizen reads it: the department, the outcome and the reply it wrote. */
    record PublishedReply(String department, String outcome, String text, java.time.LocalDate repliedOn) {}

    @GetMapping("/public/track/{code}")
    String track(@PathVariable String code, Model model) {
        String clueId = tracking.clueIdFor(code).orElseThrow(UiErrors.PageNotFound::new);
        Optional<ClueSummary> clue = clues.findAnonymised(clueId);
        model.addAttribute("code", code.toUpperCase(java.util.Locale.ROOT));
        clue.ifPresent(c -> {
            model.addAttribute("clue", c);
            if (c.declineGround() != null) {
                model.addAttribute(
                        "declineGround", format.label(EnumLabels.of(DeclineGround.valueOf(c.declineGround()))));
            }
            model.addAttribute("replies", publishedReplies(c));
            // the latest feedback in the reader's language where it was recorded with its phrase
            clues.latestFeedback(code.toUpperCase(java.util.Locale.ROOT), c.lastFeedback())
                    .ifPresent(p -> model.addAttribute("feedbackPhrase", p));
            queries.query(new FindClueEntry(clueId), ResponseTypes.optionalInstanceOf(ClueEntry.class))
                    .join()
                    .filter(ClueEntry::enteredOnBehalf)
                    .ifPresent(e -> model.addAttribute("entry", e));
        });
        return "public/track";
    }

    /**
     * Once the proposal a clue became has closed and the citizen was told, the replies of the departments that
     * answered it (a co-handler's opinion goes to the lead department, not to the public).
     */
    private List<PublishedReply> publishedReplies(ClueSummary clue) {
        if (!"PROPOSAL".equals(clue.targetKind()) || clue.targetId() == null || clue.lastFeedback() == null) {
            return List.of();
        }
        List<HandlingSummary> handlings = queries.query(
                        new ListHandlingsOfProposal(clue.targetId()),
                        ResponseTypes.multipleInstancesOf(HandlingSummary.class))
                .join();
        return handlings.stream()
                .map(HandlingSummary::handling)
                .filter(h -> !"CO".equals(h.role())
                        && h.replyText() != null
                        && !h.replyText().isBlank())
                .map(h -> new PublishedReply(
                        format.department(h.department()),
                        h.outcome() == null ? null : messages.get("outcome." + h.outcome()),
                        h.replyText(),
                        h.repliedOn()))
                .toList();
    }

    /**
     * A workstation's poster: {@code workstation} is its code, which the QR address carries to the form so the clue
     * is attributed to it; a value that is no workstation's code is printed as given (a poster for a place not yet
     * registered) and the address carries nothing.
     */
    @GetMapping("/public/poster")
    String poster(@RequestParam(required = false) String workstation, HttpServletRequest request, Model model) {
        String base = publicBaseUrl.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : publicBaseUrl.replaceAll("/+$", "");
        Optional<Workstations.Workstation> known = workstations.byCode(workstation);
        String target = known.map(w -> UriComponentsBuilder.fromUriString(base + "/public/submit")
                        .queryParam("workstation", w.code())
                        .build()
                        .toUriString())
                .orElse(base + "/public/submit");
        model.addAttribute("target", target);
        model.addAttribute("qr", QrCodes.svg(target));
        model.addAttribute(
                "workstation", known.map(Workstations.Workstation::name).orElse(blankToNull(workstation)));
        return "public/poster";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

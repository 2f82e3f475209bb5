package org.tongxin.engine.attachment;

import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;

class ItemAttachmentsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    private static final ActorRef TRANSPORT = ActorRef.officer("dept-transport", new DepartmentCode("transport"));
    private static final ItemRef CLUE = new ItemRef(ItemKind.CLUE, "clue-1");
    private static final ItemRef HANDLING = new ItemRef(ItemKind.HANDLING, "proposal-1/transport/1");
    private static final AttachmentsId CLUE_FILES = AttachmentsId.of(CLUE);
    private static final AttachmentId PHOTO_ID = new AttachmentId("00000000-0000-4000-8000-000000000001");
    private static final StoredFile JPEG = new StoredFile("路口.jpg", "image/jpeg", 1234, "a".repeat(64), "b".repeat(64));
    private static final StoredFile PDF = new StoredFile("复函.pdf", "application/pdf", 5678, "c".repeat(64), null);

    private AggregateTestFixture<ItemAttachments> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ItemAttachments.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    private static AttachmentAdded photoAdded() {
        return new AttachmentAdded(CLUE_FILES, CLUE, PHOTO_ID, AttachmentPurpose.PHOTO, JPEG, ActorRef.citizen(), NOW);
    }

    @Test
    void aCitizensPhotoStartsTheCluesFiles() {
        fixture.givenNoPriorActivity()
                .when(AddAttachment.to(CLUE, PHOTO_ID, AttachmentPurpose.PHOTO, JPEG, ActorRef.citizen()))
                .expectEvents(photoAdded());
    }

    @Test
    void aCitizenAddsPhotosToClueOnly() {
        fixture.givenNoPriorActivity()
                .when(AddAttachment.to(CLUE, PHOTO_ID, AttachmentPurpose.OTHER, PDF, ActorRef.citizen()))
                .expectException(violates(AttachmentRule.CITIZEN_PHOTOS_ONLY));
    }

    @Test
    void aDepartmentFilesItsReplyLetterWithItsOwnHandling() {
        AttachmentId letter = AttachmentId.random();
        fixture.givenNoPriorActivity()
                .when(AddAttachment.to(HANDLING, letter, AttachmentPurpose.REPLY_LETTER, PDF, TRANSPORT))
                .expectEvents(new AttachmentAdded(
                        AttachmentsId.of(HANDLING),
                        HANDLING,
                        letter,
                        AttachmentPurpose.REPLY_LETTER,
                        PDF,
                        TRANSPORT,
                        NOW));
    }

    @Test
    void aDepartmentCannotFileWithAnotherDepartmentsHandling() {
        ActorRef education = ActorRef.officer("dept-education", new DepartmentCode("education"));
        fixture.givenNoPriorActivity()
                .when(AddAttachment.to(HANDLING, AttachmentId.random(), AttachmentPurpose.REPLY_LETTER, PDF, education))
                .expectException(violates(AttachmentRule.NOT_YOUR_HANDLING));
    }

    @Test
    void aMemberDoesNotAttachToHandlings() {
        fixture.givenNoPriorActivity()
                .when(AddAttachment.to(HANDLING, AttachmentId.random(), AttachmentPurpose.OTHER, PDF, MEMBER))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aReplyLetterBelongsToAHandling() {
        fixture.givenNoPriorActivity()
                .when(AddAttachment.to(CLUE, AttachmentId.random(), AttachmentPurpose.REPLY_LETTER, PDF, STAFF))
                .expectException(violates(AttachmentRule.PURPOSE_NOT_FOR_ITEM));
    }

    @Test
    void aFileIsAddedOnce() {
        fixture.given(photoAdded())
                .when(AddAttachment.to(CLUE, PHOTO_ID, AttachmentPurpose.PHOTO, JPEG, STAFF))
                .expectException(violates(AttachmentRule.ADDED_TWICE));
    }

    @Test
    void anItemHoldsABoundedNumberOfFiles() {
        Object[] full = new Object[ItemAttachments.MAX_FILES];
        for (int i = 0; i < full.length; i++) {
            full[i] = new AttachmentAdded(
                    CLUE_FILES, CLUE, AttachmentId.random(), AttachmentPurpose.PHOTO, JPEG, STAFF, NOW);
        }
        fixture.given(full)
                .when(AddAttachment.to(CLUE, AttachmentId.random(), AttachmentPurpose.PHOTO, JPEG, STAFF))
                .expectException(violates(AttachmentRule.TOO_MANY));
    }

    @Test
    void theOfficePublishesACluesPhotoAndCanWithdrawIt() {
        fixture.given(photoAdded())
                .when(new PublishAttachment(CLUE_FILES, PHOTO_ID, STAFF))
                .expectEvents(new AttachmentPublished(CLUE_FILES, CLUE, PHOTO_ID, STAFF, NOW));
        fixture.given(photoAdded(), new AttachmentPublished(CLUE_FILES, CLUE, PHOTO_ID, STAFF, NOW))
                .when(new UnpublishAttachment(CLUE_FILES, PHOTO_ID, STAFF))
                .expectEvents(new AttachmentUnpublished(CLUE_FILES, CLUE, PHOTO_ID, STAFF, NOW));
    }

    @Test
    void onlyTheOfficePublishes() {
        fixture.given(photoAdded())
                .when(new PublishAttachment(CLUE_FILES, PHOTO_ID, MEMBER))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aFileIsPublishedOnce() {
        fixture.given(photoAdded(), new AttachmentPublished(CLUE_FILES, CLUE, PHOTO_ID, STAFF, NOW))
                .when(new PublishAttachment(CLUE_FILES, PHOTO_ID, STAFF))
                .expectException(violates(AttachmentRule.ALREADY_PUBLISHED));
    }

    @Test
    void anUnknownFileCannotBePublished() {
        fixture.given(photoAdded())
                .when(new PublishAttachment(CLUE_FILES, AttachmentId.random(), STAFF))
                .expectException(violates(AttachmentRule.UNKNOWN_FILE));
    }

    @Test
    void aHandlingsLetterIsNeverPublished() {
        AttachmentId letter = AttachmentId.random();
        fixture.given(new AttachmentAdded(
                        AttachmentsId.of(HANDLING),
                        HANDLING,
                        letter,
                        AttachmentPurpose.REPLY_LETTER,
                        PDF,
                        TRANSPORT,
                        NOW))
                .when(new PublishAttachment(AttachmentsId.of(HANDLING), letter, STAFF))
                .expectException(violates(AttachmentRule.NOT_PUBLISHABLE));
    }

    @Test
    void aFileNotPublishedCannotBeWithdrawn() {
        fixture.given(photoAdded())
                .when(new UnpublishAttachment(CLUE_FILES, PHOTO_ID, STAFF))
                .expectException(violates(AttachmentRule.NOT_PUBLISHED));
    }
}

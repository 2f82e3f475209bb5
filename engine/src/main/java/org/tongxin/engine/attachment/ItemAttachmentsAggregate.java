package org.tongxin.engine.attachment;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class ItemAttachmentsAggregate {

    private ItemAttachmentsAggregate() {}

    public static Class<?> type() {
        return ItemAttachments.class;
    }
}

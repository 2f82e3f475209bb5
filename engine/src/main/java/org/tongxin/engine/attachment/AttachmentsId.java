package org.tongxin.engine.attachment;

/**
 * The id of one item's stream of attachment events: {@code attachments:<KIND>:<item id>}. Derived from the item, so
 * whoever knows the item finds its files' history in the event store without a lookup.
 */
public record AttachmentsId(String value) {

    private static final String PREFIX = "attachments:";

    public AttachmentsId {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 255) {
            throw new IllegalArgumentException("an attachments id is attachments:<kind>:<item id>");
        }
    }

    public static AttachmentsId of(ItemRef item) {
        return new AttachmentsId(PREFIX + item.kind().name() + ":" + item.id());
    }

    @Override
    public String toString() {
        return value;
    }
}

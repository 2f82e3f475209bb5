package org.tongxin.infra.attachments;

/**
 * A file that passed inspection: the bytes to store (an image re-encoded, anything else as sent), the media type read
 * from them, a clean name with the extension of that type, and for images a downscaled JPEG preview.
 */
public record InspectedFile(byte[] bytes, String mediaType, String fileName, byte[] preview) {}

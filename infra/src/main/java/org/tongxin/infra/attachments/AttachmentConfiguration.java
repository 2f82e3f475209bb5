package org.tongxin.infra.attachments;

import java.net.URI;
import javax.imageio.ImageIO;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The attachment store chosen by {@code tongxin.attachments.store} and the inspection its limits configure. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfiguration {

    /**
     * ImageIO finds its readers (WebP from TwelveMonkeys) once, with the class loader of the first thread that asks;
     * in the packaged jar that may not see the nested jars, so the scan is repeated here with the application's.
     */
    @Bean
    FileInspection fileInspection(AttachmentProperties properties) {
        ImageIO.scanForPlugins();
        return FileInspection.of(properties);
    }

    @Bean
    BlobStore blobStore(AttachmentProperties properties, JdbcClient jdbc) {
        return switch (properties.store()) {
            case "postgres" -> new PostgresBlobStore(jdbc);
            case "s3" -> new S3BlobStore(s3Client(properties.s3()), requireBucket(properties.s3()));
            default -> throw new IllegalStateException(
                    "tongxin.attachments.store must be postgres or s3, not " + properties.store());
        };
    }

    static S3Client s3Client(AttachmentProperties.S3 s3) {
        // checksums only where S3 requires them: S3-compatible servers (MinIO releases before 2025, Ceph) refuse or
        // mangle the SDK's default trailing CRC checksums
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region() == null || s3.region().isBlank() ? "us-east-1" : s3.region()))
                .forcePathStyle(!Boolean.FALSE.equals(s3.pathStyle()))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        builder.credentialsProvider(
                s3.accessKey() == null || s3.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        return builder.build();
    }

    private static String requireBucket(AttachmentProperties.S3 s3) {
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("tongxin.attachments.s3.bucket is required when the store is s3");
        }
        return s3.bucket();
    }
}

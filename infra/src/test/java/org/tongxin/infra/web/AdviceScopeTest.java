package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerTypePredicate;

/**
 * Controllers live in feature packages, so the two error advices are scoped by kind of controller, not by package:
 * every REST controller answers problem details, every page controller error pages, whichever package it moves to.
 */
class AdviceScopeTest {

    private static final List<Class<?>> CONTROLLERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tongxin.infra").stream()
                    .filter(c -> c.isAnnotatedWith(Controller.class) || c.isMetaAnnotatedWith(Controller.class))
                    .map(JavaClass::reflect)
                    .toList();

    @Test
    void everyRestControllerGetsProblemDetailsFirst() {
        List<Class<?>> rest = CONTROLLERS.stream()
                .filter(c -> AnnotatedElementUtils.hasAnnotation(c, RestController.class))
                .toList();
        assertThat(rest).hasSizeGreaterThan(10);
        assertThat(rest).allMatch(scope(ApiProblems.class));
        assertThat(AnnotationAwareOrderComparator.INSTANCE.compare(new ApiProblems(), new UiErrors()))
                .isNegative();
    }

    @Test
    void everyPageControllerGetsErrorPagesAndTheHeader() {
        List<Class<?>> pages = CONTROLLERS.stream()
                .filter(c -> !AnnotatedElementUtils.hasAnnotation(c, RestController.class))
                .toList();
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(pages).allMatch(scope(UiErrors.class)).allMatch(scope(UiModel.class));
        assertThat(pages).noneMatch(scope(ApiProblems.class));
    }

    private static HandlerTypePredicate scope(Class<?> advice) {
        ControllerAdvice a = AnnotatedElementUtils.findMergedAnnotation(advice, ControllerAdvice.class);
        return HandlerTypePredicate.builder()
                .basePackage(a.basePackages())
                .basePackageClass(a.basePackageClasses())
                .assignableType(a.assignableTypes())
                .annotation(a.annotations())
                .build();
    }
}

package org.osteorisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.osteorisk.engine.Assessor;
import org.osteorisk.engine.Messages;
import org.osteorisk.engine.RuleSet;
import org.osteorisk.io.ProfileJson;
import org.osteorisk.io.ResultJson;

/**
 * The nullness a Kotlin or null-checked caller sees: the model is null-marked, and exactly the values that may be
 * unknown are {@code @Nullable}, so {@code val age: Int = profile.age()} does not compile.
 */
class NullabilityTest {

    private static boolean nullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }

    private static Set<String> nullableComponents(Class<? extends Record> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            boolean onAccessor = nullable(c.getAccessor().getAnnotatedReturnType());
            assertEquals(nullable(c.getAnnotatedType()), onAccessor, type.getSimpleName() + "." + c.getName());
            if (onAccessor) {
                names.add(c.getName());
            }
        }
        return names;
    }

    @Test
    void theModelAndThePublicApiAreNullMarked() {
        assertTrue(Profile.class.getPackage().isAnnotationPresent(NullMarked.class));
        for (Class<?> api : List.of(Assessor.class, RuleSet.class, Messages.class, ProfileJson.class,
                ResultJson.class)) {
            assertTrue(api.isAnnotationPresent(NullMarked.class), api.getSimpleName());
        }
    }

    @Test
    void exactlyTheUnknownValuesAreNullable() throws NoSuchMethodException {
        assertEquals(new TreeSet<>(List.of("age", "sex", "weightKg", "heightCm", "pregnant", "lactating",
                "postmenopausal", "diet", "sodaPerDay", "exerciseMinPerWeek", "highImpactExercise", "smoker",
                "glucocorticoidMgPerDay", "glucocorticoidMonths")), nullableComponents(Profile.class));
        assertEquals(Set.of("serum25ohdNgMl", "serumB12PgMl", "homocysteineUmolL", "tScore"),
                nullableComponents(Labs.class));
        assertEquals(Set.of("scope"), nullableComponents(AssessmentResult.class));
        assertEquals(Set.of("index", "valueKind"), nullableComponents(InputWarning.class));
        assertEquals(Set.of("form"), nullableComponents(Supplement.class));
        assertEquals(Set.of("dietary", "total", "rda", "ear", "ul"), nullableComponents(Intake.class));
        assertTrue(nullable(Profile.class.getMethod("dietaryIntake", Nutrient.class).getAnnotatedReturnType()));
        assertTrue(nullable(Finding.class.getMethod("domain").getAnnotatedReturnType()));
        assertTrue(!nullable(Finding.class.getMethod("explanation").getAnnotatedReturnType()));
        assertTrue(nullable(Messages.class.getMethod("text", String.class, java.util.Map.class)
                .getAnnotatedReturnType()));
    }
}

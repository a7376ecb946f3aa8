package org.osteorisk.authoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osteorisk.model.Profile;

/**
 * An example case of a rule set: a profile and what its assessment must and must not hold.
 *
 * @param file           the scenario file, as the user knows it
 * @param line           the case's line in that file
 * @param name           the case's id
 * @param profile        the profile, or null when the row could not be read ({@code error} says why)
 * @param expect         codes the plan must hold (a scope notice's code counts)
 * @param expectNot      codes it must not hold
 * @param expectStatus   the status the result must have ({@code ok} or {@code out_of_scope}), or null for any
 * @param expectSeverity the severity each named code must have in the plan
 * @param expectAdvice   advice ({@code action target}) some finding of the plan must ask for
 * @param expectNotAdvice advice no finding of the plan may ask for
 * @param expectSuppressed findings the plan must list as reworded or withdrawn
 * @param expectExplanation fragments that a finding's explanation must contain (a scope notice's reason counts)
 * @param expectRecommendation fragments that a finding's recommendation must contain
 */
public record Scenario(String file, long line, String name, Profile profile, Set<String> expect,
                       Set<String> expectNot, String expectStatus, Map<String, String> expectSeverity,
                       Set<String> expectAdvice, Set<String> expectNotAdvice,
                       List<ExpectedSuppression> expectSuppressed, List<ExpectedText> expectExplanation,
                       List<ExpectedText> expectRecommendation, String error) {

    /** A case that could not be read: it fails with {@code error}. */
    static Scenario broken(String file, long line, String name, String error) {
        return new Scenario(file, line, name, null, Set.of(), Set.of(), null, Map.of(), Set.of(), Set.of(), List.of(),
                List.of(), List.of(), error);
    }

    /**
     * A piece of text a finding must say: {@code CODE: fragment}, such as
     * {@code CALCIUM_BELOW_RDA: below the 1,200 mg/day}. The fragment is compared as written (after trimming), so
     * it pins the number a finding quotes.
     */
    public record ExpectedText(String code, String fragment) {

        @Override
        public String toString() {
            return code + ": " + fragment;
        }
    }

    /**
     * A finding the plan must list in its audit trail: {@code CODE}, {@code CODE withdrawn},
     * {@code CODE reworded by PRECAUTION}.
     *
     * @param resolution {@code reworded} or {@code withdrawn}, or null for either
     * @param by         the precaution's code, or null for any
     */
    public record ExpectedSuppression(String code, String resolution, String by) {

        @Override
        public String toString() {
            return code + (resolution == null ? "" : " " + resolution) + (by == null ? "" : " by " + by);
        }
    }
}

package org.osteorisk.authoring;

import java.util.Set;

import org.osteorisk.model.Profile;

/**
 * An example case of a rule set: a profile and the finding codes it must and must not produce.
 *
 * @param file       the scenario file, as the user knows it
 * @param line       the case's line in that file
 * @param name       the case's id
 * @param profile    the profile, or null when the row could not be read ({@code error} says why)
 * @param expect     codes the assessment must produce
 * @param expectNot  codes it must not produce
 */
public record Scenario(String file, long line, String name, Profile profile, Set<String> expect,
                       Set<String> expectNot, String error) {
}

package org.steppingstonefixture.tangled.programs;

import org.steppingstonefixture.tangled.catalog.Model;
import org.steppingstonefixture.tangled.degrees.DegreePage;

/** A page family that reaches into another one. */
public record ProgramPage(Model model, DegreePage degree) {
}

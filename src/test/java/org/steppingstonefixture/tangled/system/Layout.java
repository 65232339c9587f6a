package org.steppingstonefixture.tangled.system;

import org.steppingstonefixture.tangled.programs.ProgramPage;

/** Cross-cutting code that names a feature: it must name none. */
public record Layout(ProgramPage page) {
}

package org.steppingstonefixture.tangled.catalog;

import org.steppingstonefixture.tangled.programs.ProgramPage;

/** A model that knows a page: the model must know none. */
public record Model(String id, ProgramPage page) {
}

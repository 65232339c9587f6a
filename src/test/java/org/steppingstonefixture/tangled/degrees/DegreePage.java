package org.steppingstonefixture.tangled.degrees;

import org.steppingstonefixture.tangled.catalog.Model;

/** A page family as it should be: it reads the model only. */
public record DegreePage(Model model) {
}

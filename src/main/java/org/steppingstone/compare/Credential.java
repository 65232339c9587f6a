package org.steppingstone.compare;

import java.util.List;

import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;

/**
 * One column of the comparison: a MicroMasters program or a Master's degree, with the
 * pathways that link it to the other kind.
 *
 * @param item its {@code item} parameter, {@code program:slug} or {@code degree:slug}
 * @param program the program, or null for a degree
 * @param degree the degree, or null for a program
 * @param pathways the program's pathways to degrees, or the pathways into the degree
 * @param url the credential's page on this site
 */
public record Credential(String item, Program program, Degree degree, List<Pathway> pathways, String url) {

	public boolean isMicroMasters() {
		return this.program != null;
	}

	public String title() {
		return isMicroMasters() ? this.program.getTitle() : this.degree.getTitle();
	}

	public String institutionName() {
		return isMicroMasters() ? this.program.getInstitution().getName() : this.degree.getInstitution().getName();
	}

	public String fieldLabel() {
		return isMicroMasters() ? this.program.getField().getLabel() : this.degree.getField().getLabel();
	}

	/**
	 * Whether any pathway into this degree needs a separate application; null when no
	 * source says.
	 */
	public Boolean admissionRequired() {
		if (this.pathways.stream().anyMatch((p) -> Boolean.TRUE.equals(p.getAdmissionRequired()))) {
			return true;
		}
		return this.pathways.stream().anyMatch((p) -> Boolean.FALSE.equals(p.getAdmissionRequired())) ? false : null;
	}

	public long creditPathways() {
		return this.pathways.stream().filter(Pathway::isCredit).count();
	}

}

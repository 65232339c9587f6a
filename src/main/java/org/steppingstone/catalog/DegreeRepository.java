package org.steppingstone.catalog;

/** The receiving degrees, read as every credential is. */
public interface DegreeRepository extends CredentialRepository<Degree> {

}

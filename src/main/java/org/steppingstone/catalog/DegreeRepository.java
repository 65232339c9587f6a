package org.steppingstone.catalog;

/** The receiving degrees, read as every offering is. */
public interface DegreeRepository extends OfferingRepository<Degree> {

}

package enlace.ontology;

import java.util.Arrays;
import java.util.Optional;

/** The shared concept schemes. Regional schemes extend one of them with {@code enl:extendsScheme}. */
public enum Scheme {
    /** What a service offers or a person needs: shelter, food, health, legal aid... */
    SERVICE_CATEGORIES("ServiceCategories", "ServiceCategory"),
    /** What kind of organisation provides a service: DAM, shelter, employer, bank... */
    ORGANIZATION_KINDS("OrganizationKinds", "OrganizationKind"),
    /** Migration and identity documents: TVRH, CURP, COMAR certificate, FMM, resident cards... */
    DOCUMENTS("Documents", "Document"),
    /** The rights a document grants: work, health care, education, bank account, stay, transit... */
    RIGHTS("Rights", "Right"),
    /** Languages, with their BCP 47 tags. */
    LANGUAGES("Languages", "Language"),
    /** Who a service takes (women and their children, adult men, households with children...); notation = tag. */
    AUDIENCES("Audiences", "Audience");

    private final String iri;
    private final String memberClass;

    Scheme(String localName, String memberClass) {
        this.iri = Vocabulary.NS + localName;
        this.memberClass = Vocabulary.NS + memberClass;
    }

    /** @return the IRI of the {@code skos:ConceptScheme} */
    public String iri() {
        return iri;
    }

    /** @return the IRI of the class every concept of the scheme belongs to, e.g. {@code enl:ServiceCategory} */
    public String memberClass() {
        return memberClass;
    }

    /**
     * @param iri a concept scheme IRI
     * @return the shared scheme with that IRI, if any
     */
    public static Optional<Scheme> fromIri(String iri) {
        return Arrays.stream(values()).filter(s -> s.iri.equals(iri)).findFirst();
    }
}

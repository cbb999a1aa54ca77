package enlace.ontology;

/** IRIs of the shared vocabulary that code refers to by name. Every concept constant exists in {@code enl.ttl}. */
public final class Vocabulary {

    /** The namespace of the shared vocabulary. */
    public static final String NS = "https://w3id.org/enlace/ns#";
    /** The preferred prefix of {@link #NS}. */
    public static final String PREFIX = "enl";
    /** The ontology IRI (unversioned). */
    public static final String ONTOLOGY = "https://w3id.org/enlace/ns";

    /** Record classes. */
    public static final String SERVICE = NS + "Service", REFERRAL = NS + "Referral", CONSENT = NS + "Consent";

    /** Record properties. */
    public static final String NAME = NS + "name", DESCRIPTION = NS + "description", CATEGORY = NS + "category",
            ACCEPTED_DOCUMENT = NS + "acceptedDocument", HELD_DOCUMENT = NS + "heldDocument",
            LANGUAGE = NS + "language", CAPACITY_TOTAL = NS + "capacityTotal",
            CAPACITY_AVAILABLE = NS + "capacityAvailable", PRIORITY = NS + "priority",
            CLIENT_REFERENCE = NS + "clientReference", CONSENT_GIVEN = NS + "consent", PURPOSE = NS + "purpose",
            SCOPE = NS + "scope", NOTICE_VERSION = NS + "noticeVersion", RECORDED_AT = NS + "recordedAt",
            RECORDED_BY = NS + "recordedBy";

    /** Vocabulary properties. */
    public static final String GRANTS = NS + "grants", REQUIRES = NS + "requires", RESTRICTION = NS + "restriction",
            BCP47 = NS + "bcp47", HSDS_CODE = NS + "hsdsCode", EXTENDS_SCHEME = NS + "extendsScheme",
            JOINT_GRANT = NS + "JointGrant", ADMITS = NS + "admits", FIRST_STEP = NS + "firstStep",
            DOES_NOT_GRANT = NS + "doesNotGrant", LEGAL_BASIS = NS + "legalBasis", LEGAL_TEXT = NS + "legalText",
            VALIDITY = NS + "validity";

    /** Service categories. */
    public static final String SHELTER = NS + "shelter", FAMILY_SHELTER = NS + "shelter-family",
            SHELTER_WOMEN_CHILDREN = NS + "shelter-women-children", SHELTER_MINORS = NS + "shelter-minors",
            SHELTER_MEN = NS + "shelter-men", SHELTER_LGBTI = NS + "shelter-lgbti",
            SHELTER_TRANSIT = NS + "shelter-transit", FOOD = NS + "food", SOUP_KITCHEN = NS + "food-soup-kitchen",
            FOOD_PANTRY = NS + "food-pantry", HEALTH = NS + "health", PRIMARY_CARE = NS + "health-primary-care",
            MENTAL_HEALTH = NS + "health-mental", PSYCHOSOCIAL_SUPPORT = NS + "psychosocial-support",
            SEXUAL_REPRODUCTIVE_HEALTH = NS + "health-sexual-reproductive", LEGAL_AID = NS + "legal-aid",
            ASYLUM = NS + "legal-asylum", REGULARISATION = NS + "legal-regularisation",
            HUMAN_RIGHTS = NS + "legal-human-rights", DOCUMENTATION = NS + "documentation",
            CURP_PROCEDURE = NS + "documentation-curp", RFC_PROCEDURE = NS + "documentation-rfc",
            EMPLOYMENT = NS + "employment", VACANCY = NS + "employment-vacancy",
            JOB_PLACEMENT = NS + "employment-placement", JOB_TRAINING = NS + "employment-training",
            LABOUR_RIGHTS = NS + "employment-labour-rights", FINANCIAL = NS + "financial",
            BANK_ACCOUNT = NS + "financial-bank-account", REMITTANCES = NS + "financial-remittances",
            EDUCATION = NS + "education", SCHOOL_ENROLMENT = NS + "education-enrolment",
            SPANISH_CLASSES = NS + "education-spanish", CERTIFICATE_VALIDATION = NS + "education-certificate-validation",
            MIGRANT_ATTENTION = NS + "migrant-attention", TRANSPORT = NS + "transport",
            FAMILY_REUNIFICATION = NS + "family-reunification", HYGIENE = NS + "hygiene", CLOTHING = NS + "clothing",
            COMMUNICATION = NS + "communication", INTERPRETATION = NS + "interpretation",
            CHILDCARE = NS + "childcare", PROTECTION = NS + "protection",
            CHILD_PROTECTION = NS + "protection-child";

    /** Audiences. */
    public static final String AUDIENCE_WOMEN = NS + "audience-women", AUDIENCE_MEN = NS + "audience-men",
            AUDIENCE_FAMILIES = NS + "audience-families",
            AUDIENCE_UNACCOMPANIED_MINORS = NS + "audience-unaccompanied-minors",
            AUDIENCE_LGBTI = NS + "audience-lgbti", AUDIENCE_SURVIVORS = NS + "audience-survivors",
            AUDIENCE_PREGNANT = NS + "audience-pregnant", AUDIENCE_REDUCED_MOBILITY = NS + "audience-reduced-mobility";

    /** Organisation kinds. */
    public static final String KIND_DAM = NS + "kind-dam", KIND_SHELTER = NS + "kind-shelter",
            KIND_PUBLIC_INSTITUTION = NS + "kind-public-institution", KIND_CIVIL_SOCIETY = NS + "kind-civil-society",
            KIND_EMPLOYER = NS + "kind-employer", KIND_FINANCIAL_INSTITUTION = NS + "kind-financial-institution",
            KIND_HEALTH_PROVIDER = NS + "kind-health-provider",
            KIND_INTERNATIONAL_ORGANISATION = NS + "kind-international-organisation",
            KIND_FAITH_BASED = NS + "kind-faith-based", KIND_CONSULATE = NS + "kind-consulate";

    /** Documents. */
    public static final String TVRH = NS + "doc-tvrh", CURP_TEMPORARY = NS + "doc-curp-temporary",
            CURP = NS + "doc-curp", COMAR_CERTIFICATE = NS + "doc-comar-certificate", FMM = NS + "doc-fmm",
            TEMPORARY_RESIDENT_CARD = NS + "doc-temporary-resident-card",
            PERMANENT_RESIDENT_CARD = NS + "doc-permanent-resident-card", PASSPORT = NS + "doc-passport",
            BIRTH_CERTIFICATE = NS + "doc-birth-certificate", CONSULAR_ID = NS + "doc-consular-id",
            REFUGEE_RECOGNITION = NS + "doc-refugee-recognition",
            REGIONAL_VISITOR_CARD = NS + "doc-regional-visitor-card",
            BORDER_WORKER_CARD = NS + "doc-border-worker-card", NATIONAL_ID = NS + "doc-national-id",
            RFC = NS + "doc-rfc";

    /** Rights. */
    public static final String RIGHT_WORK = NS + "right-work", RIGHT_HEALTH_CARE = NS + "right-health-care",
            RIGHT_EDUCATION = NS + "right-education", RIGHT_BANK_ACCOUNT = NS + "right-bank-account",
            RIGHT_STAY = NS + "right-stay", RIGHT_TRANSIT = NS + "right-transit", RIGHT_CURP = NS + "right-curp";

    /** Languages. */
    public static final String LANG_ES = NS + "lang-es", LANG_EN = NS + "lang-en", LANG_FR = NS + "lang-fr",
            LANG_HT = NS + "lang-ht", LANG_PT = NS + "lang-pt", LANG_MAM = NS + "lang-mam",
            LANG_KICHE = NS + "lang-kiche", LANG_GARIFUNA = NS + "lang-garifuna";

    private Vocabulary() {
    }
}

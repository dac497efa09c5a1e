/**
 * Every controlled vocabulary of the catalogue, defined once.
 *
 * The zod schemas (src/schemas) build their enums from the id lists here, and the
 * pages read the labels and descriptions from the same records, so a value can never
 * be valid in content but unknown to the interface (or the other way round).
 * Ids are permanent: they appear in URLs (/types/<id>/, /stages/<id>/) and in query strings.
 */

export interface Term {
  /** Human label, used in headings, chips and facet lists. */
  label: string;
  /** One sentence explaining the term to a practitioner. */
  description: string;
}

export interface TypeTerm extends Term {
  /** Plural label for listing pages ("Webinars"). */
  plural: string;
}

/** Resource types: the discriminator of the resources collection. */
export const RESOURCE_TYPES = [
  'guide',
  'training',
  'webinar',
  'podcast',
  'framework',
  'template',
  'article',
  'case-study',
  'county-example',
  'initiative',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const RESOURCE_TYPE_TERMS: Record<ResourceType, TypeTerm> = {
  guide: {
    label: 'Guide',
    plural: 'Guides',
    description: 'Step-by-step or reference guidance you can work through at your own pace.',
  },
  training: {
    label: 'Training',
    plural: 'Trainings',
    description: 'Structured courses, usually self-paced, some with a certificate.',
  },
  webinar: {
    label: 'Webinar',
    plural: 'Webinars',
    description: 'Recorded or live online presentations with speakers and examples.',
  },
  podcast: {
    label: 'Podcast',
    plural: 'Podcasts',
    description: 'Audio episodes and conversations you can listen to on the move.',
  },
  framework: {
    label: 'Framework',
    plural: 'Frameworks',
    description: 'Models and analytical tools for structuring how partners work together.',
  },
  template: {
    label: 'Template',
    plural: 'Templates',
    description: 'Ready-to-adapt presentations, worksheets and assessment activities.',
  },
  article: {
    label: 'Article',
    plural: 'Articles',
    description: 'Journal papers, essays and report chapters.',
  },
  'case-study': {
    label: 'Case study',
    plural: 'Case studies',
    description: 'Accounts of real partnerships: what they tried, with whom, and what happened.',
  },
  'county-example': {
    label: 'County example',
    plural: 'County examples',
    description: 'Examples from local health jurisdictions, such as California counties.',
  },
  initiative: {
    label: 'Initiative',
    plural: 'Initiatives',
    description: 'Organisations, programmes and networks working on cross-sector alignment.',
  },
};

/** Resource types that are time-bound media: they may carry a duration and a certificate. */
export const MEDIA_TYPES = ['training', 'webinar', 'podcast'] as const satisfies readonly ResourceType[];
/** Resource types about a place and its partners: they may carry place, partners and financing. */
export const PLACE_TYPES = ['case-study', 'county-example', 'initiative'] as const satisfies readonly ResourceType[];
/** Resource types with no extra fields. */
export const PLAIN_TYPES = ['guide', 'framework', 'template', 'article'] as const satisfies readonly ResourceType[];

/**
 * The seven stages of building an alliance. Numbering follows EuroHealthNet's
 * financing guide where it is known, so "Stage 3" means the same thing in both.
 * The order of this list is the order of the stages.
 */
export const STAGE_IDS = [
  'get-ready',
  'frame-the-problem',
  'build-the-alliance',
  'align-value',
  'organise-and-govern',
  'measure-and-learn',
  'sustain-and-scale',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export interface StageTerm extends Term {
  /** Position in the sequence, 1 to 7. */
  number: number;
}

/** Stage titles live here so facets, chips and pages all name a stage the same way. */
export const STAGE_TERMS: Record<StageId, StageTerm> = {
  'get-ready': {
    number: 1,
    label: 'Get ready',
    description: 'Decide whether a cross-sector approach fits your problem and your organisation.',
  },
  'frame-the-problem': {
    number: 2,
    label: 'Frame the problem and choose the intervention',
    description: 'Agree on the health problem, the people it affects and what you will do about it.',
  },
  'build-the-alliance': {
    number: 3,
    label: 'Build the alliance',
    description: 'Map, approach and engage the partners the work needs, including unusual allies.',
  },
  'align-value': {
    number: 4,
    label: 'Align value, incentives and risk',
    description: 'Make clear what each partner gains and gives, and how rewards and risks are shared.',
  },
  'organise-and-govern': {
    number: 5,
    label: 'Organise, govern and share resources',
    description: 'Set up the agreements, structures and shared resources that let partners act together.',
  },
  'measure-and-learn': {
    number: 6,
    label: 'Measure outcomes and learn',
    description: 'Track what changes, for whom, and use it to improve the work.',
  },
  'sustain-and-scale': {
    number: 7,
    label: 'Sustain and scale',
    description: 'Keep the alliance going beyond the first funding and spread what works.',
  },
};

/** Partner sectors a resource speaks to. */
export const SECTORS = [
  'public-health',
  'health-care',
  'social-services',
  'housing',
  'finance',
  'community',
  'government',
  'philanthropy',
  'business',
  'education',
  'research',
  'technology',
  'arts-and-culture',
  'environment',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_TERMS: Record<Sector, Term> = {
  'public-health': { label: 'Public health', description: 'Health departments and public health agencies.' },
  'health-care': { label: 'Health care', description: 'Hospitals, clinics, health systems and insurers.' },
  'social-services': { label: 'Social services', description: 'Social care, family support and welfare services.' },
  housing: { label: 'Housing', description: 'Housing providers, developers and housing agencies.' },
  finance: { label: 'Finance', description: 'Investors, outcomes funds, banks and public finance.' },
  community: { label: 'Community groups', description: 'Community-based and grassroots organisations and residents.' },
  government: { label: 'Government', description: 'Elected officials and public administrations beyond health.' },
  philanthropy: { label: 'Philanthropy', description: 'Foundations and charitable funders.' },
  business: { label: 'Business', description: 'Employers, companies and the private sector.' },
  education: { label: 'Education', description: 'Schools, universities and training providers.' },
  research: { label: 'Research', description: 'Academic and applied research partners.' },
  technology: { label: 'Technology', description: 'Digital health and technology partners.' },
  'arts-and-culture': { label: 'Arts and culture', description: 'Artists and cultural organisations.' },
  environment: { label: 'Environment and planning', description: 'Environmental, transport and urban planning bodies.' },
};

/** What a resource is about. */
export const TOPICS = [
  'health-equity',
  'social-determinants',
  'partnership-building',
  'communication-and-framing',
  'leadership',
  'community-engagement',
  'governance',
  'financing',
  'shared-value',
  'data-sharing',
  'evaluation',
  'policy-and-advocacy',
  'health-in-all-policies',
  'rural-health',
  'chronic-disease',
  'housing-and-neighbourhoods',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_TERMS: Record<Topic, Term> = {
  'health-equity': { label: 'Health equity', description: 'Closing unfair gaps in health between groups.' },
  'social-determinants': { label: 'Social determinants', description: 'The conditions where people live, learn, work and age.' },
  'partnership-building': { label: 'Partnership building', description: 'Finding, recruiting and keeping partners.' },
  'communication-and-framing': { label: 'Communication and framing', description: 'Messages that land with other sectors.' },
  leadership: { label: 'Leadership', description: 'Leading across organisational boundaries.' },
  'community-engagement': { label: 'Community engagement', description: 'Involving residents and community groups as co-creators.' },
  governance: { label: 'Governance', description: 'Agreements, structures and decision-making among partners.' },
  financing: { label: 'Financing', description: 'Paying for prevention: outcomes funds, impact bonds, shared budgets.' },
  'shared-value': { label: 'Shared value', description: 'What each partner gains, and how gains and risks are shared.' },
  'data-sharing': { label: 'Data sharing', description: 'Sharing and using data across sectors.' },
  evaluation: { label: 'Evaluation', description: 'Measuring outcomes and learning from them.' },
  'policy-and-advocacy': { label: 'Policy and advocacy', description: 'Changing policies and advocating together.' },
  'health-in-all-policies': {
    label: 'Health in All Policies',
    description: 'Bringing health into decisions of every government department.',
  },
  'rural-health': { label: 'Rural health', description: 'Partnerships in rural and remote communities.' },
  'chronic-disease': { label: 'Chronic disease', description: 'Preventing heart disease, diabetes and other long-term conditions.' },
  'housing-and-neighbourhoods': {
    label: 'Housing and neighbourhoods',
    description: 'Affordable housing, displacement and neighbourhood change.',
  },
};

/** The physical or digital form of a resource. */
export const FORMATS = [
  'report',
  'book-chapter',
  'journal-article',
  'web-page',
  'pdf-document',
  'interactive-guide',
  'slide-deck',
  'worksheet',
  'online-course',
  'video-recording',
  'audio-episode',
  'website',
] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_TERMS: Record<Format, Term> = {
  report: { label: 'Report', description: 'A published report or book.' },
  'book-chapter': { label: 'Book chapter', description: 'One chapter of a longer report or book.' },
  'journal-article': { label: 'Journal article', description: 'A paper in a journal, usually peer reviewed.' },
  'web-page': { label: 'Web page', description: 'An article or profile published on a website.' },
  'pdf-document': { label: 'PDF document', description: 'A downloadable document.' },
  'interactive-guide': { label: 'Interactive guide', description: 'An online guide with sections to explore.' },
  'slide-deck': { label: 'Slide deck', description: 'A presentation to adapt and deliver.' },
  worksheet: { label: 'Worksheet', description: 'A printable activity or assessment to fill in.' },
  'online-course': { label: 'Online course', description: 'A self-paced course taken online.' },
  'video-recording': { label: 'Video recording', description: 'A recorded webinar or talk.' },
  'audio-episode': { label: 'Audio episode', description: 'A podcast or audio recording.' },
  website: { label: 'Website', description: 'The website of an organisation or programme.' },
};

/** Who is behind a resource: the kind of publisher, for honest provenance labels. */
export const PROVENANCES = [
  'government',
  'academic',
  'ngo',
  'foundation',
  'coalition',
  'professional-body',
  'company',
  'unattributed-web-article',
  'unknown',
] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const PROVENANCE_TERMS: Record<Provenance, Term> = {
  government: { label: 'Government', description: 'Published by a public agency.' },
  academic: { label: 'Academic', description: 'Published by a university, academy or peer-reviewed journal.' },
  ngo: { label: 'Non-profit', description: 'Published by a non-profit or community organisation.' },
  foundation: { label: 'Foundation', description: 'Published or funded by a philanthropic foundation.' },
  coalition: { label: 'Coalition', description: 'Published by a network or coalition of organisations.' },
  'professional-body': { label: 'Professional body', description: 'Published by a professional or membership association.' },
  company: { label: 'Company', description: 'Published by a company or consultancy.' },
  'unattributed-web-article': {
    label: 'Unattributed web article',
    description: 'A web article with no named author or publisher: read it as opinion, not authority.',
  },
  unknown: { label: 'Publisher not confirmed', description: 'We could not confirm who published this resource.' },
};

/** Who a resource is mainly for. */
export const AUDIENCES = [
  'practitioners',
  'leaders',
  'community-organisations',
  'funders',
  'policymakers',
  'researchers',
  'trainers',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_TERMS: Record<Audience, Term> = {
  practitioners: { label: 'Practitioners', description: 'Staff doing partnership work day to day.' },
  leaders: { label: 'Leaders', description: 'Directors and managers who set direction.' },
  'community-organisations': { label: 'Community organisations', description: 'Grassroots and community-based groups.' },
  funders: { label: 'Funders', description: 'Investors, foundations and commissioners.' },
  policymakers: { label: 'Policymakers', description: 'Elected officials and policy staff.' },
  researchers: { label: 'Researchers', description: 'Evaluators and academic partners.' },
  trainers: { label: 'Trainers', description: 'People who teach partnership skills.' },
};

/** The seed documents a record may cite, by file name (see seeds/). */
export const SEED_FILES = [
  '000_5ba3dc72bf50a3a6.txt',
  '001_15e02f496da4d3dc.txt',
  '002_89e5753b38fb0838.txt',
  '003_a333432aded549f9.txt',
  '004_d3c8ad46c84f975c.txt',
] as const;
export type SeedFile = (typeof SEED_FILES)[number];

export interface SeedTerm {
  /** What the document is, in our words. */
  label: string;
  /** Who published it, as far as is known. */
  publisher: string;
  provenance: Provenance;
}

/** Provenance of each seed document, shown wherever guidance or an entry draws on it. */
export const SEED_TERMS: Record<SeedFile, SeedTerm> = {
  '000_5ba3dc72bf50a3a6.txt': {
    label: 'Guide for Financing Prevention and Health Promotion, Stage 3: Build cross-sectoral alliances',
    publisher: 'EuroHealthNet (Invest4Health project)',
    provenance: 'coalition',
  },
  '001_15e02f496da4d3dc.txt': {
    label: 'Partners Across Sectors quick guide',
    publisher: 'California Department of Public Health, Office of Health Equity',
    provenance: 'government',
  },
  '002_89e5753b38fb0838.txt': {
    label: 'Four steps for creating and sharing value in partnerships',
    publisher: 'Digital Connected Care Coalition',
    provenance: 'coalition',
  },
  '003_a333432aded549f9.txt': {
    label: 'Alignment of clinical and community resources (Payment Reform for Population Health)',
    publisher: 'AcademyHealth',
    provenance: 'professional-body',
  },
  '004_d3c8ad46c84f975c.txt': {
    label: 'How to build stronger health alliances: 14 steps in three phases',
    publisher: 'No named author or publisher',
    provenance: 'unattributed-web-article',
  },
};

/**
 * Kinds of page the search index holds. Each indexed page declares its kind as the Pagefind
 * filter `kind` (data-pagefind-filter="kind:<id>"), so search can label and filter results.
 */
export const PAGE_KINDS = ['resource', 'stage', 'pathway'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageKindTerm extends Term {
  /** Plural label for the search facet ("Resources"). */
  plural: string;
}

export const PAGE_KIND_TERMS: Record<PageKind, PageKindTerm> = {
  resource: { label: 'Resource', plural: 'Resources', description: 'An entry in the catalogue: a guide, training, case study and so on.' },
  stage: { label: 'Stage guidance', plural: 'Stage guidance', description: 'The guidance page for one of the seven stages.' },
  pathway: { label: 'Pathway', plural: 'Pathways', description: 'A guided route through the stages towards one goal.' },
};

/**
 * What an entry's outbound link (`url`) points at. Most links are the resource's own page; where only a
 * publisher's page that names and links the resource could be confirmed, or only a DOI is known, the
 * entry says so, so a reader knows what the button opens.
 */
export const LINK_KINDS = ['own-page', 'publisher-page', 'doi'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface LinkKindTerm extends Term {
  /** Text of the button that opens the link. */
  action: string;
}

export const LINK_KIND_TERMS: Record<LinkKind, LinkKindTerm> = {
  'own-page': { label: 'The resource itself', action: 'Open the resource', description: 'The resource’s own page or document.' },
  'publisher-page': {
    label: 'A publisher’s page that names it',
    action: 'Open the publisher’s page about it',
    description: 'A page by the publisher that names and links the resource without being dedicated to it.',
  },
  doi: { label: 'Its DOI', action: 'Open it by its DOI', description: 'The persistent DOI address of a published paper or report.' },
};

/**
 * The vocabularies that facets and the spreadsheet import name: id lists only, so browser code that
 * needs the ids does not carry the terms. Their terms are in VOCABULARY_TERMS.
 */
export const VOCABULARY_IDS = {
  type: RESOURCE_TYPES,
  stage: STAGE_IDS,
  sector: SECTORS,
  topic: TOPICS,
  format: FORMATS,
  provenance: PROVENANCES,
  audience: AUDIENCES,
} as const;
export type VocabularyName = keyof typeof VOCABULARY_IDS;

export const VOCABULARY_TERMS: { [name in VocabularyName]: Record<(typeof VOCABULARY_IDS)[name][number], Term> } = {
  type: RESOURCE_TYPE_TERMS,
  stage: STAGE_TERMS,
  sector: SECTOR_TERMS,
  topic: TOPIC_TERMS,
  format: FORMAT_TERMS,
  provenance: PROVENANCE_TERMS,
  audience: AUDIENCE_TERMS,
};

/** A vocabulary value as a filter option shows it: types in the plural, stages numbered, others by label. */
export function optionLabel(vocabulary: VocabularyName, id: string): string {
  if (vocabulary === 'type') return RESOURCE_TYPE_TERMS[id as ResourceType].plural;
  if (vocabulary === 'stage') return `${STAGE_TERMS[id as StageId].number}. ${STAGE_TERMS[id as StageId].label}`;
  return (VOCABULARY_TERMS[vocabulary] as Record<string, Term>)[id]!.label;
}

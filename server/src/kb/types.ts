// The knowledge base as loaded from data/*.json. data/schema/knowledge-base.schema.json is the
// validating twin of these types: change both together.

export type EntityType =
  | 'product' // a named therapy product, cell therapy or not (Kymriah, Tecelra, satri-cel, Lutathera)
  | 'drug' // a drug or regimen that is not a cell-therapy product (tocilizumab, octreotide, CAPTEM)
  | 'therapy-class' // a class of therapies (CAR T-cell therapy, TCR-T, TIL, bispecific T-cell engager)
  | 'antigen'
  | 'syndrome' // toxicities and syndromes (CRS, ICANS, CRES, IEC-HS …)
  | 'indication' // diseases (B-ALL, LBCL, DLBCL, NET, pNET …) and disease groups (solid tumor)
  | 'process' // process terms (apheresis, lymphodepletion, vein-to-vein time …)
  | 'regulator' // FDA, NMPA, EMA
  | 'grading' // grading systems and scores (ASTCT 2019, ICE score, CARTOX-10, WHO 2019 NET grades)
  | 'trial'; // named trials (ZUMA-7, BELINDA, NCT06055439 …)

/** What kind of therapy: an open list, the kinds below or any other kebab-case name (cellular-immunotherapy …). */
export type Modality =
  | 'car-t'
  | 'car-nk'
  | 'tcr-t'
  | 'til'
  | 'virus-specific-t-cell'
  | 'bispecific-t-cell-engager'
  | 'monoclonal-antibody'
  | 'receptor-antagonist'
  | 'kinase-inhibitor'
  | 'mtor-inhibitor'
  | 'somatostatin-analog'
  | 'radioligand'
  | 'chemotherapy'
  | 'corticosteroid'
  | 'tryptophan-hydroxylase-inhibitor'
  | 'regimen'
  // Any other kind of therapy (kebab case): never covered by a completeness declaration unless it names it.
  | (string & {});

export type Regulator = 'FDA' | 'NMPA' | 'EMA';

/** How an alias must be cased in text to count as a mention. */
export type AliasCase =
  | 'exact' // exactly as written (ALL, CRS, Kymriah; a brand also in capitals, KYMRIAH): the default for aliases with an uppercase letter
  | 'insensitive' // any case (tisagenlecleucel, cytokine release syndrome): the default for lowercase aliases
  | 'capitalized'; // first letter as written, rest any case

export interface Alias {
  text: string;
  kind?: 'brand' | 'inn' | 'short' | 'code' | 'abbreviation' | 'synonym' | 'deprecated' | 'misspelling';
  case?: AliasCase;
  /** false for aliases that must not take a plural "s" (default: true for lowercase common nouns). */
  plural?: boolean;
  /** For deprecated and misspelling aliases: what to write instead (default: the entity's current term). */
  use?: string;
  /** For deprecated aliases: why, in a few words ("ASTCT consensus, 2019"). */
  note?: string;
  /** Sources for the deprecation or the preferred spelling. */
  sources?: string[];
  /** Present when the deprecation or spelling is not verified: the engine never flags on it. */
  unverified?: string;
}

/** What kind of source, in authority order: labels and regulators first, news and others last. */
export type SourceKind = 'label' | 'regulator' | 'guideline' | 'peer-reviewed' | 'news' | 'other';
export const SOURCE_KINDS: readonly SourceKind[] = [
  'label',
  'regulator',
  'guideline',
  'peer-reviewed',
  'news',
  'other',
];

export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** Absent in old files: read as 'other'. */
  kind?: SourceKind;
  /** URL, or a bibliographic citation (shown to users), or for an internal copy only a curation note. */
  url?: string;
  citation?: string;
  /** ISO date, year-month or year of publication (or of the record's update); absent when unknown. */
  published?: string;
  /** ISO date, year-month or year the source was last checked. */
  accessed?: string;
  /** Old files' single date: the loader reads it as `published`. */
  date?: string;
  /** For curators only (where a copy came from, what is uncertain): never shown to users. */
  curationNote?: string;
  /** Set when the source is known to contain errors; the text says which. */
  knownErrors?: string;
}

/** Anything that can be sourced and flagged as unverified. */
export interface Sourced {
  sources: string[];
  /** Present when (part of) the fact is not verified: says what. The engine never flags a claim on it. */
  unverified?: string;
}

export interface Fact extends Sourced {
  text: string;
}

export interface Population {
  adults: boolean;
  pediatric: boolean;
  minAge?: number;
  maxAge?: number;
  /** The adults covered are young adults within a pediatric label ("pediatric and young adult patients up to 25"). */
  youngAdultsOnly?: boolean;
  /** As the label words it: "patients up to 25 years of age". */
  text: string;
  /** Present when the age group is not verified: no population verdict rests on it. */
  unverified?: string;
}

export interface Approval extends Sourced {
  regulator: Regulator;
  /** Indication entity id. */
  indication: string;
  /** The indication as approved, in short label wording. */
  label: string;
  /** ISO date, or year-month where the source gives only the month. */
  date: string;
  population: Population;
  /** Minimum prior lines of systemic therapy required; 0 means first line. Absent: no line restriction stated. */
  minPriorLines?: number;
  /** The line restriction as worded, e.g. "after two or more lines of systemic therapy". */
  lineText?: string;
  /** Prior therapies required, e.g. ["BTK inhibitor", "BCL-2 inhibitor"]. */
  priorTherapies?: string[];
  approvalType?: 'regular' | 'accelerated';
  /** Indication ids explicitly excluded (e.g. primary CNS lymphoma); a `history` event may have lifted one since. */
  excludes?: string[];
  /** Symptom control only, not antitumor (octreotide). */
  scope?: 'antitumor' | 'symptom-control' | 'toxicity-management';
  /** The label restricts the indication to functional or non-functional tumors (everolimus: non-functional NETs). */
  tumorFunction?: 'functional' | 'non-functional';
  /** Indication ids the label covers that are not kinds of `indication` in the disease tree (FL grade 3B in LBCL). */
  includes?: string[];
  /** Context for users. */
  note?: string;
  /** For curators only: never shown to users. */
  curationNote?: string;
  /** What happened to the approval after it was granted, oldest first. */
  history?: ApprovalEvent[];
  /** Biomarkers a patient must have (or lack) to be eligible. */
  biomarkers?: Biomarker[];
  /** Trial entity ids the approval rests on. */
  trials?: string[];
}

/** A dated change to an approval. */
export interface ApprovalEvent extends Sourced {
  /** ISO date or year-month. */
  date: string;
  change: 'converted-to-regular' | 'label-change' | 'indication-narrowed' | 'indication-broadened' | 'withdrawn';
  text: string;
  /** Ids of the approval's `excludes` this change lifted (a limitation of use removed). */
  endsExclusions?: string[];
}

/** A biomarker eligibility criterion: HLA-A*02:01P for Tecelra, CLDN18.2 expression for satri-cel. */
export interface Biomarker extends Sourced {
  marker: string;
  kind: 'hla-type' | 'antigen-expression' | 'mutation' | 'other';
  /** true: patients must have it; false: patients with it are excluded. */
  required: boolean;
  /** Antigen entity id, for antigen expression. */
  antigen?: string;
  text: string;
}

/** Who sponsors, develops or holds the marketing authorisation of a product, and since or until when. */
export interface SponsorFact extends Sourced {
  name: string;
  role: 'sponsor' | 'marketing-authorisation-holder' | 'developer' | 'co-developer' | 'licensee';
  regulator?: Regulator;
  from?: string;
  until?: string;
  text?: string;
}

/** The dosing schedule of one treatment course, as the label gives it. */
export interface Dosing extends Sourced {
  /** 1 for a single infusion, 2 for a split dose. */
  infusions: number;
  /** The day of each infusion, counted from the first (day 1). */
  days?: number[];
  text: string;
}

/** For trial entities: the products and indication the trial studied. */
export interface TrialFacts extends Sourced {
  /** Product or drug entity ids. */
  products: string[];
  indication?: string;
  phase?: '1' | '1/2' | '2' | '3';
  nct?: string;
  text?: string;
  /** Whether the trial met its primary endpoint, where a source says so. */
  primaryEndpoint?: TrialEndpoint;
}

/** A trial's primary endpoint and whether it was met. */
export interface TrialEndpoint extends Sourced {
  endpoint: string;
  met: boolean;
  date?: string;
}

/** A regulatory status that is not an approval: under review, refused, withdrawn. */
export interface RegulatoryEvent extends Sourced {
  regulator: Regulator;
  status:
    | 'under-review'
    | 'complete-response-letter'
    | 'not-approved'
    | 'breakthrough-designation'
    | 'fast-track'
    | 'ind-cleared'
    | 'withdrawn';
  indication?: string;
  date?: string;
  /** Expected decision date for 'under-review'. */
  decisionDate?: string;
  text: string;
}

/** Off-label or guideline use that is not an approval. */
export interface Use extends Sourced {
  /** Indication or syndrome entity id. */
  for: string;
  status: 'approved' | 'standard' | 'mainstay' | 'off-label' | 'investigational' | 'not-recommended' | 'not-approved';
  text: string;
}

export interface Design extends Sourced {
  /** Antigen entity ids. */
  targets: string[];
  costimulatory?: '4-1BB' | 'CD28';
  vector?: 'lentiviral' | 'gamma-retroviral';
  /** Set when the vector is not verified. */
  vectorUnverified?: boolean;
  /** Absent when no source states it. */
  origin?: 'autologous' | 'allogeneic';
  /** Approved CAR-Ts are gene-modified by viral vectors, not gene-edited. */
  geneEdited?: boolean;
  geneticallyModified?: boolean;
  /** HLA-restricted (TCR-T) vs MHC-independent (CAR). */
  hlaRestricted?: boolean;
  administration?: string;
  /** Infusions in one treatment course per the label: 1 for a single infusion, 2 for a split dose. */
  infusions?: number;
  /** A defined CD4:CD8 ratio of the CAR T cells given ("1:1"); absent when the product has none. */
  cd4cd8Ratio?: string;
}

export interface First extends Sourced {
  /** What it was the first of, as words: "CAR T-cell therapy approved by the FDA". */
  text: string;
  regulator?: Regulator;
  /** Therapy-class entity id the first is within (car-t, cell-therapy …). */
  class?: string;
  /** Indication entity id the first is within, if any (multiple-myeloma, solid-tumor …). */
  indication?: string;
  date?: string;
  /**
   * Present when the first holds in a narrower sense than the words say, as its source words it (Amtagvi: the first
   * cellular therapy for a solid tumor as the FDA words it, a T-cell therapy; sipuleucel-T came in 2010): says which.
   * A claim that this product was that first is not contradicted by an earlier holder.
   */
  sense?: string;
}

export interface BoxedWarning extends Sourced {
  text: string;
  /** Syndrome entity ids the warning names (crs, icans …): one warning per item of the label's boxed warning. */
  syndromes?: string[];
  /** When the warning was added to the label (YYYY-MM or YYYY-MM-DD), where a source says. */
  since?: string;
  /** For curators; never shown to users. */
  curationNote?: string;
}

export interface Rems extends Sourced {
  /** Whether a REMS applied at approval. */
  atApproval: boolean;
  /** ISO date the REMS ended, if it did. */
  eliminated?: string;
  text: string;
  /** Entity ids of the requirements that remained when the REMS ended (boxed warnings, long-term follow-up). */
  kept?: string[];
  /** Drugs the REMS required on site (tocilizumab): requirements that ended with it. */
  onSite?: OnSiteDrug[];
}

/** A regulator's dated safety action about a risk: when it opened an investigation, when it sent letters. */
export interface SafetyAction extends Sourced {
  action: 'investigation' | 'safety-labeling-change-letters';
  regulator: Regulator;
  /** YYYY-MM or YYYY-MM-DD. */
  date: string;
  text: string;
}

/** How soon after treatment cases of a syndrome have been seen: within a few of `within`. */
export interface Onset extends Sourced {
  within: 'day' | 'week' | 'month' | 'year';
  text: string;
}

/** A drug a REMS required to be available on site before an infusion. */
export interface OnSiteDrug extends Sourced {
  /** Entity id of the drug. */
  drug: string;
  text: string;
}

export interface Deprecation extends Sourced {
  /** Entity id of the current term. */
  replacedBy: string;
  /** Who replaced it and when, e.g. "ASTCT consensus, 2019". */
  by: string;
  reason: string;
}

/** For process terms: how long the step typically takes. */
export interface Duration extends Sourced {
  /** Typical length in days ("about 3 weeks" → 21). */
  typicalDays: number;
  /** The duration as the source words it. */
  text: string;
  /** For an interval between two steps: the process entities it starts and ends with (apheresis, car-t-infusion). */
  from?: string;
  to?: string;
  /** The therapy (class) whose practice the typical length is: a sentence naming another therapy is not judged. */
  therapy?: string;
}

export type QuantityMeasure =
  | 'driving-restriction'
  | 'stay-near-center'
  | 'monitoring'
  | 'daily-monitoring'
  | 'long-term-follow-up'
  | 'malignancy-monitoring';
export type QuantityUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A sourced amount with its unit and what it measures, holding from `since` until `until` (either open). */
export interface Quantity extends Sourced {
  measure: QuantityMeasure;
  /** The amount in `unit`s; absent only for a lifelong rule. */
  value?: number;
  unit?: QuantityUnit;
  /** For life: no amount ends it ("monitor life-long for secondary malignancies"). */
  lifelong?: true;
  /** How the source bounds it ("for at least 2 weeks": at-least); exact when absent. */
  bound?: 'exact' | 'at-least' | 'up-to';
  /** First day it holds (ISO). */
  since?: string;
  /** First day it no longer holds (ISO). */
  until?: string;
  /**
   * What else a claim may name for it to apply, beside its holder: the products a class's rule covers when not all
   * its members (the six CAR-Ts that had a REMS), the process it follows (their infusion).
   */
  appliesTo?: string[];
  /** The fact as the source words it. */
  text: string;
}

/** For scores and scales: the lowest and highest score. */
/** The bodies whose consensus defined a syndrome or grading system ("ASTCT", 2023). */
export interface DefinedBy extends Sourced {
  bodies: string[];
  year: string;
  text: string;
}

/** How often a syndrome occurs after the therapies listed ("ICAHT is the most common adverse event after CAR-T"). */
export interface Frequency extends Sourced {
  rank: 'most-common' | 'among-most-common';
  /** Product or class ids. */
  after: string[];
  text: string;
}

/** The score range of each grade of a syndrome ("ICE 7–9 = ICANS grade 1"). */
export interface GradeRanges extends Sourced {
  syndrome: string;
  grades: { grade: number; min: number; max: number }[];
  /** Grades a condition sets at the score it leaves (ICANS grade 4: ICE 0, unarousable). */
  byCondition?: { grade: number; min: number; max: number; condition: string }[];
  text: string;
}

/** For a grading system: the findings that set each grade of a syndrome; a finding sets the lowest grade it allows. */
export interface GradeCriteria extends Sourced {
  syndrome: string;
  criteria: GradeCriterion[];
  /** The finding every grade has (fever); said to be the only one, it sets exactly this grade. */
  baseline?: { grade: number; terms: string[] };
  text: string;
}

export interface GradeCriterion {
  name: string;
  /** Nouns naming it in text ("vasopressor", "oxygen"). */
  terms: string[];
  /** Its value is a count ("two or more vasopressors"). */
  counted?: boolean;
  unit?: string;
  levels: { grade: number; terms?: string[]; min?: number; max?: number; above?: number }[];
}

/** For a score made of items: the most points each item gives. */
export interface ScoreItems extends Sourced {
  items: { name: string; terms: string[]; points: number }[];
  text: string;
}

export interface ScoreRange extends Sourced {
  min: number;
  max: number;
  text: string;
}

/** For process terms: what the step is for. */
export interface Purpose extends Sourced {
  text: string;
  /** false for steps that prepare the treatment rather than treat the cancer (lymphodepletion, apheresis). */
  antitumor: boolean;
}

/** How differentiated a classification defines a neoplasm to be (WHO 2019: NET G3 well, NEC poorly). */
export interface Differentiation extends Sourced {
  value: 'well' | 'poorly';
  /** The classification that defines it ("WHO 2019"). */
  scheme: string;
  /** The year the scheme took effect: a statement about an earlier time is not judged. */
  since: number;
  text: string;
}

export interface Entity extends Sourced {
  id: string;
  type: EntityType;
  /** Canonical name: for products the INN with the brand in parentheses is built by the service. */
  name: string;
  aliases: Alias[];
  definition: string;
  /** Entity ids this one is a kind of (DLBCL → LBCL → B-cell NHL → hematologic malignancy). */
  parents?: string[];
  /** For products and drugs. */
  modality?: Modality;
  /** Other kinds it also is ("177Lu-dotatate is a radioligand and a somatostatin analog"), each sourced. */
  alsoModalities?: { modality: Modality; sources: string[] }[];
  /** For therapy classes: the modality its members have. */
  classModality?: Modality;
  /** Therapy classes: every modality of the class is placed under it, so a non-member is judged not to be one. */
  membersComplete?: boolean;
  /** Sponsor in words (older files); `sponsors` holds the sourced, dated facts. */
  sponsor?: string;
  sponsors?: SponsorFact[];
  dosing?: Dosing;
  /** For trial entities. */
  trial?: TrialFacts;
  /** Overall status, for the hover headline and simple checks. */
  status?:
    | 'fda-approved'
    | 'approved-outside-us'
    | 'under-review'
    | 'investigational'
    | 'preclinical'
    | 'not-approved'
    | 'deprecated-term';
  design?: Design;
  approvals?: Approval[];
  regulatoryEvents?: RegulatoryEvent[];
  uses?: Use[];
  firsts?: First[];
  boxedWarnings?: BoxedWarning[];
  rems?: Rems;
  /** Mechanism in words, e.g. "anti-IL-6 receptor monoclonal antibody". */
  mechanism?: Fact;
  deprecated?: Deprecation;
  /** For process terms. */
  duration?: Duration;
  purpose?: Purpose;
  /** For neoplasms. */
  differentiation?: Differentiation;
  /** For syndromes: the signs that define it. */
  signs?: Sign[];
  /** Sourced amounts with units, each with the period it holds. */
  quantities?: Quantity[];
  /** For syndromes: a regulator's dated safety actions about it (an investigation, letters to the sponsors). */
  safetyActions?: SafetyAction[];
  /** For syndromes: how soon after treatment cases have been seen. */
  onset?: Onset;
  /** For scores and scales. */
  scoreRange?: ScoreRange;
  /** For syndromes and grading systems: who defined it, and when. */
  definedBy?: DefinedBy;
  /** For syndromes: how often it occurs after the therapies listed. */
  frequency?: Frequency;
  /** For a score that sets a syndrome's grade: each grade's score range. */
  gradeRanges?: GradeRanges;
  /** For a grading system: the findings that set each grade. */
  gradeCriteria?: GradeCriteria;
  /** For a score made of items: each item's points. */
  scoreItems?: ScoreItems;
  /** For antigens: product/drug entity ids that target it (derived checks use design.targets too). */
  facts?: Fact[];
}

/**
 * How complete the knowledge base is for one relation and regulator: a negative verdict ("X is not approved for
 * Y") is made only where a complete declaration covers the product's modality.
 */
export interface Completeness extends Sourced {
  relation: 'approvals';
  regulator: Regulator;
  /** The modalities whose records are complete. */
  modalities?: Modality[];
  complete: boolean;
  /** Claims that name no regulator are read as being about this one. */
  default?: boolean;
  /**
   * Where the record is incomplete: each product's first approval by this regulator is recorded, so an approval
   * dated before it is wrong even though later ones may be missing.
   */
  firstApprovals?: boolean;
  /** Up to when it holds (default: meta.asOf). */
  asOf?: string;
  text: string;
}

export interface KnowledgeBaseMeta {
  name: string;
  /** ISO date up to which the data was checked. */
  asOf: string;
  description: string;
}

/** One data file's contents: all keys optional so that data can be split across files. */
export interface KnowledgeBaseFile {
  $schema?: string;
  meta?: KnowledgeBaseMeta;
  sources?: Source[];
  completeness?: Completeness[];
  entities?: Entity[];
}

export interface KnowledgeBase {
  meta: KnowledgeBaseMeta;
  sources: ReadonlyMap<string, Source>;
  entities: ReadonlyMap<string, Entity>;
  /** Absent: complete nowhere, so no negative verdicts. */
  completeness?: readonly Completeness[];
  /** Where each source and entity was defined, for relatedInformation links. */
  origins: ReadonlyMap<string, { file: string; line: number }>;
}

/** A sign that defines a syndrome, with the words a text names it by. */
export interface Sign {
  name: string;
  terms: string[];
  sources: string[];
  unverified?: boolean;
}

// A read-only view of the knowledge base's data files for the CheckList generator. It reads data/*.json
// directly, not through the engine's loader, so the generated expectations do not depend on the code under test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/repo';

export interface Alias {
  text: string;
  kind?: string;
  case?: string;
  unverified?: string;
}

export interface Approval {
  regulator: string;
  indication: string;
  date?: string;
  population?: { adults?: boolean; pediatric?: boolean; minAge?: number; maxAge?: number };
  minPriorLines?: number;
  priorTherapies?: string[];
  approvalType?: string;
  scope?: string;
  biomarkers?: { marker: string; kind: string; required: boolean; unverified?: string }[];
  unverified?: string;
}

export interface Entity {
  id: string;
  type: string;
  name: string;
  aliases?: Alias[];
  parents?: string[];
  modality?: string;
  classModality?: string;
  /** An outdated term and the one that replaced it. */
  deprecated?: { replacedBy?: string };
  status?: string;
  sponsor?: string;
  /** The recorded sponsors, a former one with the month it ended. */
  sponsors?: { name: string; until?: string; unverified?: boolean }[];
  design?: {
    targets?: string[];
    costimulatory?: string;
    vector?: string;
    origin?: string;
    geneEdited?: boolean;
    geneticallyModified?: boolean;
    hlaRestricted?: boolean;
    infusions?: number;
    unverified?: string;
  };
  approvals?: Approval[];
  dosing?: { infusions: number; unverified?: string };
  trial?: { products: string[]; unverified?: string };
  firsts?: { text: string; regulator?: string; class?: string; date?: string; unverified?: string }[];
  boxedWarnings?: { text: string; syndromes?: string[]; since?: string; unverified?: string }[];
  rems?: {
    atApproval?: boolean;
    eliminated?: string;
    kept?: string[];
    onSite?: { drug: string; unverified?: string }[];
    unverified?: string;
  };
  safetyActions?: { action: string; regulator: string; date: string; unverified?: string }[];
  onset?: { within: string; text: string; unverified?: string };
  quantities?: {
    measure: string;
    value?: number;
    unit?: string;
    lifelong?: true;
    since?: string;
    until?: string;
    appliesTo?: string[];
    unverified?: string;
  }[];
  scoreRange?: { min: number; max: number; unverified?: string };
  purpose?: { antitumor: boolean; unverified?: string };
  duration?: { typicalDays: number; from?: string; to?: string; unverified?: string };
  uses?: { for: string; status: string; unverified?: string }[];
  definedBy?: { bodies: string[]; year: string; unverified?: string };
  differentiation?: { value: 'well' | 'poorly'; scheme: string; since: number; unverified?: string };
  gradeRanges?: { syndrome: string; grades: { grade: number; min: number; max: number }[]; unverified?: string };
  gradeCriteria?: {
    syndrome: string;
    criteria: {
      name: string;
      terms: string[];
      counted?: boolean;
      levels: { grade: number; terms?: string[]; min?: number; max?: number }[];
    }[];
    unverified?: string;
  };
  scoreItems?: { items: { name: string; terms: string[]; points: number }[]; unverified?: string };
  unverified?: string;
}

export interface Completeness {
  relation: string;
  regulator: string;
  modalities?: string[];
  complete: boolean;
  firstApprovals?: boolean;
}

export interface Knowledge {
  asOf: string;
  entities: Map<string, Entity>;
  byType(type: string): Entity[];
  /** Modalities whose FDA approvals the knowledge base declares complete: only there is a negative decidable. */
  completeFdaModalities: Set<string>;
  /** Regulators whose first approval of each product the knowledge base records (even where later ones may be missing). */
  firstApprovalRegulators: Set<string>;
  /** The entity and every entity above it through `parents`. */
  lineage(id: string): Set<string>;
}

export function readKnowledge(dataDir = path.join(REPO_ROOT, 'data')): Knowledge {
  const entities = new Map<string, Entity>();
  let asOf = '';
  const completeness: Completeness[] = [];
  for (const file of fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const json = JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as {
      entities?: Entity[];
      completeness?: Completeness[];
      meta?: { asOf: string };
    };
    for (const e of json.entities ?? []) {
      // A later file's entry extends an entity (terminology.json adds to car-t), as the engine's loader does: its
      // lists add up, the rest stays as first defined (the class's parents and classModality).
      const earlier = entities.get(e.id) as Record<string, unknown> | undefined;
      if (!earlier) entities.set(e.id, e);
      else
        for (const [key, value] of Object.entries(e))
          if (Array.isArray(value)) earlier[key] = [...((earlier[key] as unknown[]) ?? []), ...value];
          else earlier[key] ??= value;
    }
    completeness.push(...(json.completeness ?? []));
    if (json.meta) asOf = json.meta.asOf;
  }
  const completeFdaModalities = new Set(
    completeness
      .filter((c) => c.relation === 'approvals' && c.regulator === 'FDA' && c.complete)
      .flatMap((c) => c.modalities ?? []),
  );
  const firstApprovalRegulators = new Set(
    completeness.filter((c) => c.relation === 'approvals' && c.firstApprovals).map((c) => c.regulator),
  );
  const lineage = (id: string): Set<string> => {
    const seen = new Set<string>();
    const walk = (at: string) => {
      if (seen.has(at)) return;
      seen.add(at);
      for (const p of entities.get(at)?.parents ?? []) walk(p);
    };
    walk(id);
    return seen;
  };
  return {
    asOf,
    entities,
    byType: (type) => [...entities.values()].filter((e) => e.type === type),
    completeFdaModalities,
    firstApprovalRegulators,
    lineage,
  };
}

/** How writers name an entity: its brand, else its short name ("anito-cel"), else its first alias or name. */
export function displayName(e: Entity): string {
  return (
    e.aliases?.find((a) => a.kind === 'brand')?.text ??
    e.aliases?.find((a) => a.kind === 'short')?.text ??
    e.aliases?.[0]?.text ??
    e.name
  );
}

/** The spelled-out name of an indication or other term (its first synonym); "tumor" names in the plural. */
export function longName(e: Entity): string {
  const name = e.aliases?.find((a) => a.kind === 'synonym')?.text ?? e.name;
  return /tumou?r$/.test(name) ? `${name}s` : name;
}

/** The abbreviation writers use in slides and tables, when there is one. */
export function shortName(e: Entity): string {
  return e.aliases?.find((a) => a.kind === 'abbreviation')?.text ?? longName(e);
}

export const year = (date: string | undefined): number | undefined => (date ? Number(date.slice(0, 4)) : undefined);

import type { KnowledgeIndex } from '../kb/index';
import type { Approval, ApprovalEvent, Entity, Regulator } from '../kb/types';
import { MONTHS, capitalize } from '../util/text';
import { compareIsoDates } from '../util/sorted';
import { designIn, hasProperty } from './design';
import { wordsOf } from './words';

// Relations write corrections with it.
export { capitalize } from '../util/text';

const REGULATORS: readonly Regulator[] = ['FDA', 'NMPA', 'EMA'];

/** The regulator a regulator entity stands for (by its id, name or an alias). */
export function regulatorOf(entity: Entity): Regulator | undefined {
  if (entity.type !== 'regulator') return undefined;
  const names = [entity.id, entity.name, ...entity.aliases.map((a) => a.text)].map((n) => n.toUpperCase());
  return REGULATORS.find((r) => names.includes(r));
}

/** Products, drugs and therapy classes: the things claims are about. */
export function isTherapy(entity: Entity): boolean {
  return entity.type === 'product' || entity.type === 'drug' || entity.type === 'therapy-class';
}

/** Diseases and syndromes: what an approval or use is for. */
export function isCondition(entity: Entity): boolean {
  return entity.type === 'indication' || entity.type === 'syndrome';
}

/** Lookups derived once per knowledge index: classes by modality, class members, products and drugs. */
interface Derived {
  classesByModality: Map<string, Entity[]>;
  primaryByModality: Map<string, Entity | undefined>;
  members: Map<string, Entity[]>;
  therapies: Entity[];
}
const derivedCache = new WeakMap<KnowledgeIndex, Derived>();

function derived(index: KnowledgeIndex): Derived {
  let d = derivedCache.get(index);
  if (!d) {
    const classesByModality = new Map<string, Entity[]>();
    const therapies: Entity[] = [];
    for (const e of index.entities()) {
      if (e.type === 'therapy-class' && e.classModality)
        classesByModality.set(e.classModality, [...(classesByModality.get(e.classModality) ?? []), e]);
      if (e.type === 'product' || e.type === 'drug') therapies.push(e);
    }
    derivedCache.set(index, (d = { classesByModality, primaryByModality: new Map(), members: new Map(), therapies }));
  }
  return d;
}

/** Every product and drug. */
export function therapiesOf(index: KnowledgeIndex): readonly Entity[] {
  return derived(index).therapies;
}

/** The therapy-class entities whose members have `modality` (CAR T-cell therapy for 'car-t'). */
export function classesOf(index: KnowledgeIndex, modality: string | undefined): readonly Entity[] {
  return modality ? (derived(index).classesByModality.get(modality) ?? []) : [];
}

/** The broadest class of a modality: not a sub-class of another class with the same modality. */
export function primaryClassOf(index: KnowledgeIndex, modality: string | undefined): Entity | undefined {
  if (!modality) return undefined;
  const cache = derived(index).primaryByModality;
  if (!cache.has(modality)) {
    cache.set(
      modality,
      classesOf(index, modality).find(
        (c) => !(c.parents ?? []).some((p) => index.entity(p)?.classModality === modality),
      ),
    );
  }
  return cache.get(modality);
}

/**
 * Members of a therapy class: products and drugs whose modality's class is the class or a kind of it
 * (cell therapy ⊃ CAR T). A sub-class with its parent's modality ("allogeneic CAR T-cell therapy") keeps
 * the members that have the design property its name states. A product or drug is its own only member.
 */
export function membersOf(index: KnowledgeIndex, entity: Entity): Entity[] {
  if (entity.type !== 'therapy-class') return [entity];
  const cache = derived(index).members;
  let members = cache.get(entity.id);
  if (!members) {
    const primary = entity.classModality ? primaryClassOf(index, entity.classModality) : undefined;
    if (primary && primary !== entity) {
      const words = wordsOf(entity.name);
      members = membersOf(index, primary).filter((m) =>
        designIn(words, 0, words.length).every((p) => hasProperty(m, p) !== false),
      );
    } else {
      members = therapiesOf(index).filter((e) => {
        const cls = primaryClassOf(index, e.modality);
        return cls !== undefined && index.isA(cls.id, entity.id);
      });
    }
    cache.set(entity.id, members);
  }
  return members;
}

/**
 * A member the knowledge base records as having every design property the class names ("allogeneic CAR-T"), not one
 * admitted only because the property is unrecorded: only such a member may be named as the class's first or nth.
 */
export function isRecordedMember(cls: Entity, entity: Entity): boolean {
  if (cls.type !== 'therapy-class') return true;
  const words = wordsOf(cls.name);
  return designIn(words, 0, words.length).every((p) => hasProperty(entity, p) === true);
}

/** True when a therapy-class entity groups products (it has a modality, or sub-classes that do). */
export function isJudgeableClass(index: KnowledgeIndex, entity: Entity): boolean {
  return entity.type === 'therapy-class' && membersOf(index, entity).length > 0;
}

/**
 * An approval covers a claimed condition when one is a kind of the other, or the claimed one is a kind of a subtype the
 * label names beside the tree (`includes`), and it is not excluded.
 */
export function covers(
  index: KnowledgeIndex,
  approvalIndication: string,
  excludes: readonly string[] | undefined,
  claimed: string,
  includes?: readonly string[],
): boolean {
  if (excludes?.some((x) => index.isA(claimed, x))) return false;
  // A subtype the label names (`includes`) covers claims about it or its kinds, not about its parent.
  return (
    index.isA(approvalIndication, claimed) ||
    index.isA(claimed, approvalIndication) ||
    (includes ?? []).some((id) => index.isA(claimed, id))
  );
}

/**
 * The change that lifted an exclusion covering `claimed` from the approval (a limitation of use removed), if any: the
 * approval did not cover the condition before it and covers it after, without naming it.
 */
export function liftedExclusion(index: KnowledgeIndex, approval: Approval, claimed: string): ApprovalEvent | undefined {
  return (approval.history ?? []).find((h) => !h.unverified && h.endsExclusions?.some((x) => index.isA(claimed, x)));
}

/** Whether a member's approval by `regulator` (any, when undefined) has had an exclusion covering `claimed` lifted. */
export function exclusionLiftedAmong(
  index: KnowledgeIndex,
  members: readonly Entity[],
  claimed: string,
  regulator: Regulator | undefined,
): boolean {
  return members.some((m) =>
    (m.approvals ?? []).some((a) => (!regulator || a.regulator === regulator) && liftedExclusion(index, a, claimed)),
  );
}

/** Whether a claimed year (and month) ends before an ISO date: "in 2019" is before "2026-02", "in 2026" is not. */
export function endsBefore(when: { year: number; month?: number }, iso: string): boolean {
  const [year, month] = iso.split('-').map(Number);
  return (
    when.year < year! || (when.year === year && when.month !== undefined && month !== undefined && when.month < month)
  );
}

/** Whether an approval is by `regulator` (any, when undefined) for `condition` (any, when undefined). */
export function approvalMatches(
  index: KnowledgeIndex,
  approval: Approval,
  condition: Entity | undefined,
  regulator: Regulator | undefined,
): boolean {
  return (
    (!regulator || approval.regulator === regulator) &&
    (!condition || covers(index, approval.indication, approval.excludes, condition.id, approval.includes))
  );
}

/** Whether an approval `keep` accepts is marked unverified: rankings and counts over such members are not judged. */
export function anyUnverifiedApproval(members: readonly Entity[], keep: (approval: Approval) => boolean): boolean {
  return members.some((m) => (m.approvals ?? []).some((a) => a.unverified !== undefined && keep(a)));
}

/** Each member's earliest approval that `keep` accepts, earliest first; members with none are left out. */
export function firstApprovals(
  members: readonly Entity[],
  keep: (approval: Approval) => boolean,
): { member: Entity; approval: Approval }[] {
  const firsts: { member: Entity; approval: Approval }[] = [];
  for (const member of members) {
    const approval = (member.approvals ?? []).filter(keep).sort((a, b) => compareIsoDates(a.date, b.date))[0];
    if (approval) firsts.push({ member, approval });
  }
  return firsts.sort((a, b) => compareIsoDates(a.approval.date, b.approval.date));
}

/**
 * A class's members that target `antigen` (all, when undefined) and their kind's name ("BCMA-directed CAR-T"),
 * or undefined unless the class has members and the knowledge base declares their approvals by `regulator`
 * complete, so approval dates can be compared.
 */
export function classProducts(
  index: KnowledgeIndex,
  cls: Entity,
  antigen: Entity | undefined,
  regulator: Regulator | undefined,
): { members: Entity[]; kind: string } | undefined {
  const inClass = membersOf(index, cls);
  if (!inClass.length || !inClass.every((m) => approvalsComplete(index, m, regulator))) return undefined;
  return {
    members: antigen ? inClass.filter((m) => m.design?.targets.includes(antigen.id)) : inClass,
    kind: antigen ? `${shortName(index, antigen.id)}-directed ${cls.name}` : cls.name,
  };
}

/** Whether a member's knowledge covers `condition` at all (so silence about an approval means "not approved"). */
export function speaksAbout(index: KnowledgeIndex, entity: Entity, condition: string): boolean {
  const related = (id: string) =>
    index.isA(id, condition) || index.isA(condition, id) || sharesFamily(index, id, condition);
  return (
    (entity.approvals ?? []).some((a) => related(a.indication)) ||
    (entity.uses ?? []).some((u) => related(u.for)) ||
    (entity.regulatoryEvents ?? []).some((r) => r.indication !== undefined && related(r.indication))
  );
}

// Two conditions are in one family when they share a parent other than the broad roots.
function sharesFamily(index: KnowledgeIndex, a: string, b: string): boolean {
  const parentsA = index.entity(a)?.parents ?? [];
  return parentsA.some((p) => index.isA(b, p) && (index.entity(p)?.parents?.length ?? 0) > 0);
}

/**
 * The regulator a claim that names none is read as being about: the one the knowledge base's completeness data marks
 * as the default (a US-centred knowledge base reads "X is approved for Y" as an FDA claim).
 */
export function defaultRegulator(index: KnowledgeIndex): Regulator | undefined {
  return index.kb.completeness?.find((c) => c.default && !c.unverified)?.regulator;
}

/**
 * Whether the knowledge base declares every approval of the entity by `regulator` (the default one, when undefined)
 * recorded, so that silence means "not approved". Only then is a negative verdict made.
 */
export function approvalsComplete(index: KnowledgeIndex, entity: Entity, regulator: Regulator | undefined): boolean {
  const by = regulator ?? defaultRegulator(index);
  // A therapy class stands for its modality's products.
  const modality = entity.modality ?? entity.classModality;
  if (!by || !modality) return false;
  return (index.kb.completeness ?? []).some(
    (c) =>
      c.relation === 'approvals' &&
      c.regulator === by &&
      c.complete &&
      !c.unverified &&
      (c.modalities ?? []).includes(modality),
  );
}

/** Whether the entity's first approval by the regulator is on record, even where later ones may be missing. */
export function firstApprovalsRecorded(
  index: KnowledgeIndex,
  entity: Entity,
  regulator: Regulator | undefined,
): boolean {
  const by = regulator ?? defaultRegulator(index);
  return (index.kb.completeness ?? []).some(
    (c) =>
      c.relation === 'approvals' &&
      c.regulator === by &&
      c.firstApprovals === true &&
      !c.unverified &&
      (!c.modalities || (entity.modality !== undefined && c.modalities.includes(entity.modality))),
  );
}

const MONTH_ABBREVIATIONS = MONTHS.map((month) => capitalize(month.slice(0, 3)));

/** "March 2023" style date for messages. */
export function monthYear(date: string): string {
  const [y, m] = date.split('-');
  return m ? `${MONTH_ABBREVIATIONS[Number(m) - 1]} ${y}` : y!;
}

/** Short name for a condition or therapy: its abbreviation if it has one, else its name. */
export function shortName(index: KnowledgeIndex, id: string): string {
  const entity = index.entity(id);
  if (!entity) return id;
  if (entity.type === 'product') return index.brand(entity) ?? entity.name;
  const abbreviation = entity.aliases.find((a) => a.kind === 'abbreviation' && /^[A-Z]/.test(a.text))?.text;
  return abbreviation ?? entity.name;
}

/** Products by brand ("Kymriah"), drugs by generic name ("Tocilizumab"), anything else by name. */
export function label(index: KnowledgeIndex, entity: Entity): string {
  if (entity.type === 'product') return index.brand(entity) ?? capitalize(entity.name);
  return entity.type === 'drug' ? capitalize(entity.name) : entity.name;
}

/** "B-ALL (patients up to 25 y, 2017)"; with its regulator for a claim placed anywhere ("(NMPA, adults, Jun 2026)"). */
export function describeApproval(index: KnowledgeIndex, approval: Approval, withRegulator?: boolean): string {
  const population = approval.population.pediatric
    ? approval.population.maxAge !== undefined
      ? `patients up to ${approval.population.maxAge} y`
      : approval.population.minAge !== undefined
        ? `patients ${approval.population.minAge} y and older`
        : approval.population.adults
          ? 'including children'
          : 'children'
    : 'adults';
  const line =
    approval.minPriorLines !== undefined && approval.minPriorLines >= 2
      ? `, after ≥${approval.minPriorLines} lines`
      : approval.minPriorLines === 1
        ? ', after ≥1 line'
        : '';
  const by = withRegulator ? `${approval.regulator}, ` : '';
  return `${shortName(index, approval.indication)} (${by}${population}${line}, ${monthYear(approval.date)})`;
}

export function uniqueSources(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}

/**
 * A recorded mechanism as a noun phrase to follow "is": "an anti-IL-6 receptor monoclonal antibody"
 * (the text before its first ";", with an article when it has none).
 */
export function mechanismPhrase(text: string): string {
  const phrase = text.split(';')[0]!.trim();
  if (/^(a|an|the)\s/i.test(phrase)) return phrase;
  return `${/^[aeiou]/i.test(phrase) && !/^(one|u[bcfhjkqrstn]|eu)/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

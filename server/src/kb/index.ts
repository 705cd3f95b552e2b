import { TermMatcher } from '../terms/matcher';
import { SOURCE_KINDS, type Entity, type KnowledgeBase, type Modality, type Source } from './types';

/** Lookups derived once from a knowledge base: the term matcher, the type hierarchy, sources. */
export class KnowledgeIndex {
  readonly matcher: TermMatcher;
  private readonly ancestorCache = new Map<string, ReadonlySet<string>>();

  /** `matcher`: one built for the same entities' names (a dated view of a knowledge base shares its base's). */
  constructor(
    readonly kb: KnowledgeBase,
    matcher?: TermMatcher,
  ) {
    this.matcher = matcher ?? TermMatcher.fromKnowledgeBase(kb);
  }

  get asOf(): string {
    return this.kb.meta.asOf;
  }

  entity(id: string): Entity | undefined {
    return this.kb.entities.get(id);
  }

  source(id: string): Source | undefined {
    return this.kb.sources.get(id);
  }

  /** Source ids in authority order (labels and regulators first), unknown ids last; stable within a kind. */
  byAuthority(ids: readonly string[]): string[] {
    return [...ids].sort((a, b) => this.rank(a) - this.rank(b));
  }

  // Every claim finding sorts its sources: each id's rank is looked up once.
  private readonly ranks = new Map<string, number>();

  private rank(id: string): number {
    let rank = this.ranks.get(id);
    if (rank === undefined) {
      const source = this.source(id);
      rank = source ? SOURCE_KINDS.indexOf(source.kind ?? 'other') : SOURCE_KINDS.length;
      this.ranks.set(id, rank);
    }
    return rank;
  }

  entities(): Iterable<Entity> {
    return this.kb.entities.values();
  }

  /** The entity and everything it is a kind of, transitively. */
  ancestors(id: string): ReadonlySet<string> {
    let cached = this.ancestorCache.get(id);
    if (!cached) {
      const seen = new Set<string>();
      const stack = [id];
      while (stack.length) {
        const next = stack.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(this.entity(next)?.parents ?? []));
      }
      this.ancestorCache.set(id, (cached = seen));
    }
    return cached;
  }

  /** True when `id` is `ancestor` or a kind of it (DLBCL is a kind of LBCL). */
  isA(id: string, ancestor: string): boolean {
    return this.ancestors(id).has(ancestor);
  }

  /** Products and drugs of a modality (all CAR-Ts). */
  withModality(modality: Modality): Entity[] {
    return [...this.entities()].filter((e) => e.modality === modality);
  }

  /** The entity's brand name, if it has one (the AMA headline is terms/terminology.ts `headline`). */
  brand(entity: Entity): string | undefined {
    return entity.aliases.find((a) => a.kind === 'brand')?.text;
  }

  generic(entity: Entity): string | undefined {
    return entity.aliases.find((a) => a.kind === 'inn')?.text;
  }
}

/** A source's date for readers: its publication date, or "n.d." with the date it was checked. */
export function sourceDate(source: Source): string {
  return source.published ?? source.date ?? (source.accessed ? `n.d., accessed ${source.accessed}` : 'n.d.');
}

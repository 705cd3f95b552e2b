import { DiagnosticSeverity, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeIndex } from '../../kb/index';
import { type Edit, type Finding, type Fix, fixesOfFinding, type Report } from '../../document/findings';
import type { Rule } from '../../rules/types';
import type { Sentence } from '../../text/sentences';
import type { AnalysisCache, DocumentAnalysis } from '../../document/analysis';
import { formatMessage, isOnePlaceholder, type MessageData } from '../../util/messages';
import { PROFILES, type SeverityName, type Settings } from '../settings';
import { isSuppressed, readSuppressions } from '../suppressions';
import { spanAt } from '../../document/citations/spans';

export const DIAGNOSTIC_SOURCE = 'therapy-lint';
export const RULE_DOCS_BASE = 'https://github.com/therapy-lint/therapy-lint/blob/main/docs/rules/';

/**
 * What a therapy-lint diagnostic carries in `data`, for code actions and tools. Published over LSP, fixes
 * carry only their titles (`edits` absent): code actions compute the edits when asked (see `fixesOf`).
 */
export interface DiagnosticData {
  /** The rule's message id (`meta.messages`), ESLint style; absent on the service's own note on omitted findings. */
  messageId?: string;
  /** The values of the message's placeholders (CLI, SARIF, tests only). */
  messageData?: MessageData;
  sources: string[];
  fixes: { title: string; edits?: TextEdit[]; isPreferred?: boolean }[];
}

export interface DiagnosticsOptions {
  /**
   * Include each fix's edits in `data` (CLI JSON, SARIF, tests); the LSP server leaves them to code actions.
   * Large fixes (renumbering a reference list) carry edits only up to LARGE_FIX_BUDGET per document.
   */
  fixEdits: boolean;
  /**
   * False: no fixes at all, not even titles (CLI text output shows none), so none is computed. Fixes are
   * otherwise computed only for the diagnostics returned (after `capped`).
   */
  fixTitles?: boolean;
  /** At most `settings.maxDiagnostics`, the most severe first, and one note on what was left out (editors). */
  capped?: boolean;
}

/** The code of the note saying how many diagnostics a capped list left out. */
export const OMITTED_CODE = 'omitted-findings';

/**
 * About how many characters of large fixes' edits one document's diagnostics carry: a list of n uncited
 * entries has n fixes that each renumber the whole list (n² edits). Beyond it they carry titles only.
 */
export const LARGE_FIX_BUDGET = 1_000_000;
/** What an edit costs in the budget beyond its new text (its range). */
const EDIT_COST = 40;

/** The findings behind one document version's diagnostics, by code and start position, for code actions. */
export type FindingsByDiagnostic = Map<string, Finding[]>;
const findingKey = (code: string, line: number, character: number) => `${code}\0${line}:${character}`;

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityOf(rule: Rule, settings: Settings): DiagnosticSeverity | undefined {
  const setting = settings.rules[rule.meta.id];
  if (setting === 'off') return undefined;
  return SEVERITY[!setting || setting === 'default' ? defaultSeverityOf(rule, settings) : setting];
}

/** The rule's severity for the configured audience: its profile's, else the rule's own. */
export function defaultSeverityOf(rule: Rule, settings: Settings): SeverityName {
  return PROFILES[settings.profile]?.[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** Set when the result is no longer wanted (the document changed again, or was closed). */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** How long per-sentence checks run before yielding to the event loop. */
const SLICE_MS = 20;
/** Sentences of a long block checked between two looks at the clock. */
const SENTENCES_PER_STEP = 8;

/**
 * The long part of a check, done in slices so that a host answers other requests meanwhile: every rule's
 * per-sentence checks (most of the work) run block by block, yielding every SLICE_MS, and stop when
 * `token` is cancelled. Their findings are memoized per block, so computeDiagnostics then replays them.
 * Resolves false when cancelled.
 */
export async function checkInSlices(
  document: TextDocument,
  rules: readonly Rule[],
  index: KnowledgeIndex,
  settings: Settings,
  cache: AnalysisCache,
  token: CancellationToken,
  yieldNow: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
): Promise<boolean> {
  const analysis = cache.get(document);
  const inReferences = referenceListBlocks(analysis);
  // After a small edit, the per-sentence work is the few changed blocks': checking them needs no slices, and
  // collecting the checks would run every rule's whole-document work twice.
  if (uncheckedProse(analysis, inReferences) <= UNSLICED_PROSE) return !token.isCancellationRequested;
  const checks: {
    ruleId: string;
    check: SentenceCheck;
    dependsOn: string;
    contextOf?: (sentence: Sentence) => string;
    skip?: (block: number) => boolean;
  }[] = [];
  const ignore = () => {};
  for (const rule of rules) {
    if (severityOf(rule, settings) === undefined) continue;
    const render = renderer(rule);
    const skip = rule.meta.checksReferenceLists ? undefined : inReferences;
    // Collects the rule's per-sentence check; what it does besides is cheap and done again at the end.
    rule.check({
      document: analysis,
      index,
      settings,
      report: ignore,
      // Findings are memoized as rendered, the way computeDiagnostics stores them.
      forEachSentence: (check, dependsOn = '', _finish, contextOf) =>
        checks.push({
          ruleId: rule.meta.id,
          check: (sentence, reportInSentence) => check(sentence, (reported) => reportInSentence(render(reported))),
          dependsOn,
          contextOf,
          skip,
        }),
    });
  }
  let sliceStart = performance.now();
  const yieldIfDue = async (): Promise<boolean> => {
    if (performance.now() - sliceStart < SLICE_MS) return true;
    await yieldNow();
    sliceStart = performance.now();
    return !token.isCancellationRequested;
  };
  for (let block = 0; block < analysis.blocks.length; block++) {
    const { firstSentence, result } = analysis.blocks[block]!;
    const end = firstSentence + result.sentences.length;
    // A long paragraph (a document without blank lines) is checked a few sentences at a time, then replayed whole.
    for (const { ruleId, check, dependsOn, contextOf, skip } of checks) {
      if (skip?.(block)) continue;
      for (let from = firstSentence; from < end; from += SENTENCES_PER_STEP) {
        const to = from + SENTENCES_PER_STEP;
        if (!cache.sentenceChecks.checkAhead(ruleId, analysis, check, dependsOn, block, from, to, contextOf)) break;
        if (!(await yieldIfDue())) return false;
      }
    }
    for (const { ruleId, check, dependsOn, contextOf, skip } of checks)
      cache.sentenceChecks.forEach(ruleId, analysis, check, dependsOn, ignore, block, block + 1, contextOf, skip);
    if (!(await yieldIfDue())) return false;
  }
  return !token.isCancellationRequested;
}

type SentenceCheck = (sentence: Sentence, report: (finding: Finding) => void) => void;

/** How much prose no rule has checked yet may be checked at once, without yielding (a few paragraphs). */
const UNSLICED_PROSE = 20_000;

/**
 * The length of the blocks no per-sentence check has run on (new or edited since the last check). Table cells and
 * list items are left out: their sentences are looked up one by one (SentenceCheckMemo), never kept per block; so are
 * reference lists, which per-sentence checks skip.
 */
function uncheckedProse(analysis: DocumentAnalysis, inReferences: (block: number) => boolean): number {
  let length = 0;
  analysis.blocks.forEach(({ result }, b) => {
    const { kind } = analysis.prose.blocks[b]!;
    if (!result.checked && kind !== 'table-cell' && kind !== 'list-item' && !inReferences(b))
      length += result.prose.length;
  });
  return length;
}

/**
 * Whether a block lies in a reference list: a rule that does not check reference lists has every finding there
 * dropped (see computeDiagnostics' report), so its per-sentence checks skip such blocks (a list of 200 entries was
 * about a tenth of an edit's work, each entry's context worked out again).
 */
function referenceListBlocks(analysis: DocumentAnalysis): (block: number) => boolean {
  const regions = analysis.citations.referenceRegions;
  if (regions.length === 0) return () => false;
  return (b) => {
    const { start, end } = analysis.prose.blocks[b]!;
    const region = spanAt(regions, start);
    return region !== undefined && end <= region.end;
  };
}

/** A rule's report as a finding with its message written out. */
function renderer(rule: Rule): (reported: Report) => Finding {
  return (reported) => ({ ...reported, message: messageOf(rule, reported) });
}

/**
 * A report's message, written once per data object: a rule that keeps a message's data across versions (one per
 * spelling, not per mention) has it written once, not at every edit. A message that is one value as it is (a claim's
 * statement) is not memoized: an entry per claim finding took 1.4 MB of a 4.3 MB claim-dense document's kept heap.
 */
function messageOf(rule: Rule, { messageId, data }: Report): string {
  if (!data || isOnePlaceholder(rule.meta.messages, messageId))
    return formatMessage(rule.meta.id, rule.meta.messages, messageId, data);
  const known = messages.get(data);
  if (known?.rule === rule && known.messageId === messageId) return known.message;
  const message = formatMessage(rule.meta.id, rule.meta.messages, messageId, data);
  messages.set(data, { rule, messageId, message });
  return message;
}

const messages = new WeakMap<MessageData, { rule: Rule; messageId: string; message: string }>();

/** Diagnostics built as they are read, and read once: the CLI writes each and lets it go. */
export type DiagnosticStream = Iterable<Diagnostic>;

/**
 * The document's diagnostics. A one-shot cache (the CLI) is released before they are built: uncapped, each finding is
 * held as a compact record (offsets, message, fixes by offset) until its analysis is gone, then built and let go of.
 */
export function computeDiagnostics(
  document: TextDocument,
  rules: readonly Rule[],
  index: KnowledgeIndex,
  settings: Settings,
  cache: AnalysisCache,
  options: DiagnosticsOptions = { fixEdits: true },
): Diagnostic[] {
  return [...diagnosticStream(document, rules, index, settings, cache, options)];
}

/**
 * computeDiagnostics' diagnostics, each built only when read and then no longer held here. A claim-dense 15 MB document
 * has 84,000: built all at once with their fixes' edits, they took the CLI's JSON output from about 560 MB (the check's
 * own peak) to 610.
 */
export function diagnosticStream(
  document: TextDocument,
  rules: readonly Rule[],
  index: KnowledgeIndex,
  settings: Settings,
  cache: AnalysisCache,
  options: DiagnosticsOptions = { fixEdits: true },
): DiagnosticStream {
  // Collected in a function of its own, so that nothing of this frame keeps the analysis while diagnostics are built.
  const { kept, omitted, total, held } = collect(document, rules, index, settings, cache, options);
  cache.release();
  const note = omitted ? [omittedNote(omitted, total, settings.maxDiagnostics)] : [];
  let pending: (Pending | undefined)[] | undefined = kept;
  let uncapped = held;
  return {
    *[Symbol.iterator]() {
      if (!pending) throw new Error('a diagnostic stream is read once');
      const read = pending;
      pending = undefined;
      yield* note;
      for (let i = 0; i < read.length; i++) {
        const p = read[i]!;
        read[i] = undefined;
        yield p.diagnostic!;
      }
      if (!uncapped) return;
      const { order } = uncapped;
      for (let i = 0; i < order.length; i++) yield uncapped.diagnostic(order[i]!, document, index);
      uncapped = undefined;
    },
  };
}

function collect(
  document: TextDocument,
  rules: readonly Rule[],
  index: KnowledgeIndex,
  settings: Settings,
  cache: AnalysisCache,
  options: DiagnosticsOptions,
): { kept: Pending[]; omitted: number; total: number; held?: HeldFindings } {
  const analysis = cache.get(document);
  const suppressions = readSuppressions(analysis, (offset) => document.positionAt(offset).line);
  const budget = { remaining: LARGE_FIX_BUDGET };
  const withFixes = options.fixEdits || options.fixTitles !== false;
  const fixesFor = (finding: Finding) => toLsp(document, heldFixes(finding, options.fixEdits, budget));
  const accepted = new Set(settings.acceptedTerms.map(normalizeSpace));
  const ignoredTexts = (ruleId: string) =>
    new Set(settings.ignoreFindings.filter((i) => i.rule === ruleId).map((i) => normalizeSpace(i.text)));
  const text = document.getText();
  // Capped (editors), a diagnostic is built only for the findings returned: a claim-dense document has thousands of
  // findings per version and shows a thousand. Uncapped (the CLI), each is held with its fixes at once, so that
  // nothing keeps the finding, and built once the analysis is let go of.
  // A finding the cut certainly leaves out leaves a hole (see LeftOut).
  const pending: (Pending | undefined)[] = [];
  const cut = options.capped ? new CapCut(settings.maxDiagnostics, rules) : undefined;
  const leftOut = new LeftOut(rules);
  const held = cut ? undefined : new HeldFindings(rules, !cache.oneShot);
  const inReferences = referenceListBlocks(analysis);
  // Published without edits, a diagnostic depends only on its finding and position (see builtBefore).
  const reuseDiagnostics = Boolean(options.capped && !options.fixEdits && !cache.oneShot);
  const build = (p: Pending): Diagnostic => {
    const { rule } = p;
    const finding = p.finding!;
    const data: DiagnosticData = {
      messageId: finding.messageId,
      ...(options.fixEdits && finding.data && Object.keys(finding.data).length ? { messageData: finding.data } : {}),
      sources: topSources(finding.sources, index),
      fixes: [],
    };
    const diagnostic: Diagnostic = {
      range: { start: startOf(document, p), end: endOf(document, p) },
      severity: p.severity,
      code: rule.meta.id,
      codeDescription: p.codeDescription,
      source: DIAGNOSTIC_SOURCE,
      message: finding.message,
      data,
    };
    return diagnostic;
  };
  for (const [ruleIndex, rule] of rules.entries()) {
    const severity = severityOf(rule, settings);
    if (severity === undefined) continue;
    const render = renderer(rule);
    const codeDescription = { href: RULE_DOCS_BASE + rule.meta.id + '.md' };
    const ignored = ignoredTexts(rule.meta.id);
    const acceptedHere = rule.meta.aboutTerms ? accepted : new Set<string>();
    const configured = settings.rules[rule.meta.id];
    // Each finding is taken as it is reported, so that no list of a rule's findings (each with the sentence analysis
    // its fixes need) is kept: 66,000 claim findings held 130 MB of a 15 MB document's heap.
    // `kept`: the finding comes from a per-sentence check as its block keeps it (no `finish` makes a new one), and
    // `kept` is that object, which the block reports again in the next version (moved with it, if it moves).
    const report = (finding: Finding, kept?: Finding) => {
      if (!rule.meta.checksReferenceLists && analysis.citations.inReferenceRegion(finding.start)) return;
      // Positions are computed for the diagnostics built (a capped list leaves most findings out); until then a
      // finding is placed by its offset.
      if (suppressions.length && isSuppressed(suppressions, document.positionAt(finding.start).line, rule.meta.id))
        return;
      // What the project accepts (its settings' acceptedTerms and ignoreFindings), wherever it stands.
      if (acceptedHere.size || ignored.size) {
        const flagged = normalizeSpace(text.slice(finding.start, finding.end));
        if (acceptedHere.has(flagged) || ignored.has(flagged)) return;
      }
      const severityHere =
        finding.severity && (!configured || configured === 'default') ? SEVERITY[finding.severity] : severity;
      if (held) {
        held.add(ruleIndex, severityHere, finding, placeOf(text, finding.start), {
          message: finding.message,
          ...(options.fixEdits && finding.data && Object.keys(finding.data).length
            ? { messageData: finding.data }
            : {}),
          sources: finding.sources,
          fixes: finding.fixes && withFixes ? heldFixes(finding, options.fixEdits, budget) : undefined,
        });
        return;
      }
      const p: Pending = {
        rule,
        finding,
        messageId: finding.messageId,
        startOffset: finding.start,
        at: placeOf(text, finding.start),
        endOffset: finding.end,
        severity: severityHere,
        codeDescription,
        ...(kept ? { kept } : {}),
      };
      pending.push(p);
      // A capped list lets go of the findings it certainly leaves out, as it goes.
      const out = cut!.add(p, pending.length - 1);
      if (out !== undefined) leftOut.add(pending, out, text);
    };
    rule.check({
      document: analysis,
      index,
      settings,
      report: (reported) => report(render(reported)),
      forEachSentence: (check, dependsOn = '', finish, contextOf) => {
        const reuse = !finish && reuseDiagnostics;
        cache.sentenceChecks.forEach(
          rule.meta.id,
          analysis,
          (sentence, reportInSentence) => check(sentence, (reported) => reportInSentence(render(reported))),
          dependsOn,
          finish
            ? (finding) => {
                const finished = finish(finding);
                if (finished) report(finished);
              }
            : (finding, kept) => report(finding, reuse ? kept : undefined),
          undefined,
          undefined,
          contextOf,
          rule.meta.checksReferenceLists ? undefined : inReferences,
        );
      },
    });
  }
  if (held) {
    held.sort(document);
    if (!cache.oneShot) cache.findings.set(analysis, held.byDiagnostic(document));
    return { kept: [], omitted: 0, total: held.order.length, held };
  }
  const shown = withoutSuperseded(
    document,
    pending.filter((p) => p !== undefined),
    rules,
    leftOut,
  );
  const total = shown.length + leftOut.count;
  // Only what the cut left can be kept: the rest need no sorting. A copy either way: `pending` keeps the order the
  // rules reported in.
  const sorted = (total > settings.maxDiagnostics ? shown.filter((p) => p.finding) : [...shown]).sort(
    (a, b) => a.at - b.at,
  );
  const { kept, omitted } = capPending(sorted, total, settings.maxDiagnostics);
  // Published without edits, a diagnostic depends only on its finding and position: a finding replayed from the last
  // version (or moved with its block) at the same position brings its diagnostic, fixes' titles and all.
  const built = reuseDiagnostics ? cache.diagnosticsBuilt(withFixes) : undefined;
  const fresh = new Set<Pending>();
  for (const p of kept) {
    const known = built && p.kept && builtBefore(document, built, p);
    if (known) {
      p.diagnostic = known;
      continue;
    }
    p.diagnostic = build(p);
    fresh.add(p);
  }
  // In the order the rules reported them (the large-fix budget goes to the first).
  if (withFixes)
    for (const p of pending)
      if (p && fresh.has(p) && p.finding?.fixes) (p.diagnostic!.data as DiagnosticData).fixes = fixesFor(p.finding);
  if (built) rememberBuilt(built, kept);
  // The finding behind each diagnostic, for code actions: kept only for the diagnostics returned.
  if (!cache.oneShot) {
    const byDiagnostic: FindingsByDiagnostic = new Map();
    for (const p of kept) {
      const { line, character } = startOf(document, p);
      const key = findingKey(p.rule.meta.id, line, character);
      byDiagnostic.set(key, [...(byDiagnostic.get(key) ?? []), p.finding!]);
    }
    cache.findings.set(analysis, byDiagnostic);
  }
  // The fixes of the findings kept for code actions reach this frame (through their rule's context): it must not keep
  // every finding of the version (a claim-dense 15 MB document has over 200,000).
  pending.length = 0;
  return { kept, omitted, total };
}

/** The diagnostic built for `p`'s kept finding in an earlier version at the same position, if still the same. */
function builtBefore(document: TextDocument, built: BuiltDiagnostics, p: Pending): Diagnostic | undefined {
  const finding = p.finding!;
  const known = built.get(p.kept!);
  if (!known) return undefined;
  const now = { start: startOf(document, p), end: endOf(document, p) };
  for (const diagnostic of Array.isArray(known) ? known : [known]) {
    if (diagnostic.severity !== p.severity || diagnostic.message !== finding.message) continue;
    const { start, end } = diagnostic.range;
    if (
      start.line === now.start.line &&
      start.character === now.start.character &&
      end.line === now.end.line &&
      end.character === now.end.character
    )
      return diagnostic;
  }
  return undefined;
}

/**
 * The diagnostics published for kept findings, by kept finding: a block whose text is repeated keeps one set of findings
 * for all its places, so one kept finding may have a diagnostic at each.
 */
export type BuiltDiagnostics = WeakMap<Finding, Diagnostic | Diagnostic[]>;

function rememberBuilt(built: BuiltDiagnostics, published: readonly Pending[]): void {
  const byKept = new Map<Finding, Diagnostic[]>();
  for (const p of published) if (p.kept) byKept.set(p.kept, [...(byKept.get(p.kept) ?? []), p.diagnostic!]);
  for (const [kept, diagnostics] of byKept) built.set(kept, diagnostics.length === 1 ? diagnostics[0]! : diagnostics);
}

/**
 * Uncapped findings (the CLI) from their report until their diagnostics are built, in columns: an object per finding
 * (and one per held record) cost about 200 bytes each, for 150,000 findings in 15 MB of plain text.
 */
class HeldFindings {
  private readonly records = new HeldStore();
  /** Per finding: its rule (index in `rules`), severity, start and end offsets, place (placeOf) and record. */
  private columns = new Int32Array(COLUMNS * 1024);
  private count = 0;
  private readonly messageIds: (string | undefined)[] = [];
  /** Kept for code actions (until `byDiagnostic`), unless the check is one-shot. */
  private findings: Finding[] | undefined;
  private readonly codeDescriptions: { href: string }[] = [];
  /** The findings shown, in document order (after `sort`). */
  order: Int32Array = new Int32Array(0);

  constructor(
    private readonly rules: readonly Rule[],
    keepFindings: boolean,
  ) {
    this.findings = keepFindings ? [] : undefined;
  }

  add(rule: number, severity: DiagnosticSeverity, finding: Finding, at: number, record: Held): void {
    const i = this.count++;
    if (COLUMNS * this.count > this.columns.length) {
      const grown = new Int32Array(this.columns.length * 2);
      grown.set(this.columns);
      this.columns = grown;
    }
    const c = this.columns;
    c[COLUMNS * i] = rule;
    c[COLUMNS * i + 1] = severity;
    c[COLUMNS * i + 2] = finding.start;
    c[COLUMNS * i + 3] = finding.end;
    c[COLUMNS * i + 4] = at;
    c[COLUMNS * i + 5] = this.records.put(record);
    this.messageIds.push(finding.messageId);
    this.findings?.push(finding);
  }

  /** Without the superseded findings, in document order (then the order they came in, as a stable sort keeps it). */
  sort(document: TextDocument): void {
    const c = this.columns;
    // Only the findings of rules that supersede or are superseded are compared, as capped lists' Pending.
    const involved = new Set<string>();
    for (const rule of this.rules)
      if (rule.meta.supersededBy) {
        involved.add(rule.meta.id);
        for (const id of Object.keys(rule.meta.supersededBy)) involved.add(id);
      }
    const compared: Pending[] = [];
    const comparedIndex = new Map<Pending, number>();
    for (let i = 0; i < this.count; i++) {
      const rule = this.rules[c[COLUMNS * i]!]!;
      if (!involved.has(rule.meta.id)) continue;
      const p: Pending = {
        rule,
        finding: undefined,
        messageId: this.messageIds[i],
        startOffset: c[COLUMNS * i + 2]!,
        endOffset: c[COLUMNS * i + 3]!,
        at: c[COLUMNS * i + 4]!,
        severity: c[COLUMNS * i + 1]! as DiagnosticSeverity,
        codeDescription: this.codeDescriptionOf(c[COLUMNS * i]!),
      };
      compared.push(p);
      comparedIndex.set(p, i);
    }
    const superseded = new Uint8Array(this.count);
    const shown = new Set(withoutSuperseded(document, compared, this.rules));
    for (const p of compared) if (!shown.has(p)) superseded[comparedIndex.get(p)!] = 1;
    let n = 0;
    const order = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) if (!superseded[i]) order[n++] = i;
    this.order = order.subarray(0, n).sort((a, b) => c[COLUMNS * a + 4]! - c[COLUMNS * b + 4]! || a - b);
  }

  /** The finding behind each diagnostic, for code actions (see FindingsByDiagnostic). */
  byDiagnostic(document: TextDocument): FindingsByDiagnostic {
    const byDiagnostic: FindingsByDiagnostic = new Map();
    for (const i of this.order) {
      const { line, character } = document.positionAt(this.columns[COLUMNS * i + 2]!);
      const key = findingKey(this.rules[this.columns[COLUMNS * i]!]!.meta.id, line, character);
      byDiagnostic.set(key, [...(byDiagnostic.get(key) ?? []), this.findings![i]!]);
    }
    this.findings = undefined;
    return byDiagnostic;
  }

  diagnostic(i: number, document: TextDocument, index: KnowledgeIndex): Diagnostic {
    const c = this.columns;
    const rule = c[COLUMNS * i]!;
    const held = this.records.take(c[COLUMNS * i + 5]!);
    const data: DiagnosticData = {
      messageId: this.messageIds[i],
      ...(held.messageData ? { messageData: held.messageData } : {}),
      sources: topSources(held.sources, index),
      fixes: held.fixes ? toLsp(document, held.fixes) : [],
    };
    return {
      range: { start: document.positionAt(c[COLUMNS * i + 2]!), end: document.positionAt(c[COLUMNS * i + 3]!) },
      severity: c[COLUMNS * i + 1]! as DiagnosticSeverity,
      code: this.rules[rule]!.meta.id,
      codeDescription: this.codeDescriptionOf(rule),
      source: DIAGNOSTIC_SOURCE,
      message: held.message,
      data,
    };
  }

  private codeDescriptionOf(rule: number): { href: string } {
    return (this.codeDescriptions[rule] ??= { href: RULE_DOCS_BASE + this.rules[rule]!.meta.id + '.md' });
  }
}

/** HeldFindings' columns per finding. */
const COLUMNS = 6;

/**
 * Uncapped findings' Held records until their diagnostics are built, each packed as the UTF-8 of one JSON text into
 * large buffers: as objects, a claim-dense 15 MB document's 84,000 records were held at once with its analysis, taking
 * CLI JSON and SARIF over 520 MB. What JSON would not give back alike (a number such as NaN or -0) stays an object.
 * A record is named by its number; where it lies is kept in one typed array, not an object per record.
 */
export class HeldStore {
  private readonly chunks: Buffer[] = [];
  /** The chunk records are written to, and how much of it is used. */
  private current = -1;
  private used = 0;
  /** The current chunk's size: 0 before the first. */
  private size = 0;
  /** Per record: its chunk, where it ends there and its length in bytes. */
  private places = new Int32Array(3 * 1024);
  private count = 0;
  /** Per record: its sources, shared arrays (an entity's), ranked once per array (topSources): kept as they are. */
  private readonly sources: (readonly string[] | undefined)[] = [];
  /** The message data JSON would change, by record. */
  private readonly inexact = new Map<number, MessageData>();

  put({ message, messageData, sources, fixes }: Held): number {
    const exact = messageData === undefined || Object.entries(messageData).every(packsExactly);
    const packed = JSON.stringify([
      message,
      exact ? (messageData ?? null) : null,
      fixes?.map((f) => [
        f.title,
        f.isPreferred ?? null,
        f.edits?.flatMap((e) => [e.start, e.end, e.newText]) ?? null,
      ]) ?? null,
    ]);
    const length = Buffer.byteLength(packed);
    let chunk: number;
    if (length > HELD_CHUNK / 4) {
      // A large fix's record (renumbering a long reference list) in a buffer of its own.
      chunk = this.chunks.push(Buffer.from(packed)) - 1;
    } else {
      if (this.used + length > this.size) {
        // Each chunk twice the last, from a small one: most documents hold a few kB of records, and the CLI allocated
        // a 1 MB chunk for each file of a folder.
        this.size = Math.min(HELD_CHUNK, Math.max(FIRST_HELD_CHUNK, this.size * 2));
        while (this.size < length) this.size *= 2;
        this.current = this.chunks.push(Buffer.allocUnsafeSlow(this.size)) - 1;
        this.used = 0;
      }
      chunk = this.current;
      this.chunks[chunk]!.write(packed, this.used);
      this.used += length;
    }
    const record = this.count++;
    if (3 * this.count > this.places.length) {
      const grown = new Int32Array(this.places.length * 2);
      grown.set(this.places);
      this.places = grown;
    }
    this.places[3 * record] = chunk;
    this.places[3 * record + 1] = chunk === this.current ? this.used : length;
    this.places[3 * record + 2] = length;
    this.sources.push(sources);
    if (!exact) this.inexact.set(record, messageData!);
    return record;
  }

  take(record: number): Held {
    const chunk = this.places[3 * record]!;
    const end = this.places[3 * record + 1]!;
    const length = this.places[3 * record + 2]!;
    const [message, messageData, fixes] = JSON.parse(this.chunks[chunk]!.toString('utf8', end - length, end)) as [
      string,
      MessageData | null,
      [string, boolean | null, (number | string)[] | null][] | null,
    ];
    const data = this.inexact.get(record) ?? messageData ?? undefined;
    return {
      message,
      ...(data ? { messageData: data } : {}),
      sources: this.sources[record],
      fixes: fixes?.map(([title, isPreferred, flat]) => ({
        title,
        isPreferred: isPreferred ?? undefined,
        ...(flat ? { edits: unflatten(flat) } : {}),
      })),
    };
  }
}

const HELD_CHUNK = 1 << 20;
const FIRST_HELD_CHUNK = 1 << 14;

/** A message value JSON gives back alike. */
const packsExactly = ([key, value]: [string, string | number]) =>
  key !== '__proto__' && (typeof value === 'string' || (Number.isFinite(value) && !Object.is(value, -0)));

function unflatten(flat: readonly (number | string)[]): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < flat.length; i += 3)
    edits.push({ start: flat[i] as number, end: flat[i + 1] as number, newText: flat[i + 2] as string });
  return edits;
}

/** An uncapped finding until its diagnostic is built: what the diagnostic says, fixes by offset. */
export interface Held {
  message: string;
  messageData?: MessageData;
  sources: readonly string[] | undefined;
  fixes: HeldFix[] | undefined;
}

/** A fix by offsets; only its title once the large-fix budget is spent, or when edits are not wanted. */
interface HeldFix {
  title: string;
  isPreferred?: boolean;
  edits?: readonly Edit[];
}

/** A finding of a capped list that passed the filters, with its place; its Diagnostic once built. */
interface Pending {
  rule: Rule;
  /** Let go of once certainly left out. */
  finding: Finding | undefined;
  messageId: string | undefined;
  startOffset: number;
  /** Orders findings as their start positions do (see placeOf). */
  at: number;
  endOffset: number;
  /** Computed when needed (a diagnostic built, a superseding finding compared). */
  start?: Position;
  end?: Position;
  severity: DiagnosticSeverity;
  codeDescription: { href: string };
  diagnostic?: Diagnostic;
  /** The object a per-sentence check keeps for its finding and replays (see collect's report). */
  kept?: Finding;
}

const startOf = (document: TextDocument, p: Pending) => (p.start ??= document.positionAt(p.startOffset));
const endOf = (document: TextDocument, p: Pending) => (p.end ??= document.positionAt(p.endOffset));

/**
 * An offset as the place its position names: equal for two offsets exactly when positionAt gives both the same
 * position, and ordered as those positions are. positionAt puts the "\n" of a "\r\n" at the "\r", and clamps.
 */
function placeOf(text: string, offset: number): number {
  const at = Math.max(0, Math.min(offset, text.length));
  return at > 0 && text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13 ? at - 1 : at;
}

/**
 * While a capped list is collected: the findings it will certainly leave out. capPending keeps the `max - 1` first
 * by severity, then position, then the order they came in; a finding no rule supersedes is certainly kept by
 * withoutSuperseded, so once `max` such findings come before one, the list has more than `max` and that one is left
 * out.
 */
class CapCut {
  /** The first `max` findings no rule supersedes, as a heap with the last of them on top. */
  private readonly heap: { p: Pending; order: number }[] = [];
  private readonly supersedable: Set<string>;
  constructor(
    private readonly max: number,
    rules: readonly Rule[],
  ) {
    this.supersedable = new Set(rules.filter((r) => r.meta.supersededBy).map((r) => r.meta.id));
  }

  /** Adds the `order`-th finding: returns the order of one now certainly left out (this one or an earlier), if any. */
  add(p: Pending, order: number): number | undefined {
    const entry = { p, order };
    const { heap } = this;
    if (heap.length === this.max && after(entry, heap[0]!)) return order;
    if (this.supersedable.has(p.rule.meta.id)) return undefined;
    if (heap.length < this.max) {
      heap.push(entry);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!after(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
      return undefined;
    }
    const out = heap[0]!.order;
    heap[0] = entry;
    for (let i = 0; ; ) {
      let last = i;
      for (const child of [2 * i + 1, 2 * i + 2])
        if (child < heap.length && after(heap[child]!, heap[last]!)) last = child;
      if (last === i) break;
      [heap[i], heap[last]] = [heap[last]!, heap[i]!];
      i = last;
    }
    return out;
  }
}

/** Whether `a` comes after `b` in capPending's order: severity, position, then the order they came in. */
function after(a: { p: Pending; order: number }, b: { p: Pending; order: number }): boolean {
  return (a.p.severity - b.p.severity || a.p.at - b.p.at || a.order - b.order) > 0;
}

/**
 * The findings a capped list certainly leaves out, as few objects as they can be: a 15 MB claim-dense document reports
 * about 250,000 findings per version and shows a thousand, and an object per finding was about 25 MB at each check's
 * end. A finding a rule may supersede stays (it counts only if not superseded); one that may supersede another is kept
 * as its span, by rule and message; the rest are counted.
 */
class LeftOut {
  count = 0;
  /** Per superseding rule, per message id: the places (placeOf) of the findings' starts and ends. */
  readonly spans = new Map<string, Map<string, number[]>>();
  private readonly supersedable = new Set<string>();

  constructor(rules: readonly Rule[]) {
    for (const rule of rules) {
      const by = rule.meta.supersededBy;
      if (!by) continue;
      this.supersedable.add(rule.meta.id);
      for (const [id, messageIds] of Object.entries(by)) {
        let byMessage = this.spans.get(id);
        if (!byMessage) this.spans.set(id, (byMessage = new Map()));
        for (const m of messageIds ?? []) byMessage.set(m, []);
      }
    }
  }

  add(pending: (Pending | undefined)[], order: number, text: string): void {
    const p = pending[order]!;
    if (this.supersedable.has(p.rule.meta.id)) {
      p.finding = undefined;
      return;
    }
    pending[order] = undefined;
    this.count++;
    this.spans
      .get(p.rule.meta.id)
      ?.get(p.messageId ?? '')
      ?.push(p.at, placeOf(text, p.endOffset));
  }
}

/**
 * Whether a span of `spans` ([start, end, …] places) overlaps [at, end): spans sorted by start, with the largest end
 * so far, tell it by one binary search.
 */
function overlapsAny(spans: { starts: Int32Array; maxEnds: Int32Array }, at: number, end: number): boolean {
  let low = 0;
  let high = spans.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans.starts[middle]! < end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && spans.maxEnds[low - 1]! > at;
}

function sortedSpans(flat: readonly number[]): { starts: Int32Array; maxEnds: Int32Array } {
  const n = flat.length / 2;
  const order = new Int32Array(n).map((_, i) => i).sort((a, b) => flat[2 * a]! - flat[2 * b]!);
  const starts = new Int32Array(n);
  const maxEnds = new Int32Array(n);
  let maxEnd = -1;
  order.forEach((i, k) => {
    starts[k] = flat[2 * i]!;
    maxEnd = Math.max(maxEnd, flat[2 * i + 1]!);
    maxEnds[k] = maxEnd;
  });
  return { starts, maxEnds };
}

/**
 * Without the findings another rule's finding on the same text makes moot (`meta.supersededBy`), whether that finding
 * is pending or was left out (`leftOut`).
 */
function withoutSuperseded(
  document: TextDocument,
  pending: Pending[],
  rules: readonly Rule[],
  leftOut?: LeftOut,
): Pending[] {
  const superseding = new Map(rules.filter((r) => r.meta.supersededBy).map((r) => [r.meta.id, r.meta.supersededBy!]));
  // Most versions of a claim-dense document have no finding another can supersede: nothing to index.
  if (!pending.some((p) => superseding.has(p.rule.meta.id))) return pending;
  const text = document.getText();
  const endAt = (p: Pending) => placeOf(text, p.endOffset);
  const overlap = (a: Pending, b: Pending) => a.at < endAt(b) && b.at < endAt(a);
  // Findings that may supersede others, by each line they cover: a finding is compared with those on its lines
  // only (comparing each with every other took tens of milliseconds per edit on a claim-dense document).
  const codes = new Set(Array.from(superseding.values(), (by) => Object.keys(by)).flat());
  const byLine = new Map<number, Pending[]>();
  for (const p of pending) {
    if (!codes.has(p.rule.meta.id)) continue;
    for (let line = startOf(document, p).line; line <= endOf(document, p).line; line++) {
      const onLine = byLine.get(line);
      if (onLine) onLine.push(p);
      else byLine.set(line, [p]);
    }
  }
  const supersedes = (by: Partial<Record<string, readonly string[]>>, p: Pending, other: Pending) =>
    by[other.rule.meta.id]?.includes(other.messageId ?? '') && overlap(p, other);
  const spans = new Map<string, ReturnType<typeof sortedSpans>>();
  for (const [id, byMessage] of leftOut?.spans ?? [])
    for (const [m, flat] of byMessage) if (flat.length) spans.set(`${id}\0${m}`, sortedSpans(flat));
  return pending.filter((p) => {
    const by = superseding.get(p.rule.meta.id);
    if (!by) return true;
    for (let line = startOf(document, p).line; line <= endOf(document, p).line; line++)
      if (byLine.get(line)?.some((other) => supersedes(by, p, other))) return false;
    for (const [id, messageIds] of Object.entries(by))
      for (const m of messageIds ?? []) {
        const left = spans.get(`${id}\0${m}`);
        if (left && overlapsAny(left, p.at, endAt(p))) return false;
      }
    return true;
  });
}

/**
 * Text as the project's lists compare it: runs of white space (a line break in a paragraph) as one space,
 * without a closing full stop or other end punctuation.
 */
export const normalizeSpace = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,!?]+$/, '');

const titleOnly = (fix: Fix): HeldFix => ({ title: fix.title, isPreferred: fix.isPreferred });

/** A finding's fixes as LSP edits; large ones while `budget` lasts (see LARGE_FIX_BUDGET), then titles only. */
export function fixesOf(
  document: TextDocument,
  finding: Finding,
  budget = { remaining: Number.POSITIVE_INFINITY },
): DiagnosticData['fixes'] {
  return toLsp(document, heldFixes(finding, true, budget));
}

/** A finding's fixes by offset: with their edits (large ones while `budget` lasts), or titles only. */
function heldFixes(finding: Finding, withEdits: boolean, budget: { remaining: number }): HeldFix[] {
  return fixesOfFinding(finding).map((fix) => {
    if (!withEdits || (fix.large && budget.remaining <= 0)) return titleOnly(fix);
    const edits = fix.edits;
    if (fix.large) for (const e of edits) budget.remaining -= EDIT_COST + e.newText.length;
    return { title: fix.title, isPreferred: fix.isPreferred, edits };
  });
}

function toLsp(document: TextDocument, fixes: readonly HeldFix[]): DiagnosticData['fixes'] {
  return fixes.map(({ title, isPreferred, edits }) =>
    edits
      ? {
          title,
          isPreferred,
          edits: edits.map((e) => ({
            range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
            newText: e.newText,
          })),
        }
      : { title, isPreferred },
  );
}

/** The finding behind a diagnostic of this document version (matched by code, start and message), if any. */
export function findingOf(byDiagnostic: FindingsByDiagnostic, diagnostic: Diagnostic): Finding | undefined {
  const candidates =
    byDiagnostic.get(
      findingKey(String(diagnostic.code), diagnostic.range.start.line, diagnostic.range.start.character),
    ) ?? [];
  return candidates.find((f) => f.message === diagnostic.message) ?? candidates[0];
}

/** How many sources a finding carries: the most authoritative; the hover card lists them all. */
export const MAX_FINDING_SOURCES = 3;

/**
 * A finding's sources, label and regulator first (the knowledge base's authority order), at most
 * MAX_FINDING_SOURCES. They travel as ids, never as related information: that is for places in documents.
 */
function topSources(ids: readonly string[] | undefined, index: KnowledgeIndex): string[] {
  if (!ids?.length) return [];
  // Findings share their sources' arrays (an entity's, a replayed finding's): each is ranked once per index.
  let ranked = rankedSources.get(index);
  if (!ranked) rankedSources.set(index, (ranked = new WeakMap()));
  let top = ranked.get(ids);
  if (!top) ranked.set(ids, (top = index.byAuthority([...new Set(ids)]).slice(0, MAX_FINDING_SOURCES)));
  return [...top];
}

const rankedSources = new WeakMap<KnowledgeIndex, WeakMap<readonly string[], string[]>>();

/**
 * The `max - 1` most severe findings (in document order) and how many of `total` were left out, for a note at the
 * document's start: an editor cannot show a document's 300,000 findings, and sending them costs 300 MB. `sorted` holds
 * every finding the cut did not certainly leave out, in document order.
 */
function capPending(sorted: Pending[], total: number, max: number): { kept: Pending[]; omitted: number } {
  if (total <= max) return { kept: sorted, omitted: 0 };
  // Array.prototype.sort is stable: document order within a severity.
  const kept = [...sorted]
    .sort((a, b) => a.severity - b.severity)
    .slice(0, max - 1)
    .sort((a, b) => a.at - b.at);
  return { kept, omitted: total - kept.length };
}

function omittedNote(omitted: number, total: number, max: number): Diagnostic {
  const start = { line: 0, character: 0 };
  return {
    range: { start, end: start },
    severity: DiagnosticSeverity.Information,
    code: OMITTED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `${omitted.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} findings are not shown (setting therapyLint.maxDiagnostics is ${max.toLocaleString('en-US')}; the most severe are shown first). Fix those, raise the setting, or run the therapy-lint command line to see them all.`,
    data: { sources: [], fixes: [] } satisfies DiagnosticData,
  };
}

import { closest, distance } from 'fastest-levenshtein';
import type { SeverityName } from '../document/findings';
import type { DocumentLanguage } from '../text/prose';

export type { SeverityName };

/** Diagnostic codes: the contract shared by the server, the CLI, SARIF output and settings. */
export const DIAGNOSTIC_CODES = [
  'unsupported-claim',
  'overstated-claim',
  'unchecked-claim',
  'missing-citation',
  'unknown-reference',
  'uncited-reference',
  'deprecated-term',
  'misspelled-term',
  'generic-name-missing',
  'undefined-abbreviation',
  'inconsistent-term',
  'unexplained-suppression',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type RuleSetting = SeverityName | 'off' | 'default';

export interface Settings {
  /** Per rule: 'off' disables it, a severity overrides its default. */
  rules: Partial<Record<string, RuleSetting>>;
  /** Extra knowledge-base folders (absolute, or relative to the workspace). */
  knowledgeBasePaths: string[];
  /** Documents larger than this many bytes are skipped with one message. */
  maxFileSize: number;
  /** An editor is sent at most this many diagnostics per document, the most severe first (the CLI reports all). */
  maxDiagnostics: number;
  /** Where a citation must stand for a claim: in the sentence, or anywhere in its paragraph. */
  citationPlacement: 'sentence' | 'paragraph';
  /** How a brand's first mention pairs with its generic name. */
  genericNameStyle: 'generic (Brand)' | 'Brand (generic)';
  /** Document languages that get diagnostics (hover and completion work in all). */
  languages: DocumentLanguage[];
  /** The audience, which sets each rule's default severity (see PROFILES). */
  profile: Profile;
  /** Terms and abbreviations the project accepts as written: term rules (`meta.aboutTerms`) leave them alone. */
  acceptedTerms: string[];
  /** Findings the project accepts: a rule's finding on exactly this text (whitespace aside) is not reported. */
  ignoreFindings: IgnoredFinding[];
  /** Files not checked: globs, relative to the folder of the file that lists them. */
  ignorePaths: string[];
}

export interface IgnoredFinding {
  rule: string;
  text: string;
}

export type Profile = 'manuscript' | 'promotional' | 'patient';
/**
 * Default severities by audience, over each rule's own (the manuscript default). Promotional copy must give a
 * brand's established name (21 CFR 202.1(b)(1)) and may not overstate; patients cannot look up an abbreviation.
 */
export const PROFILES: Record<Profile, Partial<Record<DiagnosticCode, SeverityName>>> = {
  manuscript: {},
  promotional: { 'generic-name-missing': 'warning', 'inconsistent-term': 'information', 'overstated-claim': 'error' },
  patient: { 'undefined-abbreviation': 'warning', 'overstated-claim': 'error' },
};

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  knowledgeBasePaths: [],
  maxFileSize: 16 * 1024 * 1024,
  maxDiagnostics: 1000,
  citationPlacement: 'sentence',
  genericNameStyle: 'generic (Brand)',
  languages: ['markdown', 'plaintext', 'latex'],
  profile: 'manuscript',
  acceptedTerms: [],
  ignoreFindings: [],
  ignorePaths: [],
};

/** Every key a settings object or a project file may hold (and `$schema`, for editors). */
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

const LANGUAGES: readonly unknown[] = ['markdown', 'plaintext', 'latex'];
const RULE_SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off', 'default']);

/**
 * Turns whatever the client or a config file sent into Settings. Unknown keys and bad values are
 * dropped with a warning each, never an error.
 */
export function normalizeSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const { layer, warnings } = readSettingsLayer(raw);
  return { settings: applyLayers(DEFAULT_SETTINGS, [layer]), warnings };
}

/** What one source of settings sets (an editor's, a project file's), each key only if given and valid. */
export type SettingsLayer = Partial<Settings>;

const nearestKey = (key: string): string => {
  const near = closest(key, SETTING_KEYS);
  return near && distance(key.toLowerCase(), near.toLowerCase()) <= Math.max(2, key.length / 3)
    ? `; did you mean "${near}"?`
    : '';
};

/**
 * The settings one source sets, validated: unknown keys (with the nearest known one) and bad values are
 * warnings, and left out. `settings: "rules.x"` style dotted keys are not read: `rules` is an object.
 */
export function readSettingsLayer(raw: unknown): { layer: SettingsLayer; warnings: string[] } {
  const warnings: string[] = [];
  const layer: SettingsLayer = {};
  if (raw === undefined || raw === null) return { layer, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push('therapy-lint settings must be an object; using defaults');
    return { layer, warnings };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          const rules: Settings['rules'] = {};
          for (const [rule, level] of Object.entries(value as Record<string, unknown>)) {
            if (!(DIAGNOSTIC_CODES as readonly string[]).includes(rule)) {
              const near = closest(rule, DIAGNOSTIC_CODES as readonly string[]);
              const hint = near && distance(rule, near) <= 3 ? `; did you mean "${near}"?` : '';
              warnings.push(`unknown rule "${rule}" in settings ignored${hint}`);
            } else if (typeof level === 'string' && RULE_SETTINGS.has(level)) rules[rule] = level as RuleSetting;
            else if (typeof level === 'boolean') rules[rule] = level ? 'default' : 'off';
            else warnings.push(`setting rules.${rule} must be one of ${[...RULE_SETTINGS].join(', ')}; ignored`);
          }
          layer.rules = rules;
        } else warnings.push('setting "rules" must be an object; ignored');
        break;
      case 'knowledgeBasePaths':
        if (isStringList(value)) layer.knowledgeBasePaths = value;
        else warnings.push('setting "knowledgeBasePaths" must be a list of folders; ignored');
        break;
      case 'maxFileSize':
        if (typeof value === 'number' && value > 0) layer.maxFileSize = value;
        else warnings.push('setting "maxFileSize" must be a positive number of bytes; ignored');
        break;
      case 'maxDiagnostics':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) layer.maxDiagnostics = value;
        else warnings.push('setting "maxDiagnostics" must be a whole number, 1 or more; ignored');
        break;
      case 'citationPlacement':
        if (value === 'sentence' || value === 'paragraph') layer.citationPlacement = value;
        else warnings.push('setting "citationPlacement" must be "sentence" or "paragraph"; ignored');
        break;
      case 'genericNameStyle':
        if (value === 'generic (Brand)' || value === 'Brand (generic)') layer.genericNameStyle = value;
        else warnings.push('setting "genericNameStyle" must be "generic (Brand)" or "Brand (generic)"; ignored');
        break;
      case 'languages':
        if (Array.isArray(value) && value.every((v) => LANGUAGES.includes(v)))
          layer.languages = [...new Set(value as DocumentLanguage[])];
        else warnings.push(`setting "languages" must be a list of ${LANGUAGES.join(', ')}; ignored`);
        break;
      case 'profile':
        if (value === 'manuscript' || value === 'promotional' || value === 'patient') layer.profile = value;
        else warnings.push('setting "profile" must be "manuscript", "promotional" or "patient"; ignored');
        break;
      case 'acceptedTerms':
        if (isStringList(value)) layer.acceptedTerms = value.map((t) => t.trim()).filter(Boolean);
        else warnings.push('setting "acceptedTerms" must be a list of terms; ignored');
        break;
      case 'ignoreFindings':
        if (Array.isArray(value) && value.every(isIgnoredFinding))
          layer.ignoreFindings = value.map(({ rule, text }) => ({ rule, text }));
        else
          warnings.push('setting "ignoreFindings" must be a list of { "rule": code, "text": flagged text }; ignored');
        break;
      case 'ignorePaths':
        if (isStringList(value)) layer.ignorePaths = value;
        else warnings.push('setting "ignorePaths" must be a list of glob patterns; ignored');
        break;
      default:
        warnings.push(`unknown setting "${key}" ignored${nearestKey(key)}`);
    }
  }
  return { layer, warnings };
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

const isIgnoredFinding = (value: unknown): value is IgnoredFinding =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as IgnoredFinding).rule === 'string' &&
  typeof (value as IgnoredFinding).text === 'string' &&
  (value as IgnoredFinding).text.trim() !== '';

/**
 * Settings from layers, lowest first: a later layer's value wins key by key; `rules` merge rule by rule;
 * the lists (accepted terms, ignored findings and paths, knowledge-base folders) add up.
 */
export function applyLayers(base: Settings, layers: readonly SettingsLayer[]): Settings {
  const settings: Settings = { ...base, rules: { ...base.rules } };
  for (const key of LIST_KEYS) (settings[key] as unknown[]) = [...(base[key] as unknown[])];
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer) as [keyof Settings, unknown][]) {
      if (value === undefined) continue;
      if (key === 'rules') Object.assign(settings.rules, value);
      else if (LIST_KEYS.has(key))
        (settings[key] as unknown[]) = [...(settings[key] as unknown[]), ...(value as unknown[])];
      else (settings as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return settings;
}

const LIST_KEYS = new Set<keyof Settings>(['acceptedTerms', 'ignoreFindings', 'ignorePaths', 'knowledgeBasePaths']);

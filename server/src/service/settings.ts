import type { SeverityName } from '../document/findings';
import type { DocumentLanguage } from '../text/prose';

export type { SeverityName };

/** Diagnostic codes: the contract shared by the server, the CLI, SARIF output and settings. */
export const DIAGNOSTIC_CODES = [
  'unsupported-claim',
  'overstated-claim',
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
};

const LANGUAGES: readonly unknown[] = ['markdown', 'plaintext', 'latex'];
const RULE_SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off', 'default']);

/**
 * Turns whatever the client or a config file sent into Settings. Unknown keys and bad values are
 * dropped with a warning each, never an error.
 */
export function normalizeSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const warnings: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {}, knowledgeBasePaths: [] };
  if (raw === undefined || raw === null) return { settings, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push('therapy-lint settings must be an object; using defaults');
    return { settings, warnings };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'rules':
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const [rule, level] of Object.entries(value as Record<string, unknown>)) {
            if (!(DIAGNOSTIC_CODES as readonly string[]).includes(rule))
              warnings.push(`unknown rule "${rule}" in settings ignored`);
            else if (typeof level === 'string' && RULE_SETTINGS.has(level)) settings.rules[rule] = level as RuleSetting;
            else if (typeof level === 'boolean') settings.rules[rule] = level ? 'default' : 'off';
            else warnings.push(`setting rules.${rule} must be one of ${[...RULE_SETTINGS].join(', ')}; ignored`);
          }
        } else warnings.push('setting "rules" must be an object; ignored');
        break;
      case 'knowledgeBasePaths':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
          settings.knowledgeBasePaths = value as string[];
        else warnings.push('setting "knowledgeBasePaths" must be a list of folders; ignored');
        break;
      case 'maxFileSize':
        if (typeof value === 'number' && value > 0) settings.maxFileSize = value;
        else warnings.push('setting "maxFileSize" must be a positive number of bytes; ignored');
        break;
      case 'maxDiagnostics':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) settings.maxDiagnostics = value;
        else warnings.push('setting "maxDiagnostics" must be a whole number, 1 or more; ignored');
        break;
      case 'citationPlacement':
        if (value === 'sentence' || value === 'paragraph') settings.citationPlacement = value;
        else warnings.push('setting "citationPlacement" must be "sentence" or "paragraph"; ignored');
        break;
      case 'genericNameStyle':
        if (value === 'generic (Brand)' || value === 'Brand (generic)') settings.genericNameStyle = value;
        else warnings.push('setting "genericNameStyle" must be "generic (Brand)" or "Brand (generic)"; ignored');
        break;
      case 'languages':
        if (Array.isArray(value) && value.every((v) => LANGUAGES.includes(v)))
          settings.languages = [...new Set(value as DocumentLanguage[])];
        else warnings.push(`setting "languages" must be a list of ${LANGUAGES.join(', ')}; ignored`);
        break;
      case 'profile':
        if (value === 'manuscript' || value === 'promotional' || value === 'patient') settings.profile = value;
        else warnings.push('setting "profile" must be "manuscript", "promotional" or "patient"; ignored');
        break;
      default:
        warnings.push(`unknown setting "${key}" ignored`);
    }
  }
  return { settings, warnings };
}

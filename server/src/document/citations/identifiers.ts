// DOIs, PMIDs and URLs in a reference's text: what ties an entry to a knowledge-base source.

const URL_RE = /https?:\/\/[^\s<>"'{}]+/gi;
const DOI_RE = /\b(10\.\d{4,9}\/[^\s"<>{}]+)/i;
const PMID_RE = /\bPMID:?\s*(\d{1,9})\b/i;

export function identifiersOf(text: string): { urls: string[]; doi?: string; pmid?: string } {
  const urls = [...text.matchAll(URL_RE)].map((m) => trimTrailing(m[0]));
  const doi = DOI_RE.exec(text)?.[1];
  const pmid = PMID_RE.exec(text)?.[1];
  return { urls, ...(doi ? { doi: trimTrailing(doi) } : {}), ...(pmid ? { pmid } : {}) };
}

/** Sentence punctuation after an identifier is not part of it; a closing bracket is only when unbalanced. */
function trimTrailing(value: string): string {
  let v = value.replace(/[.,;:]+$/, '');
  while (/[)\]]$/.test(v) && count(v, v.endsWith(')') ? '(' : '[') < count(v, v.endsWith(')') ? ')' : ']'))
    v = v.slice(0, -1).replace(/[.,;:]+$/, '');
  return v;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

export function normalizeUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');
}

export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .toLowerCase()
    .replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/, '');
}

/** Lower case, letters and digits only, single spaces: for title containment. */
export function normalizeTitle(text: string): string {
  return ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Format-only checks (no network): a DOI is "10.<registrant>/<suffix>", a PMID is 1–8 digits. */
export function identifierProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\bdoi:\s*(\S+)/gi)) {
    const value = trimTrailing(m[1]!);
    if (!/^10\.\d{4,9}\/\S+$/.test(value))
      problems.push(`"${value}" is not a well-formed DOI (10.<registrant>/<suffix>)`);
  }
  for (const m of text.matchAll(/\bPMID:?\s*([^\s,;.]+)/gi)) {
    if (!/^\d{1,8}$/.test(m[1]!)) problems.push(`"${m[1]}" is not a well-formed PMID (1 to 8 digits)`);
  }
  return problems;
}

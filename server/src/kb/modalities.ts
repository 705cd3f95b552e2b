/** Modalities by name, where the knowledge base has no entity of that id to name them. */
const MODALITY_LABEL: Readonly<Record<string, string | undefined>> = {
  'car-t': 'CAR T-cell therapy',
  'car-nk': 'CAR NK-cell therapy',
  'tcr-t': 'TCR T-cell therapy',
  til: 'tumor-infiltrating lymphocyte therapy',
  'virus-specific-t-cell': 'virus-specific T-cell therapy',
  'bispecific-t-cell-engager': 'bispecific T-cell engager',
  'monoclonal-antibody': 'monoclonal antibody',
  'receptor-antagonist': 'receptor antagonist',
  'kinase-inhibitor': 'kinase inhibitor',
  'mtor-inhibitor': 'mTOR inhibitor',
  'somatostatin-analog': 'somatostatin analog',
  radioligand: 'radioligand therapy',
  chemotherapy: 'chemotherapy',
  corticosteroid: 'corticosteroid',
  'tryptophan-hydroxylase-inhibitor': 'tryptophan hydroxylase inhibitor',
  regimen: 'regimen',
};

/** A modality's name in words: "mTOR inhibitor" for `mtor-inhibitor`, an unknown kind with spaces for hyphens. */
export function modalityLabel(modality: string): string {
  return MODALITY_LABEL[modality] ?? modality.replace(/-/g, ' ');
}

/**
 * The checks that need the report as a whole (after the merge): the budget against the PK, the efficiency table's
 * coverage, implausible capaian and history, the Analisis texts and the narrative against the numbers.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { checkEfficiencyCoverage, checkPkBudget } from './check-budget-plan.ts';
import { checkCapaianPlausible } from './check-capaian-plausible.ts';
import { checkNarrativeClaims } from './check-narrative-claims.ts';
import { checkSuccessClaims } from './check-success-claims.ts';

/** Every whole-report diagnostic, in a stable order. */
export function checkReport(
  dataset: Dataset,
  divisions: readonly Division[],
  ref: Reference,
  narrative: Readonly<Record<string, string>>,
): Diagnostic[] {
  return [
    ...checkPkBudget(divisions, ref),
    ...checkEfficiencyCoverage(dataset, ref),
    ...checkCapaianPlausible(dataset, divisions, ref),
    ...checkSuccessClaims(dataset, divisions),
    ...checkNarrativeClaims(narrative, dataset),
  ];
}

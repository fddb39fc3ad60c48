/** Public API of the safety check. */
export { MnContraindicationCheck } from '../elements/mn-contraindication-check/mn-contraindication-check.js';
export { evaluateScreening, preparationPlan } from '../domain/screening/evaluate.js';
export type { Answers, Finding, PlannedStep, ScreeningOptions, ScreeningResult } from '../domain/screening/evaluate.js';
export { DEFAULT_RULES } from '../domain/screening/items.js';
export type { Item, Rules, Step, Window } from '../domain/screening/items.js';
export { parseScreeningConfig } from '../domain/screening/config.js';
export type { ConfigProblem } from '../domain/screening/config.js';

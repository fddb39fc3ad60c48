/** Public API of the aftercare timeline. */
export { MnAftercareTimeline } from '../elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
export { buildAftercare, parseTreatedAt } from '../domain/aftercare/schedule.js';
export type { Aftercare, AftercareOptions, Milestone, Phase } from '../domain/aftercare/schedule.js';
export { DEFAULT_PROTOCOL, parseProtocol } from '../domain/aftercare/protocol.js';
export type { PhaseDef, Protocol, ProtocolError } from '../domain/aftercare/protocol.js';

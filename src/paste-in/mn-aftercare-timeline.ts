/**
 * The paste-in script `mn-aftercare-timeline.js` (window.MnAftercare): <mn-clinic> and the
 * aftercare timeline, with their API. Self-contained; beside the other scripts on one page they
 * share the clinic (whichever script loads first defines <mn-clinic>).
 */
import { MnAftercareTimeline } from '../elements/mn-aftercare-timeline/mn-aftercare-timeline.js';
import { MnClinic } from '../elements/mn-clinic/mn-clinic.js';
import { register } from '../register.js';

register({ 'mn-clinic': MnClinic, 'mn-aftercare-timeline': MnAftercareTimeline });

export * from '../api/core.js';
export * from '../api/aftercare.js';

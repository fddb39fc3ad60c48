/** `import 'mn-widgets/elements/mn-aftercare-timeline.js'`: registers <mn-aftercare-timeline>, and <mn-clinic> with it (unless a tag is taken). */
import { register } from '../register.js';
import { MnClinic } from './mn-clinic/mn-clinic.js';
import { MnAftercareTimeline } from './mn-aftercare-timeline/mn-aftercare-timeline.js';

register({ 'mn-clinic': MnClinic, 'mn-aftercare-timeline': MnAftercareTimeline });

export { MnAftercareTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'mn-clinic': MnClinic;
    'mn-aftercare-timeline': MnAftercareTimeline;
  }
}

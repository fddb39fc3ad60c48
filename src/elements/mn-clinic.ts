/** `import 'mn-widgets/elements/mn-clinic.js'`: registers <mn-clinic> (unless the tag is taken). */
import { register } from '../register.js';
import { MnClinic } from './mn-clinic/mn-clinic.js';

register({ 'mn-clinic': MnClinic });

export { MnClinic };

declare global {
  interface HTMLElementTagNameMap {
    'mn-clinic': MnClinic;
  }
}

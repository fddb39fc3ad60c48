/** `import 'mn-widgets/elements/mn-contraindication-check.js'`: registers <mn-contraindication-check>, and <mn-clinic> with it (unless a tag is taken). */
import { register } from '../register.js';
import { MnClinic } from './mn-clinic/mn-clinic.js';
import { MnContraindicationCheck } from './mn-contraindication-check/mn-contraindication-check.js';

register({ 'mn-clinic': MnClinic, 'mn-contraindication-check': MnContraindicationCheck });

export { MnContraindicationCheck };

declare global {
  interface HTMLElementTagNameMap {
    'mn-clinic': MnClinic;
    'mn-contraindication-check': MnContraindicationCheck;
  }
}

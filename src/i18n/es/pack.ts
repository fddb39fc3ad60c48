import { registerPack } from '../pack.js';
import { es } from './index.js';

/** The es pack as a classic script beside mn-widgets.js (dist/mn-widgets.es.js): its texts join the page's registry. */
registerPack('es', es);

import { registerPack } from '../pack.js';
import { de } from './index.js';

/** The de pack as a classic script beside mn-widgets.js (dist/mn-widgets.de.js): its texts join the page's registry. */
registerPack('de', de);

import { registerPack } from '../pack.js';
import { fr } from './index.js';

/** The fr pack as a classic script beside mn-widgets.js (dist/mn-widgets.fr.js): its texts join the page's registry. */
registerPack('fr', fr);

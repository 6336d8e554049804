// Registers <inne-maturity-radar> (and nothing else): the one-file CDN entry
// `inne-maturity-radar.js` and the npm entry `@club-inne/components/inne-maturity-radar`.
import { defineElement } from '../shared/define-element.js';
import { InneMaturityRadar } from './inne-maturity-radar.js';

export { InneMaturityRadar };
defineElement('inne-maturity-radar', InneMaturityRadar);

// Registers <inne-maturity-assessment> and the <inne-maturity-radar> it shows its result with:
// the one-file CDN entry `inne-maturity-assessment.js` and the npm entry
// `@club-inne/components/inne-maturity-assessment`. The class is re-exported for typing.
// The assessment comes first: the build names this entry after the first tag registered.
import { InneMaturityRadar } from '../maturity-radar/inne-maturity-radar.js';
import { defineElement } from '../shared/define-element.js';
import { InneMaturityAssessment } from './inne-maturity-assessment.js';

export { InneMaturityAssessment };
defineElement('inne-maturity-assessment', InneMaturityAssessment);
defineElement('inne-maturity-radar', InneMaturityRadar);

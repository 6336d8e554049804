// Registers <inne-maturity-assessment>, and the <inne-maturity-radar> it shows its result with
// (through the radar's own define module, so that each define module names one tag): the
// one-file CDN entry `inne-maturity-assessment.js` and the npm entry
// `@club-inne/components/inne-maturity-assessment`. The class is re-exported for typing.
import '../maturity-radar/define.js';
import { defineElement } from '../shared/define-element.js';
import { InneMaturityAssessment } from './inne-maturity-assessment.js';

export { InneMaturityAssessment };
defineElement('inne-maturity-assessment', InneMaturityAssessment);

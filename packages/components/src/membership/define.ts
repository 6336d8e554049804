// Registers <inne-membership-cta> (and nothing else): the one-file CDN entry
// `inne-membership-cta.js` and the npm entry `@club-inne/components/inne-membership-cta`.
// The class is re-exported for typing.
import { defineElement } from '../shared/define-element.js';
import { InneMembershipCta } from './inne-membership-cta.js';

export { InneMembershipCta };
defineElement('inne-membership-cta', InneMembershipCta);

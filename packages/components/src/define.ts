// Registers every Inné element, each only if its tag is free (two copies of the bundle on one
// page never throw): `import '@club-inne/components/define'`, or the CDN's `inne.js`.
// Other components add their line here.
import { defineElement } from './shared/define-element.js';
import { InneProjectCard } from './project-card/inne-project-card.js';
import { InneProjects } from './projects/inne-projects.js';
import { InneEvents } from './events/inne-events.js';
import { InneMembershipCta } from './membership/inne-membership-cta.js';
import { InneMaturityAssessment } from './maturity-assessment/inne-maturity-assessment.js';
import { InneMaturityRadar } from './maturity-radar/inne-maturity-radar.js';

export { InneProjectCard, InneProjects };
export { InneEvents, InneMembershipCta };
export { InneMaturityAssessment, InneMaturityRadar };
defineElement('inne-projects', InneProjects);
defineElement('inne-project-card', InneProjectCard);
defineElement('inne-events', InneEvents);
defineElement('inne-membership-cta', InneMembershipCta);
defineElement('inne-maturity-radar', InneMaturityRadar);
defineElement('inne-maturity-assessment', InneMaturityAssessment);
